"""Terms whose knowledge-base sense needs the session to show that sense's matter too.

"Find the missing side" is solving a right triangle only beside an angle, a sine or a
hypotenuse; beside a perimeter it is the side a perimeter leaves. A number line shows
fractions only where a fraction is written or named, and integers only where a negative
number is; with whole numbers alone it is neither. "Each term" is a sequence's only where a
sequence, a list of numbers or a term counted ("the 10th term") is; an expression has terms too. A bare "exponent" names the
rules of exponents only where a rule is worked (a power of a letter, the same base, a law);
the exponent of 10^4 is a power's. "Per" is a unit rate, except in a conversion factor
("60 minutes per hour", "12 inches per foot"). A bare "line" is a geometric line only beside
the geometry of lines (parallel, a ray, an angle), not the drawn line a ruler measures; a
bare "length" beside an area, a width or a rectangle is the figure's dimension, no length
measured, unless the session measures (a ruler, "inches long", "how long"); and no length a
scale pairs ("1 inch represents 5 miles", "how long is the real room") nor a solid's three
dimensions is measured; nor is a length "how long" asks between two clock times. A common
denominator is a sum's only where fractions are added or subtracted (comparing needs one
too), and "first find" a multi-step word problem's only where a story's quantities are. A
mixed number or an improper fraction is a product's only where fractions are multiplied, and
"convert" a measurement's only where a unit is named.

A term without its matter says nothing for that concept; a phrase left with no concept is
read again without it, so its own words can name what they do ("the missing side length").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from companion.ai.offline.clocktimes import times_in
from companion.ai.offline.matching import Phrase, PhraseIndex, tokenize
from companion.ai.offline.pairingcues import SCALE
from companion.ai.offline.quantitycues import SOLID_DIMENSIONS
from companion.ai.offline.units import UNIT, converts

_NAMED_TRIG = (
    r"\b(?:sin|cos|tan|sines?|cosines?|tangents?|hypotenuse|right triangles?|trig\w*|sohcahtoa|"
    r"elevation|depression|theta|arcsin|arccos|arctan)\b|θ"
)
_TRIG = re.compile(_NAMED_TRIG, re.I)
_TRIG_OR_ANGLE = re.compile(rf"{_NAMED_TRIG}|\bangles?\b|\bdegrees?\b|°", re.I)
_PARTS = r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|twelfth)"
_FRACTION = re.compile(
    r"(?<![\d/])\d{1,3}/\d{1,3}(?![\d/])|\b(?:fractions?|half|halves|numerators?|"
    rf"denominators?|mixed numbers?|unit fractions?|{_PARTS}s)\b"
    rf"|\b(?:a|one|two|three|four|five|six|seven|eight|nine)\s+{_PARTS}\b",
    re.I,
)
# a negative number: "at -3", "(-5, 4)", "= -2", not the minus of "20 - 12"
_NEGATIVE = re.compile(
    r"(?:^|(?<=[^\d)\s])\s+|[(\[,:=]\s*)[-−]\d|\b(?:negatives?|integers?|below zero|"
    r"opposites?|absolute value|additive inverses?)\b",
    re.I | re.M,
)
_SEQUENCE = re.compile(
    r"\b(?:sequences?|series|patterns?|common (?:difference|ratio)|nth|arithmetic|geometric)\b"
    r"|(?<![\d.])\d+,\s*\d+,\s*\d+,\s*\d+|\b\d+(?:st|nd|rd|th)\s+terms?\b|\bthe (?:one|term) before\b",
    re.I,
)
_EXPONENT_RULE = re.compile(
    r"[a-z]\s*\^|\^\s*\(?[-−]|\b(?:same base|rules?|laws?|propert(?:y|ies)|monomials?|"
    r"zero (?:exponent|power)|negative exponents?|power of a (?:power|product|quotient))\b",
    re.I,
)
_LINE_GEOMETRY = re.compile(
    r"\b(?:parallel|perpendicular|intersect\w*|rays?|segments?|angles?|endpoints?|vertex|"
    r"vertices|symmetry|symmetric|geometric|never meet|meet|cross|crosses)\b",
    re.I,
)
# fractions added or subtracted: "2/5 + 1/3", "add the fractions", "the difference"
_ADDS_FRACTIONS = re.compile(
    r"\d/\d+\s*[-+−]\s*\(?\d+/\d|\b(?:add\w*|sum|plus|subtract\w*|minus|difference|take away)\b",
    re.I,
)
# a story's quantities: money, a count asked for, a total or what is left
_STORY = re.compile(
    r"\$\s?\d|\b(?:how (?:many|much)|each|total|altogether|in all|left|costs?|spent|bought)\b",
    re.I,
)
# fractions multiplied: "2/3 x 6", "1/2 times 3/4", "3/4 of 12", "multiply the mixed numbers"
_MULTIPLIES_FRACTIONS = re.compile(
    r"\d/\d+\s*(?:[x×*·]|times|of)\s*\(?\d|\d\s*(?:[x×*·]|times)\s*\d+/\d"
    r"|\bmultipl\w* (?:the |two |these )?(?:fractions|mixed numbers)\b",
    re.I,
)
# a unit of measure ("feet", "3 cm"), not the "m" of "I'm"
_UNIT_NAMED = re.compile(rf"(?<!['’])\b{UNIT}\b", re.I)
# a figure's dimension ("the length of this rectangle", "l stands for length" beside its area)
# is no length measured, unless the session measures ("ruler", "inches long", "how long")
_FIGURE_DIMENSION = re.compile(
    r"\b(?:area|perimeter|volume|width|wide|rectangles?|quadrilaterals?|triangles?|prisms?|"
    r"squares?|sides?)\b",
    re.I,
)
_MEASURING = re.compile(
    r"\b(?:measur\w*|rulers?|tape|yardstick|meter stick|inch(?:es)?|centimet(?:er|re)s?|cm|"
    r"long|longer|shorter|tall|taller)\b",
    re.I,
)

# a scale's lengths ("1 inch represents 5 miles", "how long is the real room") and a solid's
# three dimensions ("5 inches long, 3 wide and 2 high") are no length measured, unless the
# session measures with a tool
_MEASURED_WITH = re.compile(r"\b(?:measur\w*|rulers?|tape|yardstick|meter stick)\b", re.I)
_SCALE_LENGTHS = (
    "inches",
    "centimeters",
    "inches long",
    "centimeters long",
    "how long is",
    "longer",
    "shorter",
    "how many inches long",
    "how many centimeters long",
    "how many feet long",
    "how many meters long",
)


def _no_paired_lengths(session: str) -> bool:
    """No scale's lengths nor a solid's three dimensions, unless measured with a tool."""
    paired = SCALE.search(session) or SOLID_DIMENSIONS.search(session)
    return not paired or bool(_MEASURED_WITH.search(session))


Check = Callable[[str, str], bool]  # (the sentence, the whole session) -> the sense holds


def _in_session(pattern: re.Pattern[str]) -> Check:
    return lambda _sentence, session: bool(pattern.search(session))


_SENSES: tuple[tuple[str, tuple[str, ...], Check], ...] = (
    (
        "trigonometry.solving_right_triangles",
        ("find the missing side",),
        _in_session(_TRIG_OR_ANGLE),
    ),
    ("trigonometry.solving_right_triangles", ("find the missing angle",), _in_session(_TRIG)),
    ("elementary_math.fraction_basics", ("number line",), _in_session(_FRACTION)),
    ("pre_algebra.integer_operations", ("number line",), _in_session(_NEGATIVE)),
    (
        "algebra_2.sequences_and_series",
        ("each term", "first term", "the next term"),
        _in_session(_SEQUENCE),
    ),
    ("algebra_1.exponent_rules", ("exponents",), _in_session(_EXPONENT_RULE)),
    ("pre_algebra.unit_rates", ("per", "per hour"), lambda sentence, _s: not converts(sentence)),
    ("elementary_math.lines_and_angles", ("lines",), _in_session(_LINE_GEOMETRY)),
    (
        "elementary_math.measuring_length",
        ("length", "length of the"),
        lambda _s, session: (
            _no_paired_lengths(session)
            and (bool(_MEASURING.search(session)) or not _FIGURE_DIMENSION.search(session))
        ),
    ),
    (
        "elementary_math.measuring_length",
        _SCALE_LENGTHS,
        lambda _s, session: _no_paired_lengths(session),
    ),
    # "To compare fractions, rewrite them with the same denominator": no sum worked
    (
        "elementary_math.adding_and_subtracting_fractions",
        (
            "common denominator",
            "same denominator",
            "like denominators",
            "unlike denominators",
            "least common denominator",
            "different denominators",
        ),
        _in_session(_ADDS_FRACTIONS),
    ),
    # "Convert 2 3/4 to an improper fraction": a mixed number rewritten, no product nor unit
    (
        "elementary_math.multiplying_fractions",
        ("mixed number", "improper fraction"),
        _in_session(_MULTIPLIES_FRACTIONS),
    ),
    (
        "elementary_math.measurement_and_unit_conversion",
        ("convert", "conversion", "converting"),
        _in_session(_UNIT_NAMED),
    ),
    # "First find a common denominator": a step of a sum, no story worked in steps
    ("elementary_math.multi_step_word_problems", ("first find",), _in_session(_STORY)),
    # "How long is the movie?" from 2:45 to 4:20 asks for the time elapsed, no length
    (
        "elementary_math.measuring_length",
        ("how long is",),
        lambda _s, session: not times_in(session),  # with the scale check listed above
    ),
)


def _all_of(checks: list[Check]) -> Check:
    return lambda sentence, session: all(check(sentence, session) for check in checks)


def _senses() -> dict[tuple[str, Phrase], Check]:
    """One check per (concept, phrase): a phrase listed under a concept twice must pass
    every one of its checks, so a later entry never silently replaces an earlier one."""
    listed: dict[tuple[str, Phrase], list[Check]] = {}
    for cid, texts, check in _SENSES:
        for text in texts:
            listed.setdefault((cid, tuple(tokenize(text))), []).append(check)
    return {
        key: checks[0] if len(checks) == 1 else _all_of(checks) for key, checks in listed.items()
    }


SENSES: dict[tuple[str, Phrase], Check] = _senses()
Unread = frozenset[tuple[str, Phrase]]


def sensed_phrases(
    index: PhraseIndex, tokens: list[str], sentence: str, session: str
) -> tuple[list[Phrase], Unread]:
    """The sentence's phrases and the (concept, phrase) pairs whose sense the session lacks;
    a phrase that none of its concepts can read is read again without its first word."""
    tokens = list(tokens)
    while True:
        found = list(index.spans(tokens))
        unread = frozenset(
            (cid, phrase)
            for _, phrase in found
            for cid in index.owners(phrase)
            if not SENSES.get((cid, phrase), _always)(sentence, session)
        )
        dead = [i for i, p in found if all((cid, p) in unread for cid in index.owners(p))]
        if not dead:
            return [p for _, p in found], unread
        for i in dead:
            tokens[i] = f"{tokens[i]}#"


def _always(_sentence: str, _session: str) -> bool:
    return True
