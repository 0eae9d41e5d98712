"""Arithmetic asked in words or symbols ("what is 7 times 8", "square root of 144", "2^10").

The question is rewritten into + - * / ^ and parentheses, parsed by a small recursive-descent
parser of its own (so the steps follow the order of operations as a student does them) and
computed exactly with sympy. Anything left over that is not arithmetic means "not mine".
"""

from __future__ import annotations

import re

import sympy

from companion.ai.offline.askformat import decimal_text, terminates, value_text, words_to_digits
from companion.ai.offline.spokenpowers import ORDINALS

_NUM = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
_LEAD = re.compile(
    r"^\s*(?:(?:can|could|would)\s+(?:you|u)\s+(?:please\s+|pls\s+)?(?:tell\s+me\s+|do\s+)?|please\s+"
    r"|how\s+(?:do|would|can|should)\s+(?:i|you|we)\s+(?:work\s+out|figure\s+out|do|get|find|calculate)?\s*)?"
    r"(?:what\s+(?:is|are|does|do)|what'?s|whats|what|how\s+much\s+is|calculate|compute|evaluate|"
    r"work\s+out|figure\s+out|find|solve|simplify|tell\s+me)?\s*(?:the\s+(?:value|answer)\s+(?:of|to)\s+)?",
    re.I,
)
_TAIL = re.compile(r"\s*(?:equals?|=|is)?\s*(?:please)?\s*[?.!]*\s*$", re.I)
# Whole-question templates: "multiply 6 by 7", "subtract 3 from 10", "the sum of 4 and 5"; a
# negative number is bracketed ("subtract -4 from 10" is 10-(-4)).
_TEMPLATES = (
    (rf"multiply\s+(-?{_NUM})\s+(?:by|and)\s+(-?{_NUM})", "{0}*{1}"),
    (rf"divide\s+(-?{_NUM})\s+by\s+(-?{_NUM})", "{0}/{1}"),
    (rf"add\s+(-?{_NUM})\s+(?:and|to)\s+(-?{_NUM})", "{0}+{1}"),
    (rf"subtract\s+(-?{_NUM})\s+from\s+(-?{_NUM})", "{1}-{0}"),
    (rf"(?:the\s+)?sum\s+of\s+(-?{_NUM})\s+and\s+(-?{_NUM})", "{0}+{1}"),
    (rf"(?:the\s+)?product\s+of\s+(-?{_NUM})\s+and\s+(-?{_NUM})", "{0}*{1}"),
    (rf"(?:the\s+)?difference\s+(?:of|between)\s+(-?{_NUM})\s+and\s+(-?{_NUM})", "{0}-{1}"),
    (rf"(?:the\s+)?quotient\s+of\s+(-?{_NUM})\s+and\s+(-?{_NUM})", "{0}/{1}"),
)
# Phrase -> symbol, applied in order (longer phrases first).
_WORDS = (
    (rf"(?:the\s+)?square\s+root\s+of\s+(-?(?:{_NUM})|\([^()]*\))", r"sqrt(\1)"),
    (rf"(?:the\s+)?cube\s+root\s+of\s+(-?(?:{_NUM})|\([^()]*\))", r"cbrt(\1)"),
    (rf"\b(sqrt|cbrt)\s+({_NUM})", r"\1(\2)"),  # "sqrt 50"
    (
        rf"(?:the\s+)?(\d+)(?:st|nd|rd|th)\s+root\s+of\s+({_NUM}|\([^()]*\))",
        r"\2^(1/\1)",
    ),
    (r"^(?:the\s+)?absolute\s+value\s+of\s+(.+)$", r"abs(\1)"),
    (r"\|([^|]+)\|", r"abs(\1)"),
    (rf"^(?:the\s+)?square\s+of\s+({_NUM})", r"\1^2"),
    (rf"^(?:the\s+)?cube\s+of\s+({_NUM})", r"\1^3"),
    (rf"({_NUM}|\))\s+squared\b", r"\1^2"),
    (rf"({_NUM}|\))\s+cubed\b", r"\1^3"),
    (
        r"\s+(?:raised\s+)?to\s+the\s+(\w+)\s+power\b",
        lambda m: f"^{ORDINALS.get(m[1].lower(), re.sub(r'(?:st|nd|rd|th)$', '', m[1]))}",
    ),
    (r"\s+(?:raised\s+)?to\s+the\s+(\d+)(?:st|nd|rd|th)\b", r"^\1"),  # "2 to the 10th"
    (r"\s+(?:raised\s+)?to\s+the\s+power\s+(?:of\s+)?|\s+raised\s+to\s+|\s+to\s+the\s+", "^"),
    (r"\s+(?:times|multiplied\s+by)\s+|\s*[×xX*·]\s*(?=[\d.(])", "*"),
    (r"\s+(?:divided\s+by)\s+|\s*÷\s*", ":"),
    (r"\s+over\s+", "/"),
    (r"\s+(?:plus|added\s+to)\s+", "+"),
    (r"\s+(?:minus|take\s+away|subtract)\s+|\s*[−–]\s*", "-"),
)
_BRACKETS = str.maketrans("[]{}", "()()")
_ONLY_ARITHMETIC = re.compile(r"^[\d\s.,+\-*/:^()sqrtcba]+$")
_TOKEN = re.compile(r"\s*(sqrt|cbrt|abs|\d[\d,]*(?:\.\d+)?|\.\d+|[-+*/:^()])")
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}")
_MAX_EXPONENT = 1000
_OPS = {"+": "+", "-": "-", "*": "\\times", "/": "\\div", ":": "\\div", "^": "^"}


