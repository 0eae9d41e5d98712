"""Problem shapes read from how a problem sets out its quantities: numbers listed and
averaged ("the scores were 80, 90 and 70; what is the average?") are a measure of center;
a solid's three dimensions ("20 inches long, 10 inches wide and 12 inches high") its
volume, none of them a length measured; an amount asked for each unit of measure ("how
many miles for each gallon", "how many pages in every hour") a unit rate.
"""

from __future__ import annotations

import re

# "80, 90 and 70", "4, 7, 9, 12": three numbers or more
_LISTED = r"\d+(?:\.\d+)?\s*,\s*\d+(?:\.\d+)?\s*,?\s*(?:and\s+)?\d"
_AVERAGED = r"\b(?:the|an|find|what is)\s+(?:the\s+)?average\b(?!\s+(?:speed|rate|cost|price))"
AVERAGE_OF_LIST = re.compile(rf"^(?=.*?{_LISTED})(?=.*?{_AVERAGED})", re.I | re.S)
_DIMENSION = r"\d[^.?!\n\d]{0,14}\b"  # "20 inches ", "2.5 cm "
SOLID_DIMENSIONS = re.compile(
    rf"^(?=.*?{_DIMENSION}long\b)(?=.*?{_DIMENSION}wide\b)(?=.*?{_DIMENSION}(?:high|tall|deep)\b)",
    re.I | re.S,
)
_MEASURE_UNIT = (
    r"(?:gallons?|liters?|litres?|hours?|minutes?|seconds?|days?|weeks?|pounds?|ounces?|"
    r"kilograms?|grams?|miles?|kilometers?|kilometres?|dollars?|cups?)\b"
)
PER_UNIT = re.compile(
    r"\bhow (?:many|much|far)\b[^.?!\n]{0,40}?\b(?:(?:for|on|per|with)\s+(?:each|every|one|1|a)"
    rf"|in\s+(?:each|every))\s+{_MEASURE_UNIT}",
    re.I,
)
QUANTITY_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    (AVERAGE_OF_LIST, "statistics.measures_of_center"),
    (SOLID_DIMENSIONS, "elementary_math.volume_of_rectangular_prisms"),
    (PER_UNIT, "pre_algebra.unit_rates"),
)
