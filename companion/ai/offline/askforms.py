"""One number, another form: fraction / decimal / percent / mixed number, rounding, and
scientific notation. All exact (fractions and Decimal), rounding half up as taught in school."""

from __future__ import annotations

import re
from decimal import Decimal

import sympy

from companion.ai.offline.askformat import decimal_text, terminates, words_to_digits
from companion.ai.offline.roundings import rounding

_VALUE = r"-?(?:\d+\s+\d+\s*/\s*\d+|\d[\d,]*(?:\.\d+)?\s*/\s*\d+|\d[\d,]*(?:\.\d+)?%?|\.\d+%?)"
_CONVERT = re.compile(
    rf"(?P<n>{_VALUE})\s*(?:percent\s+)?(?:to|into|as|in)\s+(?:a\s+|an\s+|its\s+)?"
    r"(?:simplified\s+|simplest\s+)?(?P<to>fraction|decimal|percent(?:age)?|%|mixed\s+number|"
    r"improper\s+fraction)\b",
    re.I,
)
# "2/7 as a decimal rounded to 3 places", "... to the nearest hundredth"
_ROUNDED_TO = re.compile(
    r"\b(?:rounded\s+|round(?:ed)?\s+(?:it\s+)?)?to\s+(?:the\s+)?(?P<to>(?:nearest\s+)?\w+(?:\s+(?:decimal\s+)?places?)?)",
    re.I,
)
_REPEATING = re.compile(r"\d\.\.\.|\.\.\.\d|\brepeating\b|\brecurring\b", re.I)
_SCI_ASK = re.compile(r"\bscientific\s+(?:notation|form)\b|\bstandard\s+index\s+form\b", re.I)
_STANDARD_ASK = re.compile(
    r"\b(?:standard|decimal|ordinary|normal)\s+(?:form|notation)\b|\bwrite\s+out\b", re.I
)
_SCI_VALUE = re.compile(
    r"(?P<m>-?\d+(?:\.\d+)?)\s*(?:[x×*]\s*10\s*\^\s*\(?(?P<e>[-−]?\d+)\)?|[eE](?P<e2>[-+]?\d+))"
)


def answer(message: str) -> str | None:
    """A conversion between number forms, a rounding, or scientific notation; else None."""
    text = words_to_digits(message)
    for handler in (scientific, rounding, rounded_value, convert, number_fact):
        if reply := handler(text):
            return reply
    return None


# "round 2/3 to the nearest hundredth", "round sqrt 2 to 3 places", "round pi to 2 decimal
# places": a value with no decimal typed, rounded from its decimal
_ROOT_OF = r"(?:sqrt\s*\(?\s*|(?:the\s+)?square\s+root\s+of\s+|√\s*)(?P<root>\d+)\)?"
_ROUND_VALUE = re.compile(
    rf"\bround\s+(?:off\s+)?(?P<n>(?P<top>-?\d+)\s*/\s*(?P<bottom>\d+)|{_ROOT_OF}|pi|π)"
    r"\s+to\s+(?P<to>.+)$",
    re.I,
)


def rounded_value(text: str) -> str | None:
    """A fraction, a square root or pi rounded, from its decimal; else None."""
    match = _ROUND_VALUE.search(text)
    if not match or (match["bottom"] and int(match["bottom"]) == 0):
        return None
    if match["bottom"]:
        value: sympy.Expr = sympy.Rational(int(match["top"]), int(match["bottom"]))
    else:
        value = sympy.sqrt(int(match["root"])) if match["root"] else sympy.pi
    exact = isinstance(value, sympy.Rational) and terminates(value)
    digits = decimal_text(value) if exact else str(sympy.N(value, 20))
    rounded = rounding(f"round {digits} to {match['to']}")
    if rounded is None:
        return None
    said = match["n"].strip() if match["bottom"] else f"√{match['root']}" if match["root"] else "π"
    return rounded.replace(digits, f"{said} = {digits if exact else digits[:10] + '…'}", 1)


# ---- fraction, decimal, percent -----------------------------------------------------


