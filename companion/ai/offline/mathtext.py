"""Typed and authored math spelled the way the parser reads it: LaTeX, implicit products, logs."""

from __future__ import annotations

import re
from collections.abc import Callable

from companion.ai.offline.matrices import scaled, typed_rows

FUNCTION_NAMES = ("sqrt", "cbrt", "sin", "cos", "tan", "exp", "ln", "log", "abs")
_SYMBOLS = {"×": "*", "·": "*", "÷": "/", "−": "-", "–": "-", "‐": "-", "‑": "-", "－": "-"}
_SYMBOLS |= {"‒": "-", "﹣": "-", "˗": "-", "➖": "-"}  # figure dash, small and heavy minus
# an em dash (or a horizontal bar) typed for a minus: right before a number ("—5", "10—3"),
# or spaced between two numbers of a sum ("10 — 3 = 7"); before words it is punctuation
_DASH_MINUS = re.compile(r"[—―](?=\.?\d|\$|\()|(?<=\d)(\s+)[—―](?=\s+\d[\d.]*\s*(?:$|[-+*/=^)]))")
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")
# "10⁵", "10⁻⁴", "cm²": a run of superscript digits is a power
_SUPERSCRIPT = re.compile(r"[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
# "½", "1½", "-¾": a vulgar fraction is its fraction, after a whole number a mixed number
_VULGAR = {"½": "1/2", "⅓": "1/3", "⅔": "2/3", "¼": "1/4", "¾": "3/4", "⅕": "1/5", "⅖": "2/5"}
_VULGAR |= {"⅗": "3/5", "⅘": "4/5", "⅙": "1/6", "⅚": "5/6", "⅛": "1/8", "⅜": "3/8", "⅝": "5/8"}
_VULGAR |= {"⅞": "7/8"}
_VULGAR_FRACTION = re.compile(f"(\\d?)\\s*([{''.join(_VULGAR)}])")
_UNICODE = str.maketrans(_SYMBOLS | {"π": " pi ", "θ": " theta ", "√": " sqrt ", "≤": "<="})
_UNICODE |= str.maketrans({"∛": " cbrt "})
_UNICODE |= str.maketrans({"≥": ">=", "≠": "!="})
_LATEX = re.compile(r"\$\$|\\[A-Za-z]+|\\[{}%$,;!]|[\^_]\{")
_WORD_COMMANDS = {
    "cdot": "*",
    "times": "*",
    "div": "/",
    "pi": " pi ",
    "theta": " theta ",
    "infty": " oo ",
    "geq": ">=",
    "ge": ">=",
    "leq": "<=",
    "le": "<=",
    "neq": "!=",
    "ne": "!=",
    "lt": "<",
    "gt": ">",
    "degree": "°",
    "circ": "°",
    "cup": " U ",
    "lvert": "|",
    "rvert": "|",
    "vert": "|",
    "approx": "=",
    "pm": "±",
    "quad": " ",
    "qquad": " ",
}
# an escaped brace is a set's ("\{-2, 3\}"), not a group's: kept, so the set stays unordered
_SPACING = {",": "", ";": " ", "!": "", " ": " ", "%": "%", "$": "$", "{": "{", "}": "}"}
MAX_NESTING = 20
_TEXT_COMMANDS = ("text", "mathrm", "operatorname", "mathit", "textrm", "mbox", "hat", "vec")
_FRACTIONS = ("frac", "dfrac", "tfrac")
# a matrix (not a determinant's vmatrix): rows split by \\\\, cells by &
_MATRIX = re.compile(r"\\begin\{([bp]?matrix)\}(.*?)\\end\{\1\}", re.S)
# "2x10^10", "2 X 10^-3": an x between a number and 10^ is a times sign (nowhere else).
_TIMES_TEN = re.compile(r"(?<![A-Za-z_.\d])(\d+(?:\.\d+)?)\s*[xX]\s*(?=10\s*(?:\^|\*\*))")
# "5 x 8 = 40": a lone x with a space each side between two numbers is a times sign too.
_TIMES = re.compile(r"(?<![A-Za-z_.\d^])(\d+(?:\.\d+)?)\s+[xX]\s+(?=\$?\d)")


def is_latex(text: str) -> bool:
    """Whether the text carries LaTeX markup ($$, commands, ^{...})."""
    return bool(_LATEX.search(text))


def _group(text: str, start: int) -> tuple[str, int]:
    """The braced group (or single character) at `start`, and the index after it."""
    while start < len(text) and text[start] == " ":
        start += 1
    if start >= len(text):
        return "", start
    if text[start] != "{":
        if text[start] == "\\" and (m := re.match(r"\\[A-Za-z]+", text[start:])):
            return m[0], start + len(m[0])
        return text[start], start + 1
    depth = 0
    for i in range(start, len(text)):
        depth += {"{": 1, "}": -1}.get(text[i], 0)
        if depth == 0:
            return text[start + 1 : i], i + 1
    return text[start + 1 :], len(text)


def _simple(text: str) -> bool:
    """A bare number or letter that needs no brackets around it."""
    return bool(re.fullmatch(r"\d+(?:\.\d+)?|[A-Za-z]", text.strip()))


def _wrap(text: str) -> str:
    enclosed = text.startswith("(") and _closing(text, 0) == len(text) - 1
    return text if _simple(text) or enclosed else f"({text})"


def _command(name: str, text: str, end: int) -> tuple[str, int]:
    """The plain spelling of one LaTeX command whose arguments start at `end`."""
    if name in _FRACTIONS:
        top, end = _group(text, end)
        bottom, end = _group(text, end)
        top, bottom = from_latex(top), from_latex(bottom)
        both = _simple(top.removeprefix("-")) and _simple(bottom)  # \\frac{-5}{2} is -5/2
        return (f"{top}/{bottom}" if both else f"({_wrap(top)}/{_wrap(bottom)})"), end
    if name == "sqrt":
        index = ""
        if end < len(text) and text[end] == "[":
            close = text.find("]", end)
            index, end = text[end + 1 : close], close + 1
        body, end = _group(text, end)
        body = from_latex(body)
        return (f"({_wrap(body)})^(1/{_wrap(index)})" if index else f"sqrt({body})"), end
    if name in _TEXT_COMMANDS:
        body, end = _group(text, end)
        return f" {from_latex(body)} ", end
    if name in ("left", "right", "big", "Big", "bigl", "bigr"):
        return "", end
    if name in FUNCTION_NAMES or name.startswith("arc"):
        return name, end
    return _WORD_COMMANDS.get(name, f" {name} "), end


def _depth(text: str) -> int:
    depth = deepest = 0
    for char in text:
        depth += {"{": 1, "}": -1}.get(char, 0)
        deepest = max(deepest, depth)
    return deepest


def _matrix(m: re.Match) -> str:
    """\\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix} -> [[1, 2], [3, 4]]."""
    rows = [r for r in re.split(r"\\\\", m[2]) if r.strip()]
    cells = [", ".join(from_latex(c).strip() for c in row.split("&")) for row in rows]
    return "[" + ", ".join(f"[{row}]" for row in cells) + "]"


_WHOLE_FRACTION = re.compile(r"\d+/\d+")
_WHOLE = re.compile(r"(?<![\d./^_])\d+$")  # a whole number, no fraction's bottom or power


def _after(out: list[str], fraction: str) -> str:
    """A fraction right after what came before: 2\\frac{1}{2} is the mixed number 2 1/2,
    x\\frac{1}{2} is x times 1/2 (run together, "21/2" and "x1/2" would be other math)."""
    before = "".join(out[-3:])
    if _WHOLE.search(before) and _WHOLE_FRACTION.fullmatch(fraction):
        return f" {fraction}"
    return f"*{fraction}" if before[-1:].isalnum() or before[-1:] == ")" else fraction


def from_latex(text: str) -> str:
    """Authored LaTeX ($$\\frac{2}{x+2}$$, \\left( \\right), x^{2}) as plain typed math."""
    if _depth(text) > MAX_NESTING:  # no real answer nests this deep; keep recursion bounded
        return text
    text = _MATRIX.sub(_matrix, text)
    text = re.sub(r"\\(?=\$\$)", "", text).replace("$$", " ").replace("\\\\", " ")
    text = re.sub(r"^\s*\$([^$]*[^$\d\s][^$]*)\$\s*$", r"\1", text).replace("**", "^")
    out: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "\\" and (m := re.match(r"\\([A-Za-z]+)", text[i:])):
            piece, i = _command(m[1], text, i + len(m[0]))
            out.append(_after(out, piece) if m[1] in _FRACTIONS else piece)
        elif char == "\\" and i + 1 < len(text):
            out.append(_SPACING.get(text[i + 1], text[i + 1]))
            i += 2
        elif char in "^_" and i + 1 < len(text) and text[i + 1] == "{":
            body, i = _group(text, i + 1)
            body = from_latex(body)
            out.append(char + ("°" if body.strip() == "°" else _wrap(body)))
        else:
            out.append({"{": "(", "}": ")"}.get(char, char))
            i += 1
    plain = "".join(out).replace("^°", "°").replace("^ ° ", "°")
    return re.sub(r"\s+", " ", plain).strip()


def _power(m: re.Match[str]) -> str:
    exponent = m[0].translate(_SUPERSCRIPTS)
    return f"^{exponent}" if exponent.isdigit() else f"^({exponent})"


def normalise(text: str) -> str:
    """Replace unicode math symbols (and authored LaTeX) with their ASCII spelling."""
    if is_latex(text):
        text = from_latex(text)
    text = scaled(typed_rows(text))
    text = _DASH_MINUS.sub(lambda m: f"{m[1] or ''}-", _SUPERSCRIPT.sub(_power, text))
    text = _VULGAR_FRACTION.sub(lambda m: f"{m[1]}{' ' if m[1] else ''}{_VULGAR[m[2]]}", text)
    text = text.translate(_UNICODE).replace("**", "^")
    return _TIMES.sub(r"\1*", _TIMES_TEN.sub(r"\1*", text)).strip()


def _closing(text: str, start: int) -> int:
    """Index of the bracket closing the one at `start` (or -1)."""
    depth = 0
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return i
    return -1


def _rewrite_calls(text: str, head: str, rewrite: Callable[[re.Match, str], str]) -> str:
    """Replace each call that `head` opens ("log_7(", "sin^2(") by `rewrite(match, body)`,
    the body read to its own closing bracket; an unclosed call ends the rewriting."""
    while m := re.search(head, text):
        close = _closing(text, m.end() - 1)
        if close < 0:
            return text
        text = f"{text[: m.start()]}{rewrite(m, text[m.end() : close])}{text[close + 1 :]}"
    return text


# "log2(x)": a base run into the name before a bracket, as calculators and code write it;
# "log_3 20", "log_2 x", "log2 x": a base and an argument of one number or letter, without
# brackets (a base run into the name needs a space before the argument)
_RUN_IN_BASE = re.compile(r"\blog(\d+)\s*\(")
_BARE_ARGUMENT = re.compile(
    r"\blog(?:_(\d+(?:\.\d+)?|[a-z])\s*|(\d+)\s+)(\d+(?:\.\d+)?|[a-z])(?![\w(.])"
)


def log_bases(text: str) -> str:
    """log_7(x), log_{7}(x), log_(1/3)(x), log2(x) and log_3 20 as ln(x)/ln(base), so the
    base is kept."""
    text = re.sub(r"log_?\{([^{}]*)\}", r"log_(\1)", text)
    text = _BARE_ARGUMENT.sub(
        lambda m: f"log_{m[1] or m[2]}({m[3]})", _RUN_IN_BASE.sub(r"log_\1(", text)
    )
    return _rewrite_calls(
        text, r"log_(\([^()]*\)|[0-9.]+|[a-z])\s*\(", lambda m, body: f"(ln({body})/ln({m[1]}))"
    )


def power_calls(text: str) -> str:
    """sin^2(x) -> (sin(x))^2, the way it is meant; sin^-1(x) -> arcsin(x)."""
    text = re.sub(r"\b(sin|cos|tan)\s*\^\s*(?:-1|\(-1\))\s*\(", r"arc\1(", text)
    return _rewrite_calls(
        text,
        r"\b(sin|cos|tan)\s*\^\s*(\d+|\(-?\d+\))\s*\(",
        lambda m, body: f"({m[1]}({body}))^{m[2]}",
    )


_CALLABLE = (*FUNCTION_NAMES, "arcsin", "arccos", "arctan")
_NAME_BEFORE_BRACKET = re.compile(r"([A-Za-z]+)\s*\(")


def _product_or_call(m: re.Match) -> str:
    """Keep f(...) for known functions; a variable before a bracket multiplies it."""
    word = m[1]
    for name in sorted(_CALLABLE, key=len, reverse=True):
        if word.endswith(name):
            head = word[: -len(name)]
            return f"{head}*{name}(" if head else f"{name}("
    return f"{word}*("


_OPERAND_END = re.compile(r"[\w.)!]$")


def abs_bars(text: str) -> str:
    """|x|, ln|x + 1|, |2x - 3| + |x|: bars around an expression as (abs(...)) calls.

    A bar closes the innermost open one when an operand ends just before it; otherwise it
    opens one ("||x| - 1|" nests). Unpaired bars are left as typed.
    """
    out: list[str] = []
    opened: list[int] = []
    for char in text:
        if char != "|":
            out.append(char)
            continue
        before = "".join(out).rstrip()
        if opened and _OPERAND_END.search(before) and len(out) > opened[-1] + 1:
            opened.pop()
            out.append("))")
        else:
            opened.append(len(out))
            out.append("(abs(")  # its own bracket, so ln|x| is the call ln(abs(x))
    if opened:
        return text
    return "".join(out)


def implicit_products(text: str) -> str:
    """x(x+3) -> x*(x+3), -12x(9-3x^2) -> -12x*(9-3x^2); sqrt(x) stays a call."""
    return _NAME_BEFORE_BRACKET.sub(_product_or_call, text)
