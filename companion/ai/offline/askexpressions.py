"""Arithmetic with functions in it ("sin(30°) + 1", "2cos(60) - 1", "log(100) + ln(e)"):
each function's value, then the whole, computed exactly.

A trig angle marked ° or "degrees" is in degrees, one with pi in it is in radians; a bare
angle ("sin(30) + 1") could be either, so both readings are worked and labelled, and neither
is given as the answer. "log" is the common (base-10) logarithm and "ln" the natural one, and the reply
says so; a log with its base ("log2(32) + 1", "log base 2 of 8 plus 3") is to that base. A
single function value with nothing around it is asktrig's or asklogs' question.
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import approx, tex, value_text
from companion.ai.offline.mathparse import parse_math

_LEAD = re.compile(
    r"^\s*(?:(?:can|could)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:tell\s+me\s+|work\s+out\s+|find\s+"
    r"|calculate\s+|evaluate\s+|do\s+)?|please\s+|pls\s+)?"
    r"(?:what\s+is|what'?s|whats|wat\s+is|what|calculate|evaluate|compute|find|work\s+out)?\s*",
    re.I,
)
_TAIL = re.compile(r"(?:\s+(?:is|equals?)|\s*=)?(?:\s+(?:please|pls))?\s*[?.!]*\s*$", re.I)
_TRIG = r"sin|cos|tan"
_FUNCTION = rf"(?:{_TRIG}|log_\d+(?:\.\d+)?|log|ln|sqrt)"
# a log's base as the parser reads it (log_2): "log2(32)", "log_{2}(32)", "log base 2 of 8"
_BASED = re.compile(
    r"(?<![A-Za-z])log(?:arithm)?\s*(?:(?:with\s+)?base\s*(?P<b>\d+)\s*(?:of\s+)?|_\s*\{?(?P<b2>\d+)\}?\s*"
    r"|(?P<b3>\d+)\s*(?=\())\(?\s*(?P<x>\d+(?:\.\d+)?)(?:\s*\))?",
    re.I,
)
# the operations said in words once a function is in the text ("log base 2 of 8 plus 3")
_SAID = (
    (r"\s+plus\s+", " + "),
    (r"\s+minus\s+", " - "),
    (r"\s+(?:times|multiplied\s+by)\s+", " * "),
    (r"\s+divided\s+by\s+", " / "),
)
_DEGREE = r"(?:°|\s*deg(?:rees?|s)?\b)"
# a function's argument: parenthesised (no nesting), or a bare number ("sin 30°"); a number
# followed by brackets is a base ("log2(32)"), which is asklogs' to read
_CALL = re.compile(
    rf"(?<![A-Za-z])(?P<f>{_FUNCTION})\s*(?:\((?P<inner>[^()]*)\)|(?P<bare>\d+(?:\.\d+)?{_DEGREE}?)(?![\d.]|\s*\())",
    re.I,
)
_ONLY = re.compile(rf"^(?:\s|\d|\.|[-+*/^()×÷·]|pi|π|\be\b|{_FUNCTION}|{_DEGREE})+$", re.I)


def answer(message: str) -> str | None:
    """The value of an expression with trig, log or root functions in it; else None."""
    text = _TAIL.sub("", _LEAD.sub("", message, count=1)).strip()
    text = _BASED.sub(lambda m: f"log_{m['b'] or m['b2'] or m['b3']}({m['x']})", text)
    if _CALL.search(text):
        for said, symbol in _SAID:
            text = re.sub(said, symbol, text, flags=re.I)
    calls = list(_CALL.finditer(text))
    if not _ONLY.match(text) or _one_call(text, calls):
        return None
    if all(c["f"].lower() == "sqrt" for c in calls):
        return None  # roots alone are askarith's, worked in order-of-operations steps
    degrees = _reading(text, calls, "degrees")
    radians = _reading(text, calls, "radians")
    if degrees is None or radians is None:
        return None
    if degrees[1] == radians[1]:  # every angle said its unit (or there is none)
        return _worked(*degrees)
    return _both(degrees, radians)


def _one_call(text: str, calls: list[re.Match[str]]) -> bool:
    """The whole text is one function of a number without brackets ("sin 30") or one log
    with its base ("log2(32)"): asktrig's and asklogs' question, or a concept question when
    they leave it."""
    if len(calls) != 1 or calls[0][0].strip() != text:
        return False
    return calls[0]["bare"] is not None or calls[0]["f"].lower().startswith("log_")


def _reading(
    text: str, calls: list[re.Match[str]], bare_as: str
) -> tuple[str, str, list[str]] | None:
    """(what the student wrote, the same in sympy's words, each function's value) with a
    bare trig angle read in `bare_as`; None when a piece does not parse or has no value."""
    pieces, steps, shown, at = [], [], [], 0
    for call in calls:
        name = call["f"].lower()
        inner = call["inner"] if call["inner"] is not None else call["bare"]
        argument, written = _argument(name, inner, bare_as)
        if argument is None:
            return None
        value = parse_math(f"{name}({argument})")
        if isinstance(value, sympy.Expr) and value.has(sympy.log):  # log_2(32) is 5
            value = sympy.simplify(value)
        if not isinstance(value, sympy.Expr) or not value.is_real:
            return None
        pieces.append(f"{text[at : call.start()]}({name}({argument}))")
        shown.append(f"{text[at : call.start()]}{name}({written})")
        steps.append(f"{name}({written}) = {value_text(value)}")
        at = call.end()
    said = "".join(pieces) + text[at:]
    return "".join(shown) + text[at:], _clean(said), steps


def _argument(name: str, inner: str, bare_as: str) -> tuple[str | None, str]:
    """The argument as sympy reads it (degrees as a multiple of pi) and as the reply shows it."""
    marked = re.search(_DEGREE, inner, re.I)
    number = re.sub(_DEGREE, "", inner, flags=re.I).replace("π", "pi").strip()
    if not number or re.search(r"[a-df-oq-z]", number.replace("pi", ""), re.I):
        return None, inner
    in_degrees = name in ("sin", "cos", "tan") and (
        marked or (bare_as == "degrees" and "pi" not in number)
    )
    if in_degrees:
        return f"({number})*pi/180", f"{number}°"
    return number, number


def _clean(text: str) -> str:
    text = text.replace("×", "*").replace("÷", "/").replace("·", "*").replace("π", "pi")
    return re.sub(r"(?<![_\d.])(\d+(?:\.\d+)?)\s*\(", r"\1*(", text)  # not a log's base


def _evaluated(said: str) -> sympy.Expr | None:
    value = parse_math(said)
    if not isinstance(value, sympy.Expr) or value.free_symbols or not value.is_real:
        return None
    if value.has(sympy.log):  # log(32)/log(2) is 5
        value = sympy.simplify(value)
    return sympy.nsimplify(value) if value.is_Float else value


def _worked(written: str, said: str, steps: list[str]) -> str | None:
    value = _evaluated(said)
    if value is None:
        return None
    lines = [f"{written} = **{_result(value)}**."]
    lines.append("Work out each function first:\n" + "\n".join(f"- {s}" for s in steps))
    lines.extend(_notes(written))
    return "\n\n".join(lines)


def _both(degrees: tuple[str, str, list[str]], radians: tuple[str, str, list[str]]) -> str | None:
    in_degrees, in_radians = _evaluated(degrees[1]), _evaluated(radians[1])
    if in_degrees is None or in_radians is None:
        return None
    # each function's value, unless the expression is that one function
    values = "" if degrees[2][0].startswith(f"{degrees[0]} =") else f" ({'; '.join(degrees[2])})"
    lines = [
        "You didn't say whether the angle is in degrees or radians, so here are both:",
        f"- In degrees: {degrees[0]} = {_result(in_degrees)}{values}\n"
        f"- In radians: {radians[0]} ≈ {approx(in_radians)}",
        "School problems with angles like these usually mean degrees; a calculator in RAD mode"
        " gives the radian answer. Write ° (or pi for radians) to say which you mean.",
    ]
    lines.extend(_notes(radians[0], trig=False))
    return "\n\n".join(lines)


def _result(value: sympy.Expr) -> str:
    if value.is_Rational:
        return value_text(value)
    return f"{tex(value)} ≈ {approx(value)}"


def _notes(written: str, trig: bool = True) -> list[str]:
    notes = []
    if trig and "°" in written:
        notes.append("The angles are in degrees, as you wrote them.")
    elif trig and re.search(rf"\b(?:{_TRIG})\(", written):
        notes.append("The angles are in radians (they are written with pi).")
    if re.search(r"\blog\(", written):
        notes.append("log with no base means the common logarithm, base 10.")
    if based := re.search(r"\blog_(\d+(?:\.\d+)?)\(", written):
        notes.append(
            f"log_{based[1]} is the logarithm to base {based[1]}: the power {based[1]} is raised to."
        )
    if re.search(r"\bln\(", written):
        notes.append("ln is the natural logarithm, base e.")
    return notes