def _read(raw: str) -> sympy.Rational | None:
    raw = raw.replace(",", "").strip()
    percent = raw.endswith("%")
    raw = raw.rstrip("%").strip()
    if mixed := re.fullmatch(r"(-?)(\d+)\s+(\d+)\s*/\s*(\d+)", raw):
        if int(mixed[4]) == 0:
            return None
        value = int(mixed[2]) + sympy.Rational(int(mixed[3]), int(mixed[4]))
        value = -value if mixed[1] else value
    elif "/" in raw:
        top, bottom = (sympy.Rational(p.strip()) for p in raw.split("/"))
        if bottom == 0:
            return None
        value = top / bottom
    else:
        value = sympy.Rational(raw)
    return value / 100 if percent else value


def convert(text: str) -> str | None:
    """Fraction <-> decimal <-> percent <-> mixed number, with the step that does it."""
    match = _CONVERT.search(text)
    if not match:
        return None
    source = match["n"].strip()
    if "percent" in match[0].lower().split(match["to"].lower())[0]:
        source += "%"
    if _REPEATING.search(text):
        return (
            "For a repeating decimal, tell me which digits repeat (for example 0.(3) or "
            "0.1(6)); I can't tell from the digits alone."
        )
    value = _read(source)
    if value is None:
        return None
    target = match["to"].lower()
    if target in ("percent", "percentage", "%"):
        return _to_percent(source, value)
    if target == "decimal":
        reply = _to_decimal(source, value)
        asked = _ROUNDED_TO.search(text[match.end() :])
        digits = decimal_text(value) if terminates(value) else str(sympy.N(value, 20))
        if asked and (rounded := rounding(f"round {digits} to {asked['to']}")):
            return f"{reply}\n\nRounded: {rounded}"
        return reply
    if target == "mixed number":
        return _to_mixed(source, value)
    return _to_fraction(source, value)


def _frac(value: sympy.Rational) -> str:
    sign = "-" if value < 0 else ""
    return f"{sign}\\frac{{{abs(value.p)}}}{{{value.q}}}" if value.q != 1 else str(value.p)


def _to_fraction(source: str, value: sympy.Rational) -> str:
    head = f"{source} as a fraction is **${_frac(value)}$**."
    if source.endswith("%"):
        raw = _read(source.rstrip("%")) or 0
        step = f"1. Percent means out of 100: {source} = ${_frac_raw(raw, 100)}$."
    elif "." in source:
        places = len(source.split(".")[1].rstrip("%"))
        top = int(Decimal(source.replace(",", "")) * 10**places)
        step = (
            f"1. {source} has {places} decimal place{'s' * (places != 1)}, so write it over "
            f"{10**places}: ${_frac_raw(top, 10**places)}$."
        )
    elif " " in source.strip():  # a mixed number: whole × denominator + numerator
        whole, top, q = abs(int(source.split()[0])), abs(int(value.p)), int(value.q)
        return (
            f"{source} as an improper fraction is **${_frac(value)}$**.\n\n"
            f"Multiply the whole number by the denominator and add the numerator: "
            f"{whole} × {q} + {top - whole * q} = {top}, over {q}."
        )
    else:
        return f"{source} as a fraction is **${_frac(value)}$**."
    return f"{head}\n\n{step}\n\n2. Simplify by dividing top and bottom by their greatest common factor: ${_frac(value)}$."


def _frac_raw(top: object, bottom: int) -> str:
    return f"\\frac{{{top}}}{{{bottom}}}"


