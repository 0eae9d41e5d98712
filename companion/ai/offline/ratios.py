"""Ratios graded as ratios: "3:4", "3 : 4", "3 to 4", "3 boys to 4 girls" and, where the
question asks for a ratio, "3/4" all answer "3:4".

A ratio is right when its terms are in the same proportion as the expected ones, in the same
order ("4:3" is the other ratio); where the question asks for simplest form (lowest terms),
"12:16" has the right proportion but not the form asked for. A decimal ("0.75") is no ratio.
Two different ratios are a hedge. When the question asks for a ratio, "5:12" is a ratio, not
a time of day.
"""

from __future__ import annotations

import re
from math import gcd

import sympy

from companion.ai.offline.answerform import asks_lowest_terms
from companion.ai.offline.answertext import GUESS, HEDGE, final_text
from companion.ai.offline.feedbacktexts import CORRECT, GUESSED, HEDGED
from companion.ai.schemas import Grade

__all__ = ["asks_ratio", "grade_ratio"]

Ratio = tuple[sympy.Rational, ...]
_ASKED = re.compile(r"\bratios?\b", re.I)
_NUM = r"\d+(?:\.\d+)?"
_COLONS = re.compile(rf"(?<![\d.:/])-?{_NUM}(?:\s*:\s*-?{_NUM})+(?![\d.:/])")
# "3 to 4", "3 boys to 4 girls", "3 boys for every 4 girls"
_TO = re.compile(
    rf"(?<![\d.:/])(-?{_NUM})(?:\s+[A-Za-z]+)?\s+(?:to|for\s+every)\s+(-?{_NUM})"
    r"(?:\s+[A-Za-z]+)?(?![\d.:/])",
    re.I,
)
_FRACTION = re.compile(rf"(-?{_NUM})\s*/\s*(-?{_NUM})")


def asks_ratio(question: str) -> bool:
    """Whether the question is about a ratio ("What is the ratio of boys to girls?")."""
    return bool(_ASKED.search(question))


def _terms(text: str) -> Ratio:
    return tuple(sympy.Rational(t) for t in re.findall(rf"-?{_NUM}", text))


def ratios_in(text: str) -> list[Ratio]:
    """The ratios a text writes with colons or "to", in order."""
    found = [(m.start(), _terms(m[0])) for m in _COLONS.finditer(text)]
    found += [(m.start(), _terms(f"{m[1]} {m[2]}")) for m in _TO.finditer(text)]
    return [ratio for _, ratio in sorted(found, key=lambda f: f[0])]


def _whole_ratio(text: str, asked: bool) -> Ratio | None:
    """The ratio a whole expected answer is ("3:4"; "3/4" when the question asks for one)."""
    plain = text.strip().rstrip(".")
    if _COLONS.fullmatch(plain) or (asked and _TO.fullmatch(plain)):
        return ratios_in(plain)[0]
    if asked and (fraction := _FRACTION.fullmatch(plain)):
        return _terms(f"{fraction[1]} {fraction[2]}")
    return None


def same_ratio(a: Ratio, b: Ratio) -> bool:
    """The same number of terms in the same proportion ("6:8" is "3:4")."""
    if len(a) != len(b) or not any(a) or not any(b):
        return False
    i = next(k for k, t in enumerate(a) if t)
    return all(x * b[i] == y * a[i] for x, y in zip(a, b, strict=True))


def _lowest(ratio: Ratio) -> bool:
    whole = all(t.is_integer for t in ratio)
    return whole and gcd(*(int(t) for t in ratio)) == 1


def _show(ratio: Ratio) -> str:
    return ":".join(str(t) for t in ratio)


def grade_ratio(question: str, expected: str, answer: str) -> Grade | None:
    """The grade of an answer to an expected ratio; None when the expected is no ratio (or
    the question asks for none and the expected is no "a:b")."""
    asked = asks_ratio(question)
    want = _whole_ratio(expected, asked)
    if want is None or (not asked and len(want) == 2 and re.search(r":\d\d\b", expected)):
        return None  # "3:30" with no ratio asked is a time of day
    text = final_text(answer)
    said = ratios_in(text)
    if not said and (fraction := _FRACTION.fullmatch(text)):
        said = [_terms(f"{fraction[1]} {fraction[2]}")]
    distinct: list[Ratio] = []
    for ratio in said:
        if not any(same_ratio(ratio, seen) for seen in distinct):
            distinct.append(ratio)
    if not distinct:
        return None  # no ratio in the answer: read it as other math
    final = said[-1]  # "12 to 16 is 3:4" ends on the ratio it settles on
    read = _show(final)
    if len(distinct) == 1 and (guess := GUESS.search(text)):
        return _wrong(f"Read as {read}, but “{guess[0]}” makes it a guess. {GUESSED}")
    if len(distinct) > 1 or HEDGE.search(text):
        return _wrong(f"Read as {' or '.join(_show(r) for r in distinct)}: {HEDGED}")
    if not same_ratio(want, final):
        return _wrong(f"Read as {read}: that is not the expected ratio, {_show(want)}.")
    if asks_lowest_terms(question) and _lowest(want) and not _lowest(final):
        return _wrong(
            f"Read as {read}: that is the right proportion, but the question asks for the"
            f" ratio in simplest form, {_show(want)}."
        )
    return Grade(correct=True, score=1.0, feedback=f"{CORRECT} Read as {read}.")


def _wrong(feedback: str) -> Grade:
    return Grade(correct=False, score=0.0, feedback=feedback)
