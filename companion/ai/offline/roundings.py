"""Rounding a number to decimal places, a named place (tenth, hundred) or significant
figures, half up as taught in school, with the digit that decides it."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

_ROUND = re.compile(
    r"\bround(?:ed|ing)?\s+(?:off\s+)?(?P<n>-?\d[\d,]*(?:\.\d+)?|-?\.\d+)\s+(?:off\s+)?to\s+(?:the\s+)?"
    r"(?:nearest\s+)?(?P<to>.+?)\s*[?.!]*$"
    r"|(?P<n2>-?\d[\d,]*(?:\.\d+)?|-?\.\d+)\s+rounded\s+(?:off\s+)?to\s+(?:the\s+)?(?:nearest\s+)?"
    r"(?P<to2>.+?)\s*[?.!]*$",
    re.I,
)
_PLACES = {
    "tenth": 1, "hundredth": 2, "thousandth": 3, "ten thousandth": 4, "ten-thousandth": 4,
    "whole number": 0, "whole": 0, "integer": 0, "one": 0, "unit": 0, "dollar": 0,
    "ten": -1, "hundred": -2, "thousand": -3, "ten thousand": -4, "hundred thousand": -5,
    "million": -6, "cent": 2, "penny": 2,
}  # fmt: skip
_PLACE_NAMES = {v: k for k, v in reversed(list(_PLACES.items()))}
_PLACE_NAMES |= {0: "whole number", 2: "hundredth"}


def _places(target: str) -> int | None:
    target = re.sub(r"\s+", " ", target.lower().strip()).removeprefix("nearest ")
    if match := re.fullmatch(
        r"(\d+)\s*(?:decimal\s+places?|dp|d\.p\.|places?(?:\s+after.*)?)", target
    ):
        return int(match[1])
    if match := re.fullmatch(r"(?:1|one)\s+decimal\s+place", target):
        return 1
    target = re.sub(r"(?:s|'s)?(?:\s+place)?$", "", target)
    if re.fullmatch(r"10+", target):  # "nearest hundred" arrives as "nearest 100"
        return -(len(target) - 1)
    return _PLACES.get(target)


def rounding(text: str) -> str | None:
    """Round to decimal places, a named place (tenth, hundred) or significant figures."""
    match = _ROUND.search(text)
    if not match:
        return None
    raw, target = (match["n"] or match["n2"]).replace(",", ""), match["to"] or match["to2"]
    value = Decimal(raw)
    sig = re.fullmatch(
        r"(\d+)\s*(?:significant\s+(?:figures?|digits?)|sig\.?\s*figs?|s\.?f\.?)",
        target.strip(),
        re.I,
    )
    if sig and int(sig[1]) > 0 and value != 0:
        places = int(sig[1]) - value.adjusted() - 1
        what = f"{sig[1]} significant figure{'s' * (sig[1] != '1')}"
    else:
        found = _places(target)
        if found is None:
            return None
        places = found
        what = place_name(places)
    rounded = value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    if places < 0:
        rounded = Decimal(int(rounded))
    shown = f"{rounded:f}"
    whole, _, fraction = f"{abs(value):f}".partition(".")
    digits, point = whole + fraction, len(whole)  # "0.375": the 0 is a digit before the point
    index = point + places  # the first digit that is dropped
    decider = digits[index] if 0 <= index < len(digits) else "0"
    up = int(decider) >= 5
    return (
        f"{raw} rounded to {what} is **{shown}**.\n\n"
        f"Look at the next digit to the right, {decider}: it is "
        f"{'5 or more, so round up' if up else 'less than 5, so round down'}."
    )


def place_name(places: int) -> str:
    """How a number of decimal places is said: "1 decimal place (the nearest tenth)"."""
    name = _PLACE_NAMES.get(places)
    if places > 0:
        shown = f"{places} decimal place{'s' * (places != 1)}"
        return f"{shown} (the nearest {name})" if name else shown
    return f"the nearest {name}" if name else f"the nearest {10**-places:,}"
