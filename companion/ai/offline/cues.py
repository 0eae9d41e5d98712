"""Topic cues: the shape of a worked K-12 problem names its skill when no term does.

A clock time ("9:15 am"), a formula ("A = l x w"), a digit's place ("the value of 2 in
2,453"), a question about a figure's sides or name, a function's input and output, a power or
a number in scientific notation, an expression in a variable ("5x + 2"), the price of one, a
fraction of a number, an expression of several operations, or a negative number placed on a
number line: each is evidence for one knowledge-base concept, read from what the tutor and
student write, whatever the lesson was called. Two equations in the same two unknowns and a
quadratic to solve are in `equationcues`, the arithmetic a problem asks for (sharing, a story,
equal groups) in `operationcues`, grade-school problem shapes (expanded form, a rectangle's
sides) in `shapecues`, a function table or a scale in `pairingcues`, numbers averaged, a solid's three
dimensions or an amount for each unit in `quantitycues`; two units of one kind set against
each other in `units`.
"""

from __future__ import annotations

import re
from collections import defaultdict

from companion.ai.offline.equationcues import EQUATION_CUES
from companion.ai.offline.pairingcues import PAIRING_CUES
from companion.ai.offline.quantitycues import QUANTITY_CUES
from companion.ai.offline.shapecues import GRADE_SCHOOL_CUES
from companion.ai.offline.textmemo import per_text
from companion.ai.offline.units import converts

