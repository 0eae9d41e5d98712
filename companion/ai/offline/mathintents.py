"""The wordings that ask for a math result: a comparison, a percent or fraction of a number,
a fraction simplified, fraction arithmetic in words, a derivative, a solution.

One home for them, so the chat's worked answers (askmath, askpercent) and the check of what a
practice question states (companion/ai/questionmath.py) read the same words the same way.
"""

from __future__ import annotations

import re

from companion.ai.offline.askformat import SIMPLE_NUMBER

# "15% of 80", "20 percent of $1,250", "-5% of 20", "1/2% of 40"; "5% of 20%" is a percent
# of a percent (`of_percent` set), whose answer is a percent too, unless it goes on to take that
# share of a number ("20% of 20% of 100", `then`).
PERCENT_OF = re.compile(
    rf"(?P<p>{SIMPLE_NUMBER})\s*(?:%|percent)\s+of\s+(?:(?:his|her|their|my|your|our|its)\s+"
    r"|(?P<article>(?:a|an|the)\s+)(?=\$))?"
    r"\$?(?P<n>-?[\d,]+(?:\.\d+)?)"
    r"(?P<of_percent>\s*(?:%|percent\b)(?:\s+of\s+\$?(?P<then>-?[\d,]+(?:\.\d+)?))?)?",
    re.I,
)

# "what percent of 50 is 35", "18 is what percent of 72", "what percent is 15 of 60"; a part
# written over its whole ("what percent is 8/10", "45/50, what percent is that?").
WHAT_PERCENT = re.compile(
    r"(?:what\s+percent(?:age)?\s+of\s+(?P<n1>[\d,.]+)\s+is\s+(?P<p1>[\d,.]+)"
    r"|(?P<p2>[\d,.]+)\s+is\s+what\s+percent(?:age)?\s+of\s+(?P<n2>[\d,.]+)"
    r"|what\s+percent(?:age)?\s+is\s+(?P<p3>[\d,.]+)\s*(?:of|/)\s*(?P<n3>[\d,.]+)"
    r"|^(?:\D*\s)?(?P<p4>\d+(?:\.\d+)?)\s*/\s*(?P<n4>\d+(?:\.\d+)?)\D*?\bwhat\b"
    r"(?:'s|\s+is|\s+was)?\s+(?:my\s+|the\s+|that\s+as\s+a\s+)?percent(?:age)?\b)",
    re.I,
)

# "3/4 of 20", "1/4 of 20%", "3/4 of 1/2".
FRACTION_OF = re.compile(
    r"(?P<p>\d+)\s*/\s*(?P<q>\d+)\s+of\s+(?P<n>-?[\d,]+(?:\.\d+)?(?:\s*/\s*\d+)?)"
    r"(?P<of_percent>\s*(?:%|percent\b))?",
    re.I,
)

# "0.2 of 50", "1.5 of 40": a decimal of a number is that decimal times it.
DECIMAL_OF = re.compile(
    r"(?<![\d/.])(?P<d>\d*\.\d+)\s+of\s+\$?(?P<n>-?[\d,]*\d(?:\.\d+)?(?:\s*/\s*\d+)?)(?![\d/%.]|\s*percent)",
    re.I,
)

# "8 out of 10": a part of a whole, the fraction 8/10.
OUT_OF = re.compile(r"(?<![\d.,/])(\d+(?:\.\d+)?)\s+out\s+of\s+(\d+(?:\.\d+)?)(?![\d/]|\.\d)", re.I)

