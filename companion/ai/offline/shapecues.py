"""Grade-school problem shapes that name their skill: the number written in expanded form, two
numbers set side by side to compare, a rectangle's length and width, a fence or ribbon going
around a figure, a total put into groups of a size, and the four operations on fractions and
mixed numbers. Each is evidence for one knowledge-base concept (see `cues.topic_cues`).
"""

from __future__ import annotations

import re

_E = "elementary_math."
_P = "pre_algebra."
# a fraction or a mixed number as typed in chat: "3/4", "2 1/4"
_FRAC = r"(?<![\d/.])(?:\d+\s+)?\d{1,2}/\d{1,2}(?![\d/])"
_NUMBER = r"(?<![\d/.,])\d[\d,]*(?:\.\d+)?(?![\d/])"
_LENGTH = (
    r"(?:inch(?:es)?|in|feet|foot|ft|yards?|yd|miles?|met(?:er|re)s?|m|centimet(?:er|re)s?|cm|"
    r"millimet(?:er|re)s?|mm|kilomet(?:er|re)s?|km|units?|blocks?)"
)
_FIGURE = (
    r"(?:garden|yard|field|park|pool|room|track|rectangle|square|shape|figure|frame|picture|"
    r"photo|table|playground|lot|farm|pen|rug|window|door|poster|board|fence|house|building|"
    r"court|patio|floor|sandbox|flower bed|triangle|pentagon|hexagon|polygon)"
)
_BLANK = r"(?:(?<![\w])[a-wyz](?![\w])|_+|\?|□)"  # an unknown: "n", "___", "?" (not "x", a sign)
_GROUPS = (
    r"(?:groups|teams|bags|boxes|trays|rows|packs|packages|baskets|plates|jars|cartons|bundles)"
)
SHAPE_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a number in expanded form: "600 + 50 + 2", "4,000 + 300 + 7" (each part one digit and
    # zeros, the parts getting smaller); or what a digit stands for in a number
    (
        re.compile(
            r"(?<![\d.,])[1-9](?:0{1,3}|,000)\s*\+\s*[1-9]0{0,2}(?![\d.,])(?:\s*\+\s*[1-9]0*)?"
            r"(?![\d.,])"
            r"|\bwhat (?:does|do) the (?:digit )?\d (?:stand for|represent|mean)\b",
            re.I,
        ),
        _E + "place_value",
    ),
    # ten or a hundred more or less than a number: "549 + 10", "100 less than 836"
    (
        re.compile(
            r"(?<![\d.,])\d{2,}\s*[-+]\s*(?:10|100|1,?000)(?![\d.,])(?!\s*[x×*/÷])"
            r"|\b(?:10|ten|100|one hundred|a hundred)\s+(?:more|less|fewer)\s+than\s+\d",
            re.I,
        ),
        _E + "place_value",
    ),
    # the smallest or greatest of several numbers or digits: "the next smallest digit in 3591",
    # "which number is the greatest"; not "the least number of coins"
    (
        re.compile(
            r"\b(?:smallest|largest|biggest|greatest|least)\s+(?:\w+\s+)?(?:number|digit|value)s?"
            r"\b(?!\s+of\b)|\b(?:number|digit|value)\s+is\s+the\s+(?:smallest|largest|biggest|"
            r"greatest|least)\b",
            re.I,
        ),
        _E + "comparing_and_ordering_numbers",
    ),
    # two numbers set side by side to compare: "583 ___ 538", "0.6 ? 0.58", "which symbol"
    (
        re.compile(
            rf"{_NUMBER}\s*(?:_{{1,}}|\?|□|\[\s*\])\s*{_NUMBER}"
            r"|\b(?:which|what) (?:symbol|sign)\b[^.?!\n]{0,40}(?:\d|<|>|greater|less)"
            r"|[<>]\s*,\s*[<>]\s*,?\s*(?:or\s*)?=",
            re.I,
        ),
        _E + "comparing_and_ordering_numbers",
    ),
    # a rectangle's two sides: "9 meters long and 5 meters wide", "10 inches by 8 inches",
    # "a 4 by 3 rectangle"; not an array's rows ("a 3 by 5 array")
    (
        re.compile(
            rf"^(?!.*\barray).*?(?:{_NUMBER}\s*(?:{_LENGTH}\s+)?(?:long|wide)\b[^.?!\n]{{0,30}}?"
            rf"{_NUMBER}\s*(?:{_LENGTH}\s+)?(?:wide|long|tall|high)\b"
            rf"|{_NUMBER}[- ]?{_LENGTH}\s*(?:by|x|×)\s*{_NUMBER}"
            rf"|\b(?:is|are|be|measures?|measuring|an?)\s+{_NUMBER}\s*(?:by|x|×)\s*{_NUMBER}"
            rf"(?:\s*{_LENGTH})?(?:\s+(?:{_FIGURE}|and)\b|\s*(?:[.,]|$)))"
            # a figure the problem calls rectangular: "the rectangular garden"
            rf"|\brectangular\s+(?:\w+\s+)?{_FIGURE}\b",
            re.I | re.S,
        ),
        _E + "area_and_perimeter",
    ),
    # the distance around a figure: "fence around the garden", "ribbon to go around the frame"
    (
        re.compile(
            r"\b(?:fenc(?:e|ing)|border|ribbon|trim|lace|rope|tape|edging)\b[^.?!\n]{0,50}"
            r"\baround\b"
            rf"|\b(?:go|goes|walk|walks|walked|run|runs|ran|fit|fits)\s+(?:all the way\s+)?"
            rf"around (?:the|a|an|his|her|their|its)\s+(?:\w+\s+)?{_FIGURE}\b",
            re.I,
        ),
        _E + "area_and_perimeter",
    ),
    # a total put into groups of one size: "96 muffins into trays of 8", "in groups of 4"
    # and a division or a missing factor written as an equation: "42 ÷ 6 = n", "6 x ? = 42"
    (
        re.compile(
            rf"\b(?:into|in)\s+(?:equal\s+)?{_GROUPS}\s+of\s+\d"
            rf"|\d\s*(?:÷|divided by)\s*\d+\s*=\s*{_BLANK}"
            rf"|{_BLANK}\s*(?:÷|divided by)\s*\d+\s*=\s*\d"
            rf"|\d\s*[x×*]\s*{_BLANK}\s*=\s*\d|{_BLANK}\s*[x×*]\s*\d+\s*=\s*\d",
            re.I,
        ),
        _E + "long_division",
    ),
    # fractions added or taken away: "1/4 + 2/3", "2 1/4 - 1 1/2", or two amounts of one
    # unit in fractions ("2 1/4 miles on Monday and 1 2/4 miles on Tuesday")
    (
        re.compile(
            rf"{_FRAC}\s*[-+−]\s*{_FRAC}"
            rf"|{_FRAC}\s+([a-z]{{2,}})\b[^.?!\n]{{0,40}}?\band\s+{_FRAC}\s+\1\b",
            re.I,
        ),
        _E + "adding_and_subtracting_fractions",
    ),
    # a fraction times a number or a fraction: "3/4 x 8", "2 x 2/3", "1/2 times 3/4"
    (
        re.compile(rf"{_FRAC}\s*(?:[x×*·]|times)\s*(?:{_FRAC}|\d)|\d\s*(?:[x×*·]|times)\s*{_FRAC}"),
        _E + "multiplying_fractions",
    ),
    # dividing by a fraction: "3 ÷ 1/4", "divide 3 by 1/4", "how many 1/4 cup servings are
    # in 3 cups"
    (
        re.compile(
            rf"(?:{_FRAC}|\d)\s*(?:÷|divided by)\s*{_FRAC}"
            rf"|\bdivide\s+(?:{_FRAC}|\d+)\s+by\s+{_FRAC}"
            rf"|\bhow many\s+{_FRAC}[- ]?(?:[a-z]+[- ])?(?:[a-z]+\s+)?(?:are|is|can|fit|in)\b",
            re.I,
        ),
        _P + "dividing_fractions",
    ),
)
