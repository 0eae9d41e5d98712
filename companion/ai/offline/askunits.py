"""Unit conversions: time, length, mass and volume (metric and US customary), US money
(dollars, cents and coins), temperature.

Factors are exact (1 in = 2.54 cm, 1 lb = 0.45359237 kg, 1 US gal = 3.785411784 L), so
the answer is exact too and rounded only for display.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import exact, plain, terminates, words_to_digits
from companion.ai.offline.spokennumbers import unit_and_part
from companion.ai.offline.unitfactors import ALIASES as _ALIASES
from companion.ai.offline.unitfactors import TEMPERATURES as _TEMPERATURES
from companion.ai.offline.unitfactors import UNITS as _UNITS
from companion.ai.offline.unitfactors import calendar_note

R = sympy.Rational
_DOLLARS = re.compile(r"\$\s*(\d[\d,]*(?:\.\d+)?)")  # "$4.25" is 4.25 dollars
_MIXED = re.compile(r"\(?(?<![/.\d])(\d+)(?: \+ |\s+and\s+)(\d+/\d+)\)?(?=\s+[a-z])", re.I)
_NAMES = sorted(
    {*_UNITS, *_ALIASES, *_TEMPERATURES, *(f"{n}s" for n in _UNITS), "feet", "inches"},
    key=len,
    reverse=True,
)
_UNIT = (
    r"(?:"
    + "|".join(
        re.escape(n).replace("meter", "met(?:er|re)").replace("liter", "lit(?:er|re)")
        for n in _NAMES
    )
    + r")s?"
)
_AMOUNT = r"-?(?:\d+\s+\d+/\d+|\d+/\d+|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+|an?|one|half\s+an?)"
_SHARE = r"(?:(?P<share>\d+\s*/\s*\d+|\d*\.\d+)\s+of\s+)"  # "2/3 of an hour"
_HOW_MANY = re.compile(
    rf"\bhow\s+many\s+(?P<to>{_UNIT})\s+(?:are\s+|is\s+|make\s+up\s+|make\s+|go\s+)?(?:there\s+)?"
    rf"(?:in|per|to|make|is|are|equals?)\s+{_SHARE}?(?:a\s+)?(?P<n>{_AMOUNT})?\s*(?P<from>{_UNIT})\b"
    r"(?!\s+(?:it|them|this|that|there|each|all|the)\b)",
    re.I,
)

# "how many inches tall is someone who is 5 feet 4 inches": the unit asked, then the amount
_HOW_MANY_IS = re.compile(
    rf"\bhow\s+many\s+(?P<to>{_UNIT})\s+(?:tall|long|wide|high|deep|heavy|far|old)\s+"
    rf"(?:is|are|was|were)\b[^\d]{{0,40}}?\b(?:is|are|was|were|measures?|weighs?|of)\s+"
    rf"(?P<n>{_AMOUNT})\s*(?P<from>{_UNIT})\b",
    re.I,
)


def _conversion(unit: str) -> re.Pattern[str]:
    """An amount in one unit asked in another, for a unit pattern (a unit, or a rate):
    "5 km to m", "2 hours is how many minutes", "30 mph in km/h"."""
    return re.compile(
        rf"(?P<n>{_AMOUNT})\s*(?P<from>{unit})\s+(?:is\s+how\s+many\s+|(?:converted\s+)?"
        rf"(?:to|into|in|as|=)\s+(?:how\s+many\s+)?)(?P<to>{unit})\b",
        re.I,
    )


_CONVERT = _conversion(_UNIT)
_PER = re.compile(r"\b(?:per|a|an|each|every)\s+([a-z]+)", re.I)

# a rate: one unit per another ("km/h", "feet per second", "mph")
_SHORT_RATES = {
    "mph": ("mile", "hour"), "kph": ("kilometer", "hour"), "kmh": ("kilometer", "hour"),
    "kmph": ("kilometer", "hour"), "fps": ("foot", "second"), "mps": ("meter", "second"),
}  # fmt: skip
SHORT_RATES = _SHORT_RATES
_RATE = rf"(?:{_UNIT}\s*(?:/|\bper\b|\ban?\b)\s*{_UNIT}|\b(?:{'|'.join(_SHORT_RATES)})\b)"
_RATE_CONVERT = _conversion(_RATE)
_RATE_HOW_MANY = re.compile(
    rf"\bhow\s+many\s+(?P<to>{_RATE})\s+(?:is|are|in|equals?|makes?)\s+(?P<n>{_AMOUNT})\s*(?P<from>{_RATE})",
    re.I,
)


# what may stand next to the amount converted: another unit of a compound amount ("5 feet
# 6 inches in inches", "inches in 5 feet 6 inches"), or a share taken of it ("2/3 of an hour")
_LEADING_AMOUNT = re.compile(rf"(?P<n>{_AMOUNT})\s*(?P<unit>{_UNIT})\s*(?:and\s+)?$", re.I)
_TRAILING_AMOUNT = re.compile(
    rf"^\s*(?:and\s+)?(?P<n>[\d.]+(?:\s*/\s*\d+)?)\s*(?P<unit>{_UNIT})\b", re.I
)
_LEADING_SHARE = re.compile(r"(?P<share>\d+\s*/\s*\d+|\d*\.\d+)\s+of\s+$")


def _parts(text: str, match: re.Match[str]) -> tuple[list[tuple[sympy.Rational, str]], str] | None:
    """The amounts (each with its unit) that make up what is converted, and how the question
    said them; None when a part is unreadable."""
    source, amount = _unit(match["from"]), _amount(match["n"])
    if source is None or amount is None:
        return None
    parts, said = [(amount, source)], f"{_show(amount)} {_name(source, amount)}"
    before, after = text[: match.start()], text[match.end() :]
    share = match.groupdict().get("share") and match
    if share := share or _LEADING_SHARE.search(before):
        value = _amount(share["share"].replace(" ", ""))
        if value is None:
            return None
        return [
            (value * amount, source)
        ], f"{share['share']} of {match['n'] or 'a'} {match['from']}"
    lead = _LEADING_AMOUNT.search(before)
    trail = None if lead else _TRAILING_AMOUNT.search(after)
    for extra in (lead, trail):
        if extra is not None:
            unit, value = _unit(extra["unit"]), _amount(extra["n"])
            if unit is None or value is None:
                return None
            parts = [(value, unit), *parts] if extra is lead else [*parts, (value, unit)]
            said = " ".join(f"{_show(v)} {_name(u, v)}" for v, u in parts)
    return parts, said


def _unit(name: str) -> str | None:
    low = (
        re.sub(r"\s+", " ", name.lower().strip())
        .replace("metre", "meter")
        .replace("litre", "liter")
    )
    if low in _ALIASES:
        return _ALIASES[low]
    if low in _UNITS or low in _TEMPERATURES:
        return low
    single = low[:-2] if low.endswith("ches") else low.rstrip("s")
    return single if single in _UNITS or single in _TEMPERATURES else _ALIASES.get(single)


def unit_size(name: str) -> tuple[str, sympy.Rational] | None:
    """A unit's kind and its size in the kind's base unit ("minutes" -> (time, 60)); None for
    no unit (or a temperature, whose scales do not convert by a factor, or a month)."""
    return None if (unit := _unit(name) or "") == "month" else _UNITS.get(unit)


def _amount(text: str | None) -> sympy.Rational | None:
    low = (text or "a").lower()
    if not text or low in ("a", "an", "one") or low.startswith("half"):
        return R(1, 2) if low.startswith("half") else R(1)
    raw = text.replace(",", "")
    if mixed := re.fullmatch(r"(-?)(\d+)\s+(\d+)/(\d+)", raw):
        value = int(mixed[2]) + R(int(mixed[3]), int(mixed[4])) if int(mixed[4]) else None
        return -value if value is not None and mixed[1] else value
    if "/" in raw:
        top, bottom = raw.split("/")
        return R(int(top), int(bottom)) if int(bottom) else None
    return R(raw)


def answer(message: str) -> str | None:
    """A conversion between two units of the same kind, with the factor used; else None."""
    text = unit_and_part(_DOLLARS.sub(r"\1 dollars", words_to_digits(message)), _UNIT)
    text = _MIXED.sub(r"\1 \2", text)
    if rated := _RATE_CONVERT.search(text) or _RATE_HOW_MANY.search(text):
        return rate(rated)
    match = _HOW_MANY.search(text) or _HOW_MANY_IS.search(text) or _CONVERT.search(text)
    if not match:
        return None
    target, read = _unit(match["to"]), _parts(text, match)
    if target is None or read is None:
        return None
    parts, said = read
    if len(parts) == 1 and (parts[0][1] in _TEMPERATURES or target in _TEMPERATURES):
        return _temperature(parts[0][0], parts[0][1], target)
    if any(u in _TEMPERATURES for _, u in parts) or target in _TEMPERATURES:
        return None
    kinds = {_UNITS[u][0] for _, u in parts}
    if kinds != {_UNITS[target][0]}:
        if len(kinds) > 1:
            return None  # "5 kg 6 inches": not one amount
        source = parts[0][1]
        if any(
            _UNITS.get(_unit(w) or "", ("",))[0] == _UNITS[source][0] for w in _PER.findall(text)
        ):
            return None  # "15 liters per minute ... how many liters in 2 hours": a rate links them
        return f"{_name(source, 2)} measure {_UNITS[source][0]} and {_name(target, 2)} measure {_UNITS[target][0]}, so one can't be converted into the other."
    if calendar := calendar_note([u for _, u in parts] + [target]):
        return calendar
    results = [amount * _UNITS[u][1] / _UNITS[target][1] for amount, u in parts]
    result = sum(results, R(0))
    head = f"{said} = **{_show(result)} {_name(target, result)}**."
    steps = [_step(amount, u, target) for amount, u in parts if u != target]
    if len(parts) > 1:
        steps.append(f"Add the parts: {' + '.join(_show(r) for r in results)} = {_show(result)}.")
    return "\n\n".join([head, *steps])


def rate(match: re.Match[str]) -> str | None:
    """A rate in other units ("30 mph in km/h"): convert the top unit, then the bottom one."""
    source, target, amount = _rate(match["from"]), _rate(match["to"]), _amount(match["n"])
    if source is None or target is None or amount is None or source == target:
        return None
    if calendar := calendar_note([*source, *target]):
        return calendar
    kinds = [(_UNITS[a][0], _UNITS[b][0]) for a, b in (source, target)]
    if kinds[0] != kinds[1]:
        return f"{_rate_name(source)} measures {' per '.join(kinds[0])} and {_rate_name(target)} measures {' per '.join(kinds[1])}, so one can't be converted into the other."
    top = amount * _UNITS[source[0]][1] / _UNITS[target[0]][1]
    bottom = _UNITS[target[1]][1] / _UNITS[source[1]][1]
    result = top * bottom
    said = f"{_show(amount)} {_rate_name(source, amount)}"
    lines = [f"{said} = **{_show(result)} {_rate_name(target, result)}**."]
    steps = []
    if source[0] != target[0]:
        steps.append(
            f"Top unit, {_name(source[0], 2)} to {_name(target[0], 2)}: {_step(amount, source[0], target[0])}"
        )
    if source[1] != target[1]:
        steps.append(
            f"Bottom unit, per {source[1]} to per {target[1]}: {_per(top, source[1], target[1])}"
        )
    lines.extend(f"{n}. {step}" for n, step in enumerate(steps, 1))
    return "\n\n".join(lines)


def _per(top: sympy.Rational, source: str, target: str) -> str:
    """A rate moved to a longer or shorter bottom unit: more per longer, less per shorter."""
    longer = _UNITS[target][1] / _UNITS[source][1]
    if longer >= 1:
        return f"1 {target} = {_show(longer, 12)} {_name(source, longer)}, so per {target} is {_show(longer, 12)} times as much: {_show(top)} × {_show(longer, 12)} = {_show(top * longer)}."
    shorter = 1 / longer
    return f"1 {source} = {_show(shorter, 12)} {_name(target, shorter)}, so per {target} is {_show(shorter, 12)} times less: {_show(top)} ÷ {_show(shorter, 12)} = {_show(top * longer)}."


def _rate(text: str) -> tuple[str, str] | None:
    """The (top, bottom) units of a rate such as "km/h" or "feet per second"."""
    low = text.lower().strip()
    if low in _SHORT_RATES:
        return _SHORT_RATES[low]
    parts = re.split(r"\s*/\s*|\s+per\s+|\s+an?\s+", low, maxsplit=1)
    units = [u for p in parts if (u := _unit(p)) in _UNITS] if len(parts) == 2 else []
    return (units[0], units[1]) if len(units) == 2 else None


def _rate_name(units: tuple[str, str], amount: object = 2) -> str:
    return f"{_name(units[0], amount)} per {units[1]}"


def _step(amount: sympy.Rational, source: str, target: str) -> str:
    """One amount converted, by the factor between its unit and the target."""
    factor = _UNITS[source][1] / _UNITS[target][1]
    result, back = amount * factor, 1 / factor
    if factor >= 1 or not _short(back):
        return f"1 {source} = {_show(factor, 12)} {_name(target, factor)}, so multiply: {_exact(amount)} × {_show(factor, 12)} = {_show(result)}."
    return f"1 {target} = {_show(back, 12)} {_name(source, back)}, so divide: {_exact(amount)} ÷ {_show(back, 12)} = {_show(result)}."


def _exact(value: sympy.Rational) -> str:
    """A fraction as a fraction (2/3), anything else as _show writes it."""
    return f"{value.p}/{value.q}" if not _short(value) else _show(value)


def _temperature(amount: sympy.Rational, source: str, target: str) -> str | None:
    if source == target or source not in _TEMPERATURES or target not in _TEMPERATURES:
        return None
    celsius = {
        "celsius": amount,
        "fahrenheit": (amount - 32) * R(5, 9),
        "kelvin": amount - R(27315, 100),
    }[source]
    result = {
        "celsius": celsius,
        "fahrenheit": celsius * R(9, 5) + 32,
        "kelvin": celsius + R(27315, 100),
    }[target]
    formulas = {
        ("celsius", "fahrenheit"): "F = C × 9/5 + 32", ("fahrenheit", "celsius"): "C = (F − 32) × 5/9",
        ("celsius", "kelvin"): "K = C + 273.15", ("kelvin", "celsius"): "C = K − 273.15",
    }  # fmt: skip
    how = formulas.get(
        (source, target), "Celsius in between: C = (F − 32) × 5/9 and K = C + 273.15"
    )
    return f"{_show(amount)} {_degrees(source)} = **{_show(result)} {_degrees(target)}**.\n\nUse {how}."


def _degrees(scale: str) -> str:
    return "kelvins" if scale == "kelvin" else f"degrees {scale.title()}"


def _short(value: sympy.Rational, places: int = 12) -> bool:
    return terminates(value) and len(exact(value).partition(".")[2]) <= places


def _show(value: sympy.Rational, places: int = 4) -> str:
    if _short(value, places):
        text = exact(value)
    else:
        text = f"about {plain(value)}" if abs(value) >= R(1, 1000) else f"about {float(value):.3g}"
    whole = text.split(".")[0].removeprefix("about ").lstrip("-")
    return text.replace(whole, f"{int(whole):,}", 1) if whole.isdigit() and len(whole) > 4 else text


def _name(unit: str, amount: object) -> str:
    if amount == 1:
        return unit
    plurals = {"inch": "inches", "foot": "feet", "celsius": "celsius", "penny": "pennies"}
    return plurals.get(unit, f"{unit}s")