# "is 5/8 bigger than 3/5", "which is larger, 0.7 or 2/3", "compare 3/4 to 5/6", "5/9 > 1/2",
# "is 7/12 greater than or equal to 1/2", "is 0.6 bigger or smaller than 5/8", "is 1/3 equal
# to 0.33". `op` is the claim's wording; `conn` a "to"/"with" that only "compare" makes a pair.
_SIZE = r"(?:bigger|larger|greater|higher|more|smaller|less|lower)"
COMPARE = re.compile(
    rf"(?P<a>{SIMPLE_NUMBER})\s*(?:"
    rf"\s(?:is\s+)?(?P<op>{_SIZE}(?:\s+than)?(?:\s+or\s+(?:equal|{_SIZE}))?(?:\s+(?:than|to))?"
    r"|equal(?:\s+to)?|the\s+same\s+as|at\s+least|at\s+most)"
    r"|(?P<sign>[<>]=?)"
    r"|,?\s+(?:or|and|vs\.?|versus|(?P<conn>with|to))"
    rf")\s*(?P<b>{SIMPLE_NUMBER})",
    re.I,
)
COMPARE_WORDS = re.compile(
    r"\b(?:bigger|larger|greater|higher|smaller|less|lower|more|compare|which\s+is|equal|same\s+as|"
    r"at\s+least|at\s+most)\b|^\s*is\b.*[<>]",
    re.I,
)
COMPARE_VERB = re.compile(r"\bcompare\b", re.I)
# "which is smaller, 5/6 or 7/9?": the question asks for the smaller one
ASKS_SMALLER = re.compile(r"\b(?:smaller|smallest|less|lesser|least|lower|lowest)\b", re.I)
# "which is the largest: 1/2, 2/3 or 3/5?", "order 0.4, 3/8 and 5/12 from least to greatest";
# not "the lowest common multiple of 3, 5 and 7"
COMPARE_LIST = re.compile(
    r"^(?!.*\b(?:common|multiple|factors?|divisor|gcd|gcf|lcm|lcd|hcf)\b).*"
    r"\b(?:largest|biggest|greatest|smallest|least|lowest|highest|order|arrange|sort)\b",
    re.I,
)
NUMBER_LIST = re.compile(
    rf"(?<![\w.^/]){SIMPLE_NUMBER}(?:\s*,\s*{SIMPLE_NUMBER})+(?:,?\s+(?:and|or)\s+{SIMPLE_NUMBER})?"
    rf"(?![\w.^/])",
    re.I,
)
LISTED_NUMBER = re.compile(SIMPLE_NUMBER)
ORDER_ASKED = re.compile(r"\b(?:order|arrange|sort|rank)\b", re.I)
DESCENDING = re.compile(
    r"\b(?:greatest|largest|biggest|highest)\s+to\s+(?:least|smallest|lowest)\b|\bdescending\b",
    re.I,
)

# "simplify 12/18", "reduce 16/40 to lowest terms", "write 18/24 in simplest form",
# "what's 30/45 simplified", "put 12/16 in lowest terms please".
_LOWEST = r"(?:its\s+)?(?:lowest\s+terms|simplest\s+form|simplest\s+terms|reduced\s+form)"
_COURTESY = r"(?:\s*,?\s*(?:please|pls|thanks|thank\s+you|for\s+me))*"
REDUCE = re.compile(
    rf"\b(?:simplify|reduce)\b[^\d-]*(?P<p>-?\d+)\s*/\s*(?P<q>\d+)(?:\s+(?:to|in|into)\s+{_LOWEST})?"
    rf"{_COURTESY}\s*[?.!]*$"
    rf"|(?P<p2>-?\d+)\s*/\s*(?P<q2>\d+)\s+(?:(?:in|to|into)\s+{_LOWEST}|simplified|reduced)"
    rf"{_COURTESY}\s*[?.!]*$",
    re.I,
)

# "add 1/6 and 2/9", "subtract 1/4 from 7/8", "multiply 3/7 by 14/15", "the sum of 1/2 and
# 2/3": fraction arithmetic said in words, each with the infix form it means.
_OPERAND = r"(\d+\s*/\s*\d+|\d+)"
FRACTION_WORDS = (
    (re.compile(rf"\badd\s+{_OPERAND}\s+(?:and|to)\s+{_OPERAND}", re.I), "{0} + {1}"),
    (re.compile(rf"\bsubtract\s+{_OPERAND}\s+from\s+{_OPERAND}", re.I), "{1} - {0}"),
    (re.compile(rf"\bmultiply\s+{_OPERAND}\s+(?:by|and|with)\s+{_OPERAND}", re.I), "{0} times {1}"),
    (re.compile(rf"\bdivide\s+{_OPERAND}\s+by\s+{_OPERAND}", re.I), "{0} divided by {1}"),
    (re.compile(rf"\b(?:the\s+)?sum\s+of\s+{_OPERAND}\s+and\s+{_OPERAND}", re.I), "{0} + {1}"),
    (
        re.compile(
            rf"\b(?:the\s+)?difference\s+(?:of|between)\s+{_OPERAND}\s+and\s+{_OPERAND}", re.I
        ),
        "{0} - {1}",
    ),
    (
        re.compile(rf"\b(?:the\s+)?product\s+of\s+{_OPERAND}\s+and\s+{_OPERAND}", re.I),
        "{0} times {1}",
    ),
    (
        re.compile(rf"\b(?:the\s+)?quotient\s+of\s+{_OPERAND}\s+and\s+{_OPERAND}", re.I),
        "{0} divided by {1}",
    ),
)

