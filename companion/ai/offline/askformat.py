"""Shared pieces of the chat's computed answers: exact numbers in, markdown with `$...$` out.

Money is never written with a bare dollar sign, so it cannot open a math span.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.answertext import number_words

# A number as typed in a question: -3, 2.5, .5, 1,200, 3/4, 40%, $12 (the sign and $ are optional).
# It starts where a run of digits starts, so a search through a long run of digits is linear
# rather than trying every split of it.
NUMBER = (
    r"-?\$?(?<![\d.])(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?:\s*/\s*\d+)?%?"
)
# The same without money or thousands commas (-3, 2.5, 3/4, 40%): a comparison echoes the
# numbers back as typed, where a bare $ would open a math span.
SIMPLE_NUMBER = r"-?(?<![\d.])\d+(?:\.\d+)?(?:\s*/\s*\d+)?%?"
NUMBER_AT = re.compile(rf"(?<![\w.^])(?:{NUMBER})")  # not the tail of a name or power (x2, x^2)


def tex(value: sympy.Basic) -> str:
    """An expression as inline markdown math (ln for the natural log, as classes write it)."""
    return f"${sympy.latex(value, ln_notation=True)}$"


def paragraphs(text: str) -> str:
    """One markdown paragraph per line, so worked steps don't run together."""
    return text.replace("\n", "\n\n")


def number(text: str) -> sympy.Rational | None:
    """5/8, 0.75, 40%, $1,200 or 12 as an exact rational."""
    raw = text.replace(",", "").replace(" ", "").replace("$", "")
    percent = raw.endswith("%")
    raw = raw.rstrip("%")
    try:
        value = sympy.Rational(raw) if "/" not in raw else sympy.Rational(*raw.split("/"))
    except (ValueError, TypeError, ZeroDivisionError):
        return None
    return value / 100 if percent else value


def numbers(text: str) -> list[sympy.Rational]:
    """Every number in a piece of text, in order."""
    found = (number(m[0]) for m in NUMBER_AT.finditer(text))
    return [n for n in found if n is not None]


def words_to_digits(message: str) -> str:
    """Spelled-out numbers as digits ("seven times eight" -> "7 times 8"); "and" separates."""
    parts = re.split(r"(\band\b)", message, flags=re.I)
    return "".join(p if p.lower() == "and" else number_words(p) for p in parts)


def dec(value: sympy.Rational) -> str:
    """A rational as a decimal, "about ..." when four places do not hold it exactly."""
    text = f"{float(value):.4f}".rstrip("0").rstrip(".")
    return text if sympy.Rational(text) == value else f"about {text}"


def plain(value: sympy.Rational) -> str:
    """An integer as itself, anything else as a decimal of up to four places."""
    return str(value.p) if value.q == 1 else dec(value).replace("about ", "")


def exact(value: sympy.Rational) -> str:
    """A rational written exactly: 12, 0.375, or 2/3 when its decimal would not end."""
    if value.q == 1:
        return str(value.p)
    if terminates(value):
        return decimal_text(value)
    return f"{value.p}/{value.q}"


def terminates(value: sympy.Rational) -> bool:
    """Whether the decimal expansion ends (the denominator has only 2s and 5s)."""
    q = int(value.q)
    for p in (2, 5):
        while q % p == 0:
            q //= p
    return q == 1


def decimal_text(value: sympy.Rational) -> str:
    """A terminating rational's full decimal, without float rounding."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    whole, rest = divmod(int(value.p), int(value.q))
    digits = ""
    while rest and len(digits) < 30:
        rest *= 10
        digit, rest = divmod(rest, int(value.q))
        digits += str(digit)
    return f"{sign}{whole}" + (f".{digits}" if digits else "")


def approx(value: sympy.Basic, places: int = 4) -> str:
    """A real value to a few decimal places, trailing zeros dropped."""
    text = f"{float(sympy.N(value, 30)):.{places}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def value_text(value: sympy.Basic) -> str:
    """An exact result for the reply's bold line: $\\frac{2}{3}$, $3\\sqrt{2}$ ≈ 4.2426, 12."""
    if isinstance(value, sympy.Rational):
        if value.q == 1:
            return str(value.p)
        shown = f"= {exact(value)}" if terminates(value) else f"≈ {approx(value)}"
        return f"{tex(value)} {shown}"
    if value.is_real and value.is_number:
        return f"{tex(value)} ≈ {approx(value)}"
    return tex(value)


_ATTACHED_BEFORE = re.compile(r"(?:[\d)*/^+\-×÷=]|\b(?:plus|minus|times|over))\s*$", re.I)
_ATTACHED_AFTER = re.compile(
    r"^\s*(?:[\d(*/^+\-×÷]|\b(?:plus|minus|times|divided|over|squared|cubed)\b)", re.I
)


def stands_alone(match: re.Match[str]) -> bool:
    """The matched value is the whole computation asked: no number or operation is attached
    to it ("2 sin 30°", "log2(8) + 1" ask for more than the one value)."""
    before, after = match.string[: match.start()], match.string[match.end() :]
    return not _ATTACHED_BEFORE.search(before) and not _ATTACHED_AFTER.match(after)
