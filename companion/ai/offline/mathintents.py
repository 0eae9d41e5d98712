"""The wordings that ask for a math result: a percent of a number, a derivative, a solution.

One home for them, so the chat's worked answers (askmath, askpercent) and the check of what a
practice question states (companion/ai/questionmath.py) read the same words the same way.
"""

from __future__ import annotations

import re

from companion.ai.offline.askformat import SIMPLE_NUMBER

# "15% of 80", "20 percent of $1,250", "-5% of 20", "1/2% of 40".
PERCENT_OF = re.compile(
    rf"(?P<p>{SIMPLE_NUMBER})\s*(?:%|percent)\s+of\s+\$?(?P<n>-?[\d,]+(?:\.\d+)?)", re.I
)

# Two on purpose. In the chat, "what is x" next to an equation is a request to solve it; a
# practice question's "what is x + 1?" asks for something else, so questionmath takes only the
# word "solve" (and names the variable itself, whatever its letter, where it asks for it).
SOLVE_REQUEST = re.compile(r"\b(?:solve|find\s+x|what\s+is\s+x|work\s+out\s+x)\b", re.I)
SOLVE = re.compile(r"\bsolve\b", re.I)

# "derivative of x^2", "differentiate: sin(x)", "d/dx of 3x with respect to x"; the function
# runs to the end of the message.
DERIVATIVE = re.compile(
    r"(?:derivative\s+of|differentiate|d/dx(?:\s+of)?)\s*:?\s*(?P<f>.+?)"
    r"(?:\s+with\s+respect\s+to\s+(?P<v>[a-z]))?\s*[?.!]*$",
    re.I,
)