class NotArithmetic(ValueError):
    """The text is not a plain arithmetic expression."""


class Undefined(ValueError):
    """The expression divides by zero or leaves the real numbers."""


def to_expression(message: str) -> str | None:
    """The arithmetic a question asks for, as + - * / ^ text, or None when it asks something else."""
    text = words_to_digits(message).strip()
    text = _TAIL.sub("", _LEAD.sub("", text, count=1)).strip()
    for pattern, template in _TEMPLATES:
        if match := re.fullmatch(pattern, text, re.I):
            return template.format(*(f"({n})" if n.startswith("-") else n for n in match.groups()))
    if not re.search(r"[\[{][^\]}]*,", text):  # brackets group as parentheses do; [1, 2] is a list
        text = text.translate(_BRACKETS)
    for pattern, replacement in _WORDS:
        text = re.sub(pattern, replacement, text, flags=re.I)
    text = text.replace(",", "") if re.search(r"\d,\d{3}", text) else text
    if _DATE.search(text) or re.fullmatch(r"\s*\d+\s*/\s*\d+\s*", text):
        return None  # a date, or a bare fraction (a conversion question, not arithmetic)
    if not _ONLY_ARITHMETIC.match(text) or not re.search(r"[-+*/:^]|sqrt|cbrt|abs", text):
        return None
    if re.search(r"[a-z]", re.sub(r"sqrt|cbrt|abs", "", text)):
        return None
    return text


def value_of(text: str) -> sympy.Basic | None:
    """The exact value of arithmetic said in words or symbols, else None."""
    expression = to_expression(text)
    if expression is None:
        return None
    try:
        return _Parser(expression).parse()[0]
    except ValueError:  # not arithmetic, or no value (division by zero)
        return None


_FACTORIAL = re.compile(r"^(\d+)\s*(?:!|factorial)$", re.I)


def factorial(expression: str) -> str | None:
    """n! written out as the product it is (up to 12 factors), else just its value."""
    match = _FACTORIAL.match(expression.strip())
    if not match or int(match[1]) > 100:
        return None
    n = int(match[1])
    value = sympy.factorial(n)
    if n > 12:
        return f"${n}! = {value}$: the product of every whole number from 1 to {n}."
    if n == 0:
        return "$0! = 1$ by definition (the empty product), so the answer is **1**."
    product = " \\times ".join(str(k) for k in range(n, 0, -1))
    shown = f"{product} = {value}" if n > 1 else str(value)
    return f"${n}! = {shown}$, so the answer is **{value}**."


def answer(message: str) -> str | None:
    """The worked value of an arithmetic question, else None."""
    text = _LEAD.sub("", words_to_digits(message).strip(), count=1).rstrip("?. ")
    if reply := factorial(text):
        return reply
    expression = to_expression(message)
    if expression is None:
        return None
    parser = _Parser(expression)
    try:
        value, shown = parser.parse()
    except NotArithmetic:
        return None
    except Undefined as why:
        shown = expression.replace(":", " \\div ").replace("*", " \\times ")
        shown = re.sub(r"sqrt\(([^()]*)\)", r"\\sqrt{\1}", shown)
        shown = re.sub(r"cbrt\(([^()]*)\)", r"\\sqrt[3]{\1}", shown)
        return f"${shown}$ has no value: {why}."
    result = sympy.latex(value)
    if "." in expression and value.is_Rational and terminates(value):
        result = decimal_text(value)  # decimals in, decimals out: 3.2 × 1.5 = 4.8
        bold = result
    else:
        bold = value_text(value)
    same = result == shown
    head = f"${shown} = {result}$, so the answer is **{bold}**."
    lines = [f"The answer is **{bold}**." if same else head]
    if len(parser.steps) > 1:
        lines.append("Following the order of operations (parentheses, powers, × and ÷, + and −):")
        lines.append("\n".join(f"{i}. ${step}$" for i, step in enumerate(parser.steps, 1)))
    return "\n\n".join(lines)


