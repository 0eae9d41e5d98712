"""Topic cues: the shape of a worked K-12 problem names its skill when no term does.

A clock time ("9:15 am"), two units of one kind set against each other ("How many
centimeters are in a meter?", "1 day = ___ hours"), a formula ("A = l x w"), sharing into
equal groups ("split the $18 evenly"), a digit's place ("the value of 2 in 2,453"), a
question about a figure's sides or name, a function's input and output, or a negative
number placed on a number line: each is evidence for one knowledge-base concept, read
from what the tutor and student write, whatever the lesson was called.
"""

from __future__ import annotations

import re
from collections import defaultdict

_E = "elementary_math."
# unit spellings by kind; a conversion sets two different units of one kind against each other
UNIT_KINDS: dict[str, tuple[str, ...]] = {
    "time": ("seconds?", "minutes?", "hours?", "days?", "weeks?", "months?", "years?"),
    "length": (
        "inch(?:es)?",
        "feet",
        "foot",
        "yards?",
        "miles?",
        "millimet(?:er|re)s?",
        "centimet(?:er|re)s?",
        "met(?:er|re)s?",
        "kilomet(?:er|re)s?",
        "mm",
        "cm",
        "km",
        "ft",
        "yd",
        "mi",
        "m",
    ),
    "weight": ("ounces?", "pounds?", "tons?", "grams?", "kilograms?", "kg", "oz", "lbs?"),
    "capacity": (
        "cups?",
        "pints?",
        "quarts?",
        "gallons?",
        "millilit(?:er|re)s?",
        "lit(?:er|re)s?",
        "ml",
    ),
}
UNIT = "(?:" + "|".join(u for units in UNIT_KINDS.values() for u in units) + ")"
_KIND_OF = [(re.compile(rf"^(?:{u})$", re.I), kind) for kind, us in UNIT_KINDS.items() for u in us]
_STORY_ACT = (
    r"\b(?:buys|bought|makes|made|collects|collected|eats|ate|gives|gave|sells|sold|saves|saved|"
    r"spends|spent|picks|picked|bakes|baked|reads|earns|earned)"
)
_STORY_ASK = r"(?:\bhow (?:many|much)\b|_{2,}|\bleft\b|\bin all\b|\baltogether\b|\bin total\b)"
_STORY_VERB = rf"(?:\b(?:has|had|have)|{_STORY_ACT})"
# what a figure or a number has is no story: "triangles have 3 equal sides", "4 digits"
_NOT_STORY_THING = r"(?!(?:equal|sides?|angles?|vertices|edges|faces|lines?|digits?|places?|decimal|units?|right|times|pairs?|halves|points?)\b)"
_CONTAINER = (
    r"(?:bag|box|row|group|pack|package|basket|team|plate|shelf|jar|tray|vase|bundle|carton)"
)
_CONTAINERS = r"(?:bags|boxes|rows|groups|packs|packages|baskets|teams|plates|shelves|jars|trays|vases|bundles|cartons)"
_POWER = r"(?:10|100|1,?000|10,?000)"
_AMOUNT = r"(?:a|an|one|\d[\d,]*(?:\.\d+)?)"
# "how many minutes is 1 hour", "how many centimeters are in meter", "1 day = ___ hours",
# "there are 60 minutes in one hour", "minutes per hour", "0.621 mi / 1 km"
_UNIT_PAIRS = (
    re.compile(
        rf"\bhow many ({UNIT})\b[^.?!\n]{{0,25}}?\b(?:is|are|in|make|makes|equals?)\s+"
        rf"(?:in\s+)?(?:{_AMOUNT}\s*)?({UNIT})\b",
        re.I,
    ),
    re.compile(
        rf"\b{_AMOUNT}\s*({UNIT})\s*(?:=|is equal to|equals|makes?|is)\s*(?:_+|\?|{_AMOUNT})\s*"
        rf"({UNIT})\b",
        re.I,
    ),
    re.compile(rf"\bthere (?:are|is) {_AMOUNT} ({UNIT}) in (?:{_AMOUNT}\s*)?({UNIT})\b", re.I),
    re.compile(rf"\b({UNIT}) (?:per|in an?|in one|in each) ({UNIT})\b", re.I),
    # a conversion factor: "0.621 mi / 1 km", "12 in/1 ft"
    re.compile(rf"{_AMOUNT}\s*({UNIT})\s*/\s*(?:1|one)\s*({UNIT})\b", re.I),
)
_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
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
    # sharing into equal groups and the missing factor: "split the $18 evenly",
    # "how many will each kid get", "how many times 4 go in 6", "what times 13 gives 39",
    # and the dividend's leading digits
    (
        re.compile(
            r"\b(?:split|share|shared|sharing|divide[sd]?|distribute[sd]?)\b[^.?!\n]{0,40}?"
            r"\b(?:evenly|equally|equal groups)\b"
            r"|\bhow many\b[^.?!\n]{0,40}\beach\s+(?:\w+\s+)?(?:get|gets|receive|receives)\b"
            r"|\bhow many times\s+(?:does\s+|will\s+)?\d+\s+(?:will\s+)?go(?:es)?\s+in(?:to)?\b"
            r"|\b\d+\s+go(?:es)?\s+into\s+\d+|\bhow many times\s+\d+\s+in\s+\d+"
            r"|\bwhat(?: number)? times\s+\d+\s+(?:gives|is|equals|makes|=)"
            # long division's first step: "start with the first 2 digits"
            r"|\b(?:start|begin)\s+with\s+the\s+first\s+(?:2|two|3|three)\s+digits\b",
            re.I,
        ),
        _E + "long_division",
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
            r"edges|faces)\b|\b\d+ (?:sides|vertices|edges|faces)\b|\b(?:which|what|kind of|"
            r"type of) polygon\b",
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
            r"|\babout how (?:many|much)\b",
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
    # a story problem: someone has, makes or buys a number of things and the same turn asks
    # how many in all, are left or each gets ("Mike has 4 cookies and he eats 3. How many are
    # left?"), or the question itself tells the story ("how many cans the class collected")
    (
        re.compile(
            rf"^(?=.*?{_STORY_ASK}).*?{_STORY_VERB}\s+(?:\$\d|\d[\d,]*\s+{_NOT_STORY_THING}"
            r"(?:more\s+)?[a-z]{3,})"
            r"|\bhow (?:many|much)\s+(?:more\s+|fewer\s+)?[a-z]+\b[^.?!\n]{0,40}?(?:\b(?:in all|"
            r"altogether|left|in total|each\s+(?:\w+\s+)?(?:get|gets|receive|have|has))\b|"
            rf"{_STORY_ACT}\b(?!\s+(?:by|up)\b))",
            re.I | re.S,
        ),
        _E + "multi_step_word_problems",
    ),
    # equal groups: "how many crayons are in each bag", "4 bags of 6 apples", "5 rows with 3";
    # not when the turn shares a total out ("24 shared equally: how many in each box?")
    (
        re.compile(
            r"^(?!.*\b(?:split|share[sd]?|sharing|divide[sd]?|dividing|equally|evenly)\b)"
            r"(?=.*\bhow many [a-z]+ (?:are |were )?(?:in|on) each (?!of\b)[a-z]+)"
            rf"|\b\d+\s+{_CONTAINERS}\s+(?:of|with)\s+\d+\b"
            rf"|\b\d+\s+[a-z]+\s+(?:in|on) each\s+{_CONTAINER}\b",
            re.I | re.S,
        ),
        _E + "multiplication_facts",
    ),
    # an answer that is a number of times ("50 times", "it's 4 times as many"): a
    # multiplicative comparison, whatever the question was
    (
        re.compile(
            r"^\s*(?:it'?s\s+|is\s+it\s+|about\s+)?\d+\s+times(?:\s+(?:as many|as much|more|bigger|"
            r"greater|larger|taller|longer|heavier))?\s*[.?!]*\s*$",
            re.I,
        ),
        _E + "multiplicative_comparison",
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
    # the two points of a slope: "the value of y1", "x_2 - x_1", "(x1, y1)"
    (
        re.compile(r"(?<![A-Za-z\d])[xy]_?\{?[12]\}?(?![A-Za-z\d])"),
        "algebra_1.slope",
    ),
    # the operation itself as the method: "am I subtracting?", "do we multiply here?"
    *(
        (
            re.compile(
                rf"\b(?:am i|do i|do we|should i|should we|are we|do you|can i|can we|"
                rf"i need to|we need to|you need to|we have to|you have to)\s+(?:just\s+)?"
                rf"(?:{verb})\b",
                re.I,
            ),
            cid,
        )
        for verb, cid in (
            ("add|adding", _E + "addition_and_subtraction_with_regrouping"),
            ("subtract|subtracting", _E + "addition_and_subtraction_with_regrouping"),
            ("multiply|multiplying", _E + "multiplication_facts"),
            ("divide|dividing", _E + "long_division"),
        )
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


def topic_cues(texts: list[str]) -> dict[str, list[int]]:
    """KB concept id -> indices of the texts whose worked problem shows its topic."""
    found: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(map(without_scoring, texts)):
        ids = {cid for pattern, cid in _CUES if pattern.search(text)}
        if _converts(text):
            ids.add(_E + "measurement_and_unit_conversion")
        for cid in sorted(ids):
            found[cid].append(i)
    return dict(found)


def _converts(text: str) -> bool:
    """Two different units of one kind set against each other ("hours in a day")."""
    for pattern in _UNIT_PAIRS:
        for m in pattern.finditer(text):
            first, second = _kind(m[1]), _kind(m[2])
            if first and first == second and _base(m[1]) != _base(m[2]):
                return True
    return False


def _kind(unit: str) -> str | None:
    return next((kind for pattern, kind in _KIND_OF if pattern.match(unit)), None)


def _base(unit: str) -> str:
    unit = unit.lower()
    return unit[:-1] if unit.endswith("s") and len(unit) > 2 else unit