_E = "elementary_math."
_POWER = r"(?:10|100|1,?000|10,?000)"
# a figure named beside a count of sides ("a pentagon has 5 sides"; "2 sides feed 6 people"
# are side dishes)
_FIGURE = (
    r"\b(?:shapes?|figures?|polygons?|triangles?|squares?|rectangles?|quadrilaterals?|"
    r"pentagons?|hexagons?|heptagons?|octagons?|decagons?|rhombus(?:es)?|trapezoids?|"
    r"parallelograms?|cubes?|prisms?|pyramids?|cuboids?|solids?|dice|die)\b"
)
_OP = r"[-+x×*÷/]"  # an arithmetic operation sign
_VAR = r"[xyzn]"  # a letter used as a variable (not "a", an article, nor "m", a unit)
_VAR_TERM = rf"\d*{_VAR}"  # "x", "5x"
_TERM = rf"(?:\d+(?:\.\d+)?|{_VAR_TERM})"
# "how much does one ticket cost", not one person's share of a bill ("how much does each
# friend pay"); "the cost for each person" is a price per person
_ONE_THING = (
    r"(?:1|one|each)\s+(?!(?:person|people|friend|guest|student|kid|child|member|"
    r"of)s?\b)[a-z]+"
)
_SHAPE_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a clock time: "1:55", "9:00 am", "at 3 p.m."
    (
        re.compile(
            r"(?<![\d:])(?:1[0-2]|0?\d):[0-5]\d(?![\d:])|\b(?:1[0-2]|[1-9])\s*(?:a\.?m|p\.?m)\b"
            r"|\btook\s+\d+\s+(?:minutes|hours)\b",
            re.I,
        ),
        _E + "telling_time",
    ),
    # area and volume formulas: "A = l x w", "V = 2 x 2 x 13", "length times width"
    (
        re.compile(
            r"\bA\s*=\s*(?:l|b|s|length|base)\s*[x×*·]\s*(?:w|h|s|width|height)\b(?!\s*[x×*·])"
            r"|\barea\s*(?:=|is equal to)|\blength\s*(?:[x×*]|times)\s*(?:the\s+)?width\b(?!\s*"
            r"(?:[x×*]|times))",
            re.I,
        ),
        _E + "area_and_perimeter",
    ),
    (
        re.compile(
            r"\bV\s*=\s*(?:(?:l|b|B)\s*[x×*·]|\d+\s*[x×*·]\s*\d+\s*[x×*·]\s*\d)|\bvolume\s*(?:=|is equal to)"
            r"|\b(?:l|length)\s*[x×*]\s*(?:w|width)\s*[x×*]\s*(?:h|height)\b",
            re.I,
        ),
        _E + "volume_of_rectangular_prisms",
    ),
    # a digit's place: "the value of 2 in 2,453", "which digit is in the thousands place"
    (
        re.compile(
            r"\bvalue of (?:the )?(?:digit )?\d\b[^.?!\n]{0,6}\bin\b[^.?!\n\d]{0,16}\d"
            r"|\b(?:digit|number)\b[^.?!\n]{0,20}\bin the (?:ones|tens|hundreds|thousands|"
            r"ten[- ]thousands|hundred[- ]thousands|millions|tenths|hundredths) place\b",
            re.I,
        ),
        _E + "place_value",
    ),
    # powers of ten: "10 x 10 x 10", "1000 times 0.001", "10^5", "10 to the exponent 5",
    # "multiply 34 by 100"
    (
        re.compile(
            rf"(?<![\d.,]){_POWER}\s*(?:[x×*]|times)\s*(?:{_POWER}|0?\.0*1)(?![\d,.]\d)"
            rf"|(?<![\d.])(?:10|ten)\s*(?:\^|to the)\s*(?:\w+\s+)?(?:\d|power|exponent)"
            rf"|\b(?:multiply|multiplied|multiplying|divide|divided|dividing)\b[^.?!\n]{{0,20}}?"
            rf"\bby\s+{_POWER}(?![\d,.]\d)",
            re.I,
        ),
        _E + "place_value",
    ),
    # a figure's sides, corners or kind of polygon
    (
        re.compile(
            r"\bhow many (?:sides|vertices|corners|edges|faces)\b|\bnumber of (?:sides|vertices|"
            r"edges|faces)\b|\b(?:has|have|had) \d+ (?:sides|vertices|edges|faces)\b|"
            rf"\b\d+ (?:sides|vertices|edges|faces)\b(?=[^.?!\n]*{_FIGURE})|"
            rf"{_FIGURE}[^.?!\n]*\b\d+ (?:sides|vertices|edges|faces)\b|"
            r"\b(?:which|what|kind of|type of) polygon\b",
            re.I,
        ),
        _E + "two_and_three_dimensional_shapes",
    ),
    # a graph's or table's input and output, or the y-values for given x-values
    (
        re.compile(
            r"^(?=.*?\b(?:graph|table|chart|rule)\b)(?:.*?\boutput\b[^.?!\n]{0,60}\binput\b|"
            r".*?\binput\b[^.?!\n]{0,60}\boutput\b)"
            r"|\by[- ]?values?\b[^.?!\n]{0,20}\bwhen x\s*(?:=|is)",
            re.I,
        ),
        "algebra_1.functions",
    ),
    # estimating: "the number closest to the total", "about how many cans"
    (
        re.compile(
            r"\b(?:number|answer|total|sum|product|estimate) (?:\w+ )?closest to\b"
            # "About how many cans?", not "think about how many trees were left"
            r"|(?<!think )(?<!thinking )(?<!talk )(?<!talking )(?<!wonder )(?<!ask )"
            r"\babout how (?:many|much)\b",
            re.I,
        ),
        _E + "rounding_and_estimation",
    ),
    # reading survey data: "how many students voted", "the least favorite color"
    (
        re.compile(
            r"\b(?:voted|votes|surveyed|tally|tallies)\b|\b(?:most|least) (?:favorite|popular)\b",
            re.I,
        ),
        _E + "bar_graphs_and_pictographs",
    ),
    # a letter standing for a quantity: "let n be the number of doughnuts"
    (
        re.compile(
            r"\b(?:let|if)\s+[a-z]\s+(?:be|represents?|stands? for|is)\s+the\s+(?:number|amount|"
            r"cost|price|age|length|width|weight|value)\b",
            re.I,
        ),
        "pre_algebra.algebraic_expressions",
    ),
    # an expression in a variable written out: "5x + 2", "6 - y", "x(x - 3) + 5x"; not an
    # equation ("2x + 4 = 10", "= 3x - 1"), a part of a longer one ("x^2 - 5x - 24", "(x + 3)")
    # nor a product ("3 x 5", "3x9")
    (
        re.compile(
            rf"(?<![-+*/^=<>])(?<![-+*/^=<>] )(?<![\w.(])(?:{_VAR_TERM}\s*[-+]\s*{_TERM}|"
            rf"{_TERM}\s*[-+]\s*{_VAR_TERM}|\d*\s*{_VAR}\s*\(\s*{_VAR}\s*[-+]\s*\d+\s*\))"
            rf"(?![\w.)])(?!\s*[=<>])"
        ),
        "pre_algebra.algebraic_expressions",
    ),
    # an expression evaluated for a value: "evaluate 4n + 3 when n = 2", "if x = 5, find 2x - 1"
    (
        re.compile(
            r"\b(?:evaluate|find the value of)\b[^.?!\n]{0,30}\b(?:when|if|for)\s+[a-z]\s*="
            r"|\b(?:when|if)\s+[a-z]\s*=\s*\d+\s*,\s*(?:evaluate|find|what is)\b",
            re.I,
        ),
        "pre_algebra.algebraic_expressions",
    ),
    # a table of x- and y-values: "the x's count by twos", "the y column", "x-values"
    (
        re.compile(
            r"\bthe [xy]'?s\b(?!\s+(?:and|or)\b)|\b[xy][- ]?(?:column|row)s?\b"
            r"|\b[xy][- ]values?\b[^.?!\n]{0,40}\b(?:table|chart|column|pattern|rule)\b"
            r"|\b(?:table|chart|pattern|rule)\b[^.?!\n]{0,40}\b[xy][- ]values?\b",
            re.I,
        ),
        "algebra_1.functions",
    ),
    # the two points of a slope: "the value of y1", "x_2 - x_1", "(x1, y1)"; not "1 x2", a product
    (
        re.compile(r"(?<![A-Za-z\d])(?<!\d )[xy]_?\{?[12]\}?(?![A-Za-z\d])"),
        "algebra_1.slope",
    ),
    # a power that is not of ten: "2 to the 5th power", "3 raised to the fourth power"
    (
        re.compile(
            r"(?<!\b10 )(?<!\bten )\b(?:to the|raised to the)\s+(?:\d+(?:st|nd|rd|th)|second|"
            r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+power\b",
            re.I,
        ),
        "pre_algebra.exponents_and_square_roots",
    ),
    # a decimal times a power of ten: "3.2 x 10^4", "6.1 times 10 to the 5th"
    (
        re.compile(r"\b\d\.\d+\s*(?:[x×*·]|times)\s*10\s*(?:\^|to the\b)", re.I),
        "pre_algebra.scientific_notation",
    ),
    # the Pythagorean relation written out: "a^2 + b^2 = c^2"
    (
        re.compile(r"\ba\s*\^\s*2\s*\+\s*b\s*\^\s*2\s*=\s*c\s*\^\s*2\b", re.I),
        "geometry.pythagorean_theorem",
    ),
    # the price of one: "what is the cost for 1 pound", "how much does one ticket cost"
    (
        re.compile(
            r"\b(?:cost|costs|price|pay|spend)\b[^.?!\n]{0,30}?\b(?:for|of|per)\s+(?:1|one|each)\s+"
            rf"[a-z]+|\bhow much (?:does|do|is|would|will)\s+{_ONE_THING}(?:\s+cost)?\b",
            re.I,
        ),
        "pre_algebra.unit_rates",
    ),
    # a fraction of a whole number: "2/3 of 12", "3/4 of the 20 cookies", "a sixth of 48",
    # "two fifths of the 30 pupils"
    (
        re.compile(
            r"(?:(?<![\d/.])\d{1,2}/\d{1,2}|\b(?:a|one|two|three|four|five|six|seven|eight|nine)"
            r"\s+(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|quarter)s?)"
            r"\s+of\s+(?:the\s+|a\s+|\$)?\d",
            re.I,
        ),
        _E + "multiplying_fractions",
    ),
    *EQUATION_CUES,
    # an expression of several operations to evaluate: "evaluate 3 + 4 x 2", "(6 - 2) x 5"
    (
        re.compile(
            rf"\b(?:evaluate|simplify)\b[^.?!\n]{{0,12}}?\d+\s*{_OP}\s*\d+\s*{_OP}\s*\d"
            rf"|\(\s*\d+\s*{_OP}\s*\d+\s*\)\s*{_OP}\s*\d|\d\s*{_OP}\s*\(\s*\d+\s*{_OP}\s*\d+\s*\)",
            re.I,
        ),
        "pre_algebra.order_of_operations",
    ),
    # a negative number placed or compared: "located at -3 1/2", "between -2 and -3"
    (
        re.compile(
            r"\b(?:at|is|are|between|and|than|to|from)\s+[-−]\d"
            r"|\bnegative (?:number|integer)s?\b"
        ),
        "pre_algebra.integer_operations",
    ),
)
_CUES = (*_SHAPE_CUES, *GRADE_SCHOOL_CUES, *PAIRING_CUES, *QUANTITY_CUES)


