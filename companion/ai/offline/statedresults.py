"""Results a tutor turn states or works out for the student: "the answer is 17", "26 - 17 =
9", "X = $180", "one quarter of 80 is 20.", "Socks come in pairs, so 90.", the tutor's own ("Hmm, I got 36
though"); the side of an
equation to solve ("Solve 2(x + 3) = 14.") is no result."""

from __future__ import annotations

import re

from companion.ai.offline.verdicts import plain_number

# "The answer is 17", "if I tell you the answer is 150": the tutor gives the result away
_REVEAL = re.compile(
    r"\banswer (?:you'?re looking for |of |is |was |should be |would be |will be )"
    r"(?:actually |just )?\$?(-?\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*[-+x*/×÷])|"
    r"(-?\d[\d,]*(?:\.\d+)?)(?:\s+[a-z]+)?\s+is the (?:correct |right |final )?answer|"
    r"(?:=|equals)\s*\$?(-?\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*[-+x*/×÷])|"
    # a statement that ends on its result: "Socks always come in pairs, so 90."
    r",\s*so\s+\$?(-?\d[\d,]*(?:\.\d+)?)(?:\s*%|\s+[a-z]+)?\s*(?:[.!]+(?:\s|$)|$)|"
    # the tutor's own result: "Hmm, I got 36 though", "I'm getting 36", "I came up with 36"
    r"(?:^|[.!?]\s+)\W*(?:(?:hmm+|well|oh|but|actually|ok(?:ay)?|so|wait)\W+)*i(?:'m| am)? "
    r"(?:got|get|getting|came up with|come up with|ended up with)\s+(?:(?:an? |the )?(?:answer|"
    r"total|result) of\s+)?\$?(-?\d[\d,]*(?:\.\d+)?)(?![\d,.]*\s*[-+x*/×÷])"
    # ... ending its clause, a unit at most after it (not a story: "I got 3 apples and ate 1")
    r"(?:\s*%|\s+(?!(?:of|out|times|more|less|fewer)\b)[a-z]+)?\s*(?:[.!?,;]|$|\b(?:though|tho|"
    r"instead|when|if|for (?:it|that|this|the)|myself|as (?:my|the) answer)\b)"
)


def stated_results(text: str) -> set[str]:
    """Results the tutor states outright: "the answer is 17", "26 - 17 = 9", "X = $180"; not
    the side of an equation to solve ("Solve 2(x + 3) = 14.", "4x + 1 = 13")."""
    lowered = text.lower()
    return {
        plain_number(v)
        for m in _REVEAL.finditer(lowered)
        if not _TO_SOLVE.search(lowered, 0, m.start())  # the match starts at its "="
        for v in m.groups()
        if v
    }


# an unknown worked on before the "=": "2(x + 3)", "4x + 1", "5x - 2y" (not "x" alone, nor
# the "x" of a product: "so 8 x 6 = 48")
_TO_SOLVE = re.compile(
    r"(?:\d\s*\(?(?!x\s*\$?\d)[a-z]\b|\b[a-z]\s*[-+*/^]\s*[\w(]|[-+*/]\s*\(?[a-z]\b)[^=.!?,:;]*$"
)


# a statement that works out its result from another number and ends on it: "one quarter of
# 80 is 20.", "we divide 80 by 4 and get 20" (not the data: "there are 100 students only")
_ENDS_ON_RESULT = re.compile(
    r"\d[^.!?]*?(?:\b(?:is(?: worth)?|get|gets|gives?|makes?|equals?)|=)\s+\$?(-?\d[\d,]*(?:\.\d+)?)"
    r"(?![\d/:])(?:\s*%|\s+[a-z]+){0,2}\s*[.!]*\s*$"
)


def corrected_to(text: str) -> set[str]:
    """The results a correction works out for the student: those stated outright and the
    values its statements end on ("Not quite. 25% is one quarter, and one quarter of 80 is
    20."); a question ("What is one quarter of 80?") gives nothing away."""
    statements = [x for x in re.split(r"(?<=[.!?])\s+", text.lower()) if not x.endswith("?")]
    ends = {m.group(1) for x in statements if (m := _ENDS_ON_RESULT.search(x)) and not _solves(x)}
    return stated_results(text) | {plain_number(v) for v in ends}


def _solves(statement: str) -> bool:
    """A statement whose last "=" closes an equation to solve ("Remember 2x + 6 = 14.")."""
    cut = statement.rfind("=")
    return cut >= 0 and bool(_TO_SOLVE.search(statement, 0, cut))