def repeating(value: sympy.Rational) -> str:
    """A rational's decimal in LaTeX, a repeating block under a bar: 0.1\\overline{6}."""
    sign = "-" if value < 0 else ""
    whole, rest = divmod(abs(int(value.p)), int(value.q))
    digits, seen = "", {}
    while rest and rest not in seen and len(digits) < 60:
        seen[rest] = len(digits)
        rest *= 10
        digits += str(rest // value.q)
        rest %= value.q
    if not rest:
        return f"{sign}{whole}" + (f".{digits}" if digits else "")
    start = seen[rest]
    return f"{sign}{whole}.{digits[:start]}\\overline{{{digits[start:]}}}"


def _to_decimal(source: str, value: sympy.Rational) -> str:
    shown = repeating(value)
    if source.endswith("%"):
        step = f"Percent means out of 100, so divide by 100 (move the decimal point two places left): {source} = {shown}."
    else:
        step = f"Divide the numerator by the denominator: {value.p} ÷ {value.q} = ${shown}$."
        if not terminates(value):
            step += " The digits under the bar repeat forever."
    return f"{source} as a decimal is **${shown}$**.\n\n{step}"


def _to_percent(source: str, value: sympy.Rational) -> str:
    percent = value * 100
    shown = repeating(percent)
    approx = "" if terminates(percent) else f" (about {float(percent):.2f}%)"
    how = "Multiply by 100 (move the decimal point two places right)"
    if "/" in source:
        how = f"Divide to get a decimal, ${repeating(value)}$, then multiply by 100"
    return f"{source} as a percent is **${shown}\\%$**{approx}.\n\n{how}: ${shown}\\%$."


def _to_mixed(source: str, value: sympy.Rational) -> str:
    whole, rest = divmod(abs(int(value.p)), int(value.q))
    sign = "-" if value < 0 else ""
    if rest == 0 or whole == 0:
        return f"{source} is {'a whole number' if rest == 0 else 'less than 1'}, so it has no mixed-number form: **${_frac(value)}$**."
    shown = f"{sign}{whole}\\tfrac{{{rest}}}{{{value.q}}}"
    return (
        f"{source} as a mixed number is **${shown}$**.\n\n"
        f"Divide {abs(value.p)} by {value.q}: it goes {whole} times with remainder {rest}, "
        f"so the whole part is {whole} and the fraction is ${_frac_raw(rest, int(value.q))}$."
    )


# ---- scientific notation ----------------------------------------------------------------


def scientific(text: str) -> str | None:
    """Standard form to scientific notation and back."""
    sci = _SCI_VALUE.search(text.replace("−", "-"))
    if sci and (_STANDARD_ASK.search(text) or not _SCI_ASK.search(text)):
        if not (
            _STANDARD_ASK.search(text) or re.search(r"\b(?:convert|write|what\s+is)\b", text, re.I)
        ):
            return None
        mantissa, exponent = Decimal(sci["m"]), int((sci["e"] or sci["e2"]).replace("−", "-"))
        value = mantissa.scaleb(exponent)
        shown = decimal_text(sympy.Rational(str(value)))
        way = "right" if exponent > 0 else "left"
        return (
            f"${sci['m']} \\times 10^{{{exponent}}}$ in standard form is **{shown}**.\n\n"
            f"Move the decimal point {abs(exponent)} place{'s' * (abs(exponent) != 1)} to the {way}."
        )
    if not _SCI_ASK.search(text):
        return None
    match = re.search(r"(?<![\w.])(-?(?:\d[\d,]*(?:\.\d+)?|\.\d+))", text)
    if not match or Decimal(match[1].replace(",", "")) == 0:
        return None
    value = Decimal(match[1].replace(",", ""))
    exponent = value.adjusted()
    mantissa = (value.scaleb(-exponent)).normalize()
    way = "left" if exponent > 0 else "right"
    return (
        f"{match[1]} in scientific notation is **${mantissa:f} \\times 10^{{{exponent}}}$**.\n\n"
        f"1. Move the decimal point so one non-zero digit is in front of it: {mantissa:f}.\n\n"
        f"2. It moved {abs(exponent)} place{'s' * (abs(exponent) != 1)} to the {way}, so the power of 10 is {exponent}."
    )


# ---- reciprocal, opposite, absolute value ---------------------------------------------

_FACT = re.compile(
    rf"\b(?P<what>reciprocal|multiplicative\s+inverse|opposite|additive\s+inverse|absolute\s+value)"
    rf"\s+of\s+(?P<n>{_VALUE})\s*[?.!]*\s*$",
    re.I,
)


def number_fact(text: str) -> str | None:
    """The reciprocal (1/n), the opposite (-n) or the absolute value (|n|) of a number."""
    match = _FACT.search(text)
    value = _read(match["n"]) if match else None
    if match is None or value is None:
        return None
    what, n = match["what"].lower(), match["n"].strip()
    if what in ("reciprocal", "multiplicative inverse"):
        if value == 0:
            return "0 has no reciprocal: nothing times 0 makes 1."
        result = 1 / value
        why = f"Flip it: the reciprocal of {n} is 1 ÷ ({n}), and {n} × ${_frac(result)}$ = 1."
    elif "opposite" in what or "additive" in what:
        result = -value
        why = f"Change the sign: {n} + (${_frac(result)}$) = 0."
    else:
        result = abs(value)
        why = "The absolute value is the distance from 0, so it is never negative."
    decimal = "." in n and result.is_Rational and terminates(result)  # decimals in, decimals out
    shown = decimal_text(result) if decimal else f"${_frac(result)}$"
    return f"The {what} of {n} is **{shown}**.\n\n{why}"