_ANY_DIGIT = re.compile(r"\d")
# scoring talk is no arithmetic: "+1 point", "3 more points added to your scoreboard"
_SCORING = re.compile(
    r"[+]?\s*\b\d+\s*(?:more\s+|extra\s+|bonus\s+)?points?\b[^.?!\n]*|[^.?!\n]*\bscore(?:board)?\b[^.?!\n]*",
    re.I,
)


def without_scoring(text: str) -> str:
    """The text without its points and scoreboard talk."""
    lowered = text.lower()
    if "point" not in lowered and "score" not in lowered:
        return text  # nothing to remove (the pattern scans every sentence to its end)
    return _SCORING.sub(" ", text)


def has_numbers(text: str) -> bool:
    """Whether the text brings a number other than points talk ("Plus 1 point" brings none)."""
    return bool(_ANY_DIGIT.search(text)) and bool(_ANY_DIGIT.search(without_scoring(text)))


def topic_cues(texts: list[str]) -> dict[str, list[int]]:
    """KB concept id -> indices of the texts whose worked problem shows its topic."""
    found: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        for cid in _text_cues(text):
            found[cid].append(i)
    return dict(found)


@per_text
def _text_cues(text: str) -> tuple[str, ...]:
    """The concept ids one text's worked problem shows, sorted."""
    text = without_scoring(text)
    ids = {cid for pattern, cid in _CUES if pattern.search(text)}
    if converts(text):
        ids.add(_E + "measurement_and_unit_conversion")
    return tuple(sorted(ids))
