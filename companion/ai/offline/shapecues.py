"""Grade-school problem shapes that name their skill: the number written in expanded form, two
numbers set side by side to compare, a rectangle's length and width, a fence or ribbon going
around a figure, a total put into groups of a size, and the four operations on fractions and
mixed numbers. Each is evidence for one knowledge-base concept (see `cues.topic_cues`).
"""

from __future__ import annotations

import re

from companion.ai.offline.lessoncues import LESSON_CUES
from companion.ai.offline.operationcues import OPERATION_CUES

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
    r"photo|table|playground|farm|pen|rug|window|door|poster|fence|house|building|"
    r"court|patio|floor|sandbox|flower bed|triangle|pentagon|hexagon|polygon)"
)
_BLANK = r"(?:(?<![\w])[a-wyz](?![\w])|_+|\?|□)"  # an unknown: "n", "___", "?" (not "x", a sign)
_CONTAINER = (
    r"(?:bag|box|row|pack|package|basket|plate|shelf|jar|tray|vase|bundle|carton|bus|car|tank)"
)
_CONTAINERS = (
    r"(?:bags|boxes|rows|packs|packages|baskets|plates|shelves|jars|trays|vases|bundles|cartons|"
    r"buses|cars|tanks)"
)
_MULTIPLE = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
_GROUPS = (
    r"(?:groups|teams|bags|boxes|trays|rows|packs|packages|baskets|plates|jars|cartons|bundles)"
)
_PLACE_WORDS = (
    r"\b(?:tens?|ones|hundreds?|thousands?|expanded|standard form|digits?|places?|value)\b"
)
SHAPE_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a number in expanded form: "600 + 50 + 2", "4,000 + 300 + 7" (each part one digit and
    # zeros, the parts getting smaller); or what a digit stands for in a number
    (
        re.compile(
            r"(?<![\d.,])[1-9](?:0{1,3}|,000)\s*\+\s*[1-9]0{0,2}\s*\+\s*[1-9]0*(?![\d.,])"
            # two parts only where places are talked about ("20 + 6 in standard form"), not in
            # a story's total ("a total of 20 + 6 = 26 glasses")
            rf"|^(?=.*{_PLACE_WORDS}).*?(?<![\d.,])[1-9](?:0{{1,3}}|,000)\s*\+\s*[1-9]0{{0,2}}"
            r"(?![\d.,])"
            r"|\bwhat (?:does|do) the (?:digit )?\d (?:stand for|represent|mean)\b"
            # "In 58,216, what is the value of the 8?", not "the value of 4 times 4"
            r"|\bvalue of the (?:digit\s+)?\d\b(?!\s*(?:[-+x×*/÷=]|times|plus|minus|divided))",
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
    # two numbers set side by side to compare: "583 ___ 538", "0.6 ? 0.58" (not "is it 3? 5"), "which symbol"
    (
        re.compile(
            rf"{_NUMBER}\s*(?:_{{1,}}|□|\[\s*\])\s*{_NUMBER}|{_NUMBER}\s+\?\s+{_NUMBER}"
            r"|\b(?:which|what) (?:symbol|sign)\b[^.?!\n]{0,40}(?:\d|<|>|greater|less)"
            r"|[<>]\s*,\s*[<>]\s*,?\s*(?:or\s*)?=",
            re.I,
        ),
        _E + "comparing_and_ordering_numbers",
    ),
    # a rectangle's two sides: "9 meters long and 5 meters wide", "10 inches by 8 inches",
    # "a 4 by 3 rectangle"; not an array's rows ("a 3 by 5 array") nor a product ("it is 6 x 4")
    (
        re.compile(
            rf"^(?!.*\barray).*?(?:{_NUMBER}\s*(?:{_LENGTH}\s+)?(?:long|wide)\b[^.?!\n]{{0,30}}?"
            rf"{_NUMBER}\s*(?:{_LENGTH}\s+)?(?:wide|long|tall|high)\b"
            rf"|{_NUMBER}[- ]?{_LENGTH}\s*(?:by|x|×)\s*{_NUMBER}"
            rf"|\b(?:is|are|be|measures?|measuring|an?)\s+{_NUMBER}\s*by\s*{_NUMBER}"
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
            r"\baround\b|\bhow (?:much|many (?:feet|meters|yards|inches) of) (?:fenc(?:e|ing)|"
            r"border|ribbon|trim|edging)\b"
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
    # so many of a size in each: "each box holds 12 crayons", "how many crayons are in 5 boxes"
    (
        re.compile(
            rf"\beach\s+{_CONTAINER}\s+(?:holds|has|contains|fits|can hold)\s+\d"
            rf"|\bhow many\s+[a-z]+\s+(?:are|were|will be|would be|can fit)?\s*in\s+\d+\s+{_CONTAINERS}\b"
            # the cost of several, jumps of a size: "how much do 3 tickets cost", "3 jumps of 4"
            r"|\bhow much (?:do|does|would|will)\s+\d+\s+[a-z]+\s+cost\b"
            r"|\b\d+\s+(?:jumps|hops|skips|sets|columns)\s+of\s+\d",
            re.I,
        ),
        _E + "multiplication_facts",
    ),
    # a total put into a number of equal groups: "20 pencils are put into 5 equal groups"
    (
        re.compile(rf"\binto\s+\d+\s+(?:equal\s+)?(?:{_GROUPS}|{_CONTAINERS}|piles|parts)\b", re.I),
        _E + "long_division",
    ),
    # the same number in each: "72 students ride in 4 buses with the same number in each bus"
    (
        re.compile(
            r"\b(?:same|equal) (?:number|amount)\b[^.?!\n]{0,30}?\b(?:in|on|to|for) each\b", re.I
        ),
        _E + "long_division",
    ),
    # counting on by a step, or a list that goes on: "count by 10s", "20, 30, 40, ___"
    (
        re.compile(
            r"\b(?:skip[- ])?count(?:ing)? (?:by|in) \d+'?s?\b"
            r"|(?<![\d.,/])\d+,\s*\d+,\s*\d+,\s*(?:\d+,\s*)*(?:_+|\?|\.\.\.|…|what comes next)",
            re.I,
        ),
        _E + "number_patterns",
    ),
    # a point or figure slid across the grid: "move the point (2, 3) 4 units to the left"
    (
        re.compile(
            r"\b(?:move|moved|moves|slide|slid|slides|shift|shifted|translate|translated)\s+"
            r"(?:the\s+)?(?:point|figure|shape|triangle|square|rectangle|trapezoid)\b[^.?!\n]{0,40}?"
            r"\b\d+\s+units?\s+(?:to the\s+)?(?:left|right|up|down)\b",
            re.I,
        ),
        "geometry.transformations",
    ),
    # a solid with a radius and a height: a cylinder or a cone ("a can has a radius of 2 cm and a
    # height of 5 cm")
    (
        re.compile(r"\bradius\b[^.?!\n]{0,40}\bheight\b|\bheight\b[^.?!\n]{0,40}\bradius\b", re.I),
        "geometry.volume_and_surface_area",
    ),
    # the factor pairs of a negative number, or two numbers that multiply to one and add to
    # another: a trinomial to factor ("the factors of -8", "multiply to -12 and add to 1")
    (
        re.compile(
            r"\bfactors?\s+(?:pairs?\s+)?of\s+[-−]\d"
            r"|\bmultiply to\s+[-−]?\d+\s*,?\s*(?:and\s+)?add(?:s)? (?:up )?to\s+[-−]?\d",
            re.I,
        ),
        "algebra_1.factoring_quadratics",
    ),
    # a rule's output for an input: "y = 2x + 1. What is y when x = 3?"
    (
        re.compile(
            r"\b(?:what is|find|what will)\s+y\s+(?:be\s+)?(?:when|if)\s+x\s*(?:=|is)\s*-?\d", re.I
        ),
        "algebra_1.functions",
    ),
    # money earned or saved: "Lena earns $50 babysitting", "he saves $4 each week"
    (
        re.compile(r"\b(?:earns?|earned|earning|saves|saved|deposits?|deposited)\s+\$\d", re.I),
        _E + "personal_financial_literacy",
    ),
    # one amount so many times another: "4 times as tall as the bush", "3 times longer"
    (
        re.compile(
            rf"\b{_MULTIPLE}\s+times\s+(?:as\s+(?:many|much|tall|long|old|heavy|far|big|wide|"
            r"high|fast)\b|(?:more|taller|longer|older|heavier|farther|bigger|greater|larger|"
            r"faster)\b)",
            re.I,
        ),
        _E + "multiplicative_comparison",
    ),
    # things taken away or joining: "18 flew away", "she gave away 12", "7 more came"
    (
        re.compile(
            r"\b\d+\s+(?:of them\s+|[a-z]+\s+)?(?:flew|ran|walked|swam|hopped|rolled|drove|went|"
            r"fell|blew|floated)\s+(?:away|off|out|home)\b"
            r"|\b(?:gave|gives|give|took|takes|take)\s+away\s+\d"
            r"|\b\d+\s+more\s+(?:[a-z]+\s+)?(?:came|joined|arrived|landed|got on)\b",
            re.I,
        ),
        _E + "addition_and_subtraction_with_regrouping",
    ),
    # whether a number is prime or composite: "Which of these numbers is prime: 9, 15, 17?"
    (
        re.compile(r"^(?=.*\d).*?\b(?:prime|composite)\b(?!\s+(?:minister|time)\b)", re.I),
        _E + "factors_and_multiples",
    ),
    # a number's hundreds, tens and ones: "4 hundreds, 2 tens and 9 ones"
    (
        re.compile(
            r"\b\d+\s+(?:ten[- ]thousands|thousands|hundreds|tens|ones)\b[^.?!\n]{0,20}?"
            r"\b\d+\s+(?:thousands|hundreds|tens|ones|tenths|hundredths)\b",
            re.I,
        ),
        _E + "place_value",
    ),
    # a ratio: "for every 3 cups of flour", "5:2" (not a clock time, nor "Step 1: 4 x 3")
    (
        re.compile(r"\bfor every\s+\d|(?<![\d:])\d{1,2}(?::|\s:\s)\d(?![\d:])", re.I),
        _P + "ratios",
    ),
    # two operations of different strength to do in order: "What is 4 + 6 ÷ 2?"
    (
        re.compile(
            r"\b(?:what is|what's|find|evaluate|simplify|solve|value of)\s+(?:the\s+)?\d+\s*"
            r"(?:[-+]\s*\d+\s*[x×*÷]|[x×*÷]\s*\d+\s*[-+])\s*\d+(?!\s*=)",
            re.I,
        ),
        _P + "order_of_operations",
    ),
    # fractions added or taken away: "1/4 + 2/3", "2 1/4 - 1 1/2", or two amounts of one
    # unit in fractions ("2 1/4 miles on Monday and 1 2/4 miles on Tuesday"); a verb is no
    # unit ("1/2 is the same as 4/8, and 4/8 is more than 3/8" compares)
    (
        re.compile(
            rf"{_FRAC}\s*[-+−]\s*{_FRAC}"
            rf"|{_FRAC}\s+(?!(?:is|are|was|were|has|have|and|or|as|than|to|of)\b)([a-z]{{2,}})\b"
            rf"[^.?!\n]{{0,40}}?\band\s+{_FRAC}\s+\1\b",
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
# with the arithmetic a problem's words ask for
GRADE_SCHOOL_CUES = (*SHAPE_CUES, *OPERATION_CUES, *LESSON_CUES)