class _Parser:
    """expr := term (+|- term)*; term := power (*|/ power)*; power := unary (^ power)?"""

    def __init__(self, text: str) -> None:
        tokens, pos = [], 0
        while pos < len(text.rstrip()):
            match = _TOKEN.match(text, pos)
            if not match:
                raise NotArithmetic(text)
            tokens.append(match[1].replace(",", ""))
            pos = match.end()
        self.tokens, self.pos = tokens, 0
        self.steps: list[str] = []
        self.shown = ""

    def parse(self) -> tuple[sympy.Basic, str]:
        value, shown = self._expr()
        if self.pos != len(self.tokens):
            raise NotArithmetic("trailing tokens")
        self.shown = shown
        return value, shown

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def _take(self) -> str:
        token = self._peek()
        if token is None:
            raise NotArithmetic("unexpected end")
        self.pos += 1
        return token

    def _expr(self) -> tuple[sympy.Basic, str]:
        value, shown = self._term()
        while self._peek() in ("+", "-"):
            op = self._take()
            right, rshown = self._term()
            value, shown = self._apply(op, value, right, shown, rshown)
        return value, shown

    def _term(self) -> tuple[sympy.Basic, str]:
        value, shown = self._power()
        while self._peek() in ("*", "/", ":"):
            op = self._take()
            right, rshown = self._power()
            value, shown = self._apply(op, value, right, shown, rshown)
        return value, shown

    def _power(self) -> tuple[sympy.Basic, str]:
        base, bshown = self._unary()
        if self._peek() != "^":
            return base, bshown
        self._take()
        exponent, eshown = self._power()
        return self._apply("^", base, exponent, bshown, eshown)

    def _unary(self) -> tuple[sympy.Basic, str]:
        if self._peek() == "-":
            self._take()
            value, shown = self._power()
            return -value, f"-{shown}"
        return self._primary()

    def _primary(self) -> tuple[sympy.Basic, str]:
        token = self._take()
        if token == "(":
            value, shown = self._expr()
            if self._take() != ")":
                raise NotArithmetic("unbalanced")
            return value, f"\\left({shown}\\right)"
        if token == "abs":
            inner, ishown = self._primary()
            ishown = ishown.removeprefix("\\left(").removesuffix("\\right)")
            self.steps.append(f"\\left|{sympy.latex(inner)}\\right| = {sympy.latex(abs(inner))}")
            return abs(inner), f"\\left|{ishown}\\right|"
        if token in ("sqrt", "cbrt"):
            inner, ishown = self._primary()
            ishown = ishown.removeprefix("\\left(").removesuffix("\\right)")
            if inner < 0 and token == "sqrt":
                raise Undefined("a negative number has no real square root")
            root = (
                sympy.sqrt(inner) if token == "sqrt" else sympy.sign(inner) * sympy.cbrt(abs(inner))
            )
            shown = f"\\sqrt{{{ishown}}}" if token == "sqrt" else f"\\sqrt[3]{{{ishown}}}"
            if root.is_Rational:  # a root that does not simplify is no step
                self.steps.append(f"{shown} = {sympy.latex(root)}")
            return root, shown
        if re.fullmatch(_NUM, token):
            return self._fraction(token)
        raise NotArithmetic(token)

    def _fraction(self, token: str) -> tuple[sympy.Basic, str]:
        """A typed a/b of whole numbers is one number, a fraction, unless a power touches it."""
        rest = self.tokens[self.pos : self.pos + 3]
        before = self.tokens[self.pos - 2] if self.pos >= 2 else None
        if (
            len(rest) >= 2
            and rest[0] == "/"
            and rest[1].isdigit()
            and token.isdigit()
            and before != "^"
            and (len(rest) < 3 or rest[2] != "^")
        ):
            self.pos += 2
            if int(rest[1]) == 0:
                raise Undefined("division by zero is undefined")
            return sympy.Rational(int(token), int(rest[1])), f"\\frac{{{token}}}{{{rest[1]}}}"
        return sympy.Rational(token), token

    def _apply(
        self, op: str, a: sympy.Basic, b: sympy.Basic, ashown: str, bshown: str
    ) -> tuple[sympy.Basic, str]:
        if op == "/" and b == 0:
            raise Undefined("division by zero is undefined")
        if op == "^" and (abs(b) > _MAX_EXPONENT or (a == 0 and b < 0)):
            raise Undefined("that power is too large to write out" if a else "0 has no inverse")
        if op == ":" and b == 0:
            raise Undefined("division by zero is undefined")
        if op == "^":
            value = a**b
            if not value.is_real:
                raise Undefined("a negative number has no real root of that kind")
        else:
            value = {"+": a + b, "-": a - b, "*": a * b, "/": a / b, ":": a / b}[op]
        value = sympy.nsimplify(value) if value.is_Float else value
        shown = f"{ashown}^{{{bshown}}}" if op == "^" else f"{ashown} {_OPS[op]} {bshown}"
        left = sympy.latex(a) if a.is_Rational and a >= 0 else f"\\left({sympy.latex(a)}\\right)"
        step = f"{left}^{{{sympy.latex(b)}}}" if op == "^" else f"{left} {_OPS[op]} {_wrap(b)}"
        self.steps.append(f"{step} = {sympy.latex(value)}")
        return value, shown


def _wrap(value: sympy.Basic) -> str:
    text = sympy.latex(value)
    return f"\\left({text}\\right)" if text.startswith("-") else text