# Two on purpose. In the chat, "what is x" next to an equation is a request to solve it; a
# practice question's "what is x + 1?" asks for something else, so questionmath takes only the
# word "solve" (and names the variable itself, whatever its letter, where it asks for it).
SOLVE_REQUEST = re.compile(r"\b(?:solve|find\s+x|what\s+is\s+x|work\s+out\s+x)\b", re.I)
SOLVE = re.compile(r"\bsolve\b", re.I)
# "the roots of x^2 + 2x - 15", "zeros of f(x) = x^2 - 4": an expression set equal to zero.
ROOTS = re.compile(
    r"\b(?:roots?|zero(?:e)?s|solutions?|x[\s-]?intercepts?)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?:(?:equation|polynomial|function|quadratic)\s+)?(?:[a-z]\s*\(\s*[a-z]\s*\)\s*=\s*|y\s*=\s*)?"
    r"(?P<f>[^=]+?)\s*[?.!]*\s*$",
    re.I,
)

# "derivative of x^2", "differentiate: sin(x)", "d/dx of 3x with respect to x", "find dy/dx if
# y = 3x^4", "differentiate cos(2x) please", "derivative of x^2 at x = 3" (`at`: the point).
DERIVATIVE = re.compile(
    r"(?:derivative\s+of|derivative\s*:|differentiate|\bdiff\b|d[a-z]?/dx(?:\s+(?:of|if|for|when|where))?)"
    r"\s*:?\s*"
    r"(?:[a-z]\s*(?:\(\s*[a-z]\s*\))?\s*=\s*)?(?P<f>.+?)"
    r"(?:\s+with\s+respect\s+to\s+(?P<v>[a-z]))?"
    r"(?:\s+(?:at|when|where|for)\s+(?:[a-z]\s*=\s*)?(?P<at>-?\d+(?:\.\d+)?(?:/\d+)?))?"
    rf"{_COURTESY}\s*[?.!]*$",
    re.I,
)

# "the slope of y = x^2 at x = 3", "slope of the tangent to x^3 at x = 1": a derivative at a point
# (a line's slope without a point is asklines').
SLOPE_AT = re.compile(
    r"\bslope\s+of\s+(?:the\s+)?(?:(?:tangent(?:\s+line)?|curve|graph)\s+(?:to|of|at)?\s*)?"
    r"(?:[a-z]\s*(?:\(\s*[a-z]\s*\))?\s*=\s*)?(?P<f>[^=]+?)"
    r"\s+(?:at|when|where)\s+(?:(?P<v>[a-z])\s*=\s*)?(?P<at>-?\d+(?:\.\d+)?(?:/\d+)?)"
    rf"{_COURTESY}\s*[?.!]*$",
    re.I,
)

# "f(x) = x^3, find f'(x)", "g(t) = sin t. What is g'(t)?": the function named before the ask.
# "second derivative of x^4", "the 3rd derivative": the derivative taken again
HIGHER_DERIVATIVE = re.compile(r"\b(?P<n>second|2nd|third|3rd)\s+derivative\b", re.I)
DERIVATIVE_NAMED = re.compile(
    r"(?P<name>[a-z])\s*\(\s*(?P<v>[a-z])\s*\)\s*=\s*(?P<f>[^,;?]+?)\s*[,;.]?\s*"
    r"(?:find|what\s+is|what's|compute|calculate|work\s+out|give)\s+(?P=name)'\s*\(\s*(?P=v)\s*\)",
    re.I,
)
