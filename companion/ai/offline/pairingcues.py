"""Problem shapes that pair one value with another: a function table's inputs with its
outputs ("an input of 3 gives an output of 10", "when x is 0, 1, 2 the y values are 4, 7,
10"), and a scale's drawn length with the real one ("a scale of 1 inch to 5 miles", "on
the plan 2 inches represents 8 feet", "a model at a scale of 1 to 24"). A function table is
functions, a scale a proportion; the lengths a scale pairs are no length measured.
"""

from __future__ import annotations

import re

_SAYS = r"\W{0,3}(?:of|is|was|=|:)?\s*-?\d"  # "an input of 3", "input: 3", "output is 10"
_LIST = r"-?\d+(?:\s*,\s*(?:and\s+)?-?\d+)+"  # "1, 2, 3", "4, 8 and 12" wants "and" after a comma
FUNCTION_TABLE = re.compile(
    rf"\binputs?\b{_SAYS}[^.?!\n]{{0,50}}\boutputs?\b|\boutputs?\b{_SAYS}[^.?!\n]{{0,50}}\binputs?\b"
    # x-values listed beside their y-values ("x = 0, 1, 2 the y values are 4, 7, 10")
    rf"|\bx\b[^.?!\n\d]{{0,12}}{_LIST}[^.?!\n\d]{{0,24}}\by\b[^.?!\n\d]{{0,16}}{_LIST}"
)
_LENGTH_UNIT = (
    r"(?:in|inch(?:es)?|ft|f(?:oo|ee)t|yd|yards?|mi|miles?|mm|cm|m|km|"
    r"(?:milli|centi|kilo)?met(?:er|re)s?)\b"
)
_AMOUNT = rf"\d+(?:\.\d+)?\s*{_LENGTH_UNIT}"
SCALE = re.compile(
    # (a floor plan or a blueprint alone is a figure's drawing, with no scale worked)
    r"\b(?:scale (?:drawings?|models?)|map scale)\b"
    # "a scale of 1 inch to 5 miles", "the scale is 1 cm = 25 km"
    rf"|\bscale\b[^.?!\n\d]{{0,16}}{_AMOUNT}"
    # "a scale of 1 to 24", "1:50" (not "on a scale of 1 to 10", a rating)
    r"|\bscale\b[^.?!\n\d]{0,16}1\s*(?::|to)\s*(?!10\b)\d{2,}"
    # "2 inches represents 8 feet", "1 cm stands for 10 km"
    rf"|{_AMOUNT}\s+(?:represents?|stands? for|is drawn as)\s+{_AMOUNT}",
    re.I,
)
PAIRING_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (FUNCTION_TABLE, "algebra_1.functions"),
    (SCALE, "pre_algebra.proportions"),
)
