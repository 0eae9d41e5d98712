"""The term a short text answer gives, read the way a number is read from a sentence.

"i think its supply and demand", "um the mitochondria?", "friction, i think" and "not sure,
kinetic energy" give one answer each, as "I think it's 16" gives 16: the fillers around it
and a remark about being unsure are no part of it. Two terms joined by "or" or "but"
("supply or demand", "mitochondria but it could be the nucleus") are two answers, a hedge;
a guess word ("maybe", "probably") before one term makes it a guess.
"""

from __future__ import annotations

import re

from companion.ai.offline.answertext import GUESS

__all__ = ["bare_text", "text_hedge", "two_answers", "without_guess"]

_UNSURE = (
    r"(?:(?:but\s+)?(?:i'?m\s+|im\s+)?not\s+(?:really\s+|totally\s+|100%?\s+|quite\s+)?sure"
    r"|idk|i\s+don'?t\s+know|dunno)"
)
_FILLER = (
    r"(?:u+m+|u+h+m*|e+r+m*|h+m+|well|ok(?:ay)?|so|oh|like|hey"
    r"|i\s+(?:think|believe|reckon|feel\s+like)|i'?d\s+say|i\s+would\s+say"
    r"|(?:i'?m\s+|im\s+)?(?:pretty\s+|fairly\s+|quite\s+|very\s+)?(?:sure|certain)"
    r"|it'?s|it\s+is|it\s+would\s+be|it\s+should\s+be|that'?s|thats|that\s+is|they'?re|theyre"
    r"|they\s+are|is\s+it|(?:the|my)\s+(?:final\s+)?answer\s+(?:is|would\s+be)|answer\s*:"
    rf"|{_UNSURE})"
)
_SEPARATOR = r"[\s,.:;!?…]"
_LEAD = re.compile(rf"^(?:{_FILLER}(?=$|{_SEPARATOR}){_SEPARATOR}*)+", re.I)
_TAIL = re.compile(
    rf"(?:{_SEPARATOR}+(?:but\s+)?(?:i\s+(?:think|believe|reckon)|right|yeah|lol"
    rf"|isn'?t\s+it|aren'?t\s+they|{_UNSURE}))*"
    rf"{_SEPARATOR}*$",
    re.I,
)
_JOINER = re.compile(r"\s*(?:,\s*)?\b(?:or(?!\s+so\b)|but)\b\s*", re.I)  # "or so" is a guess
# "I guess", "my guess is", "maybe": the words of a guess, left out of what it names
_GUESS_WORDS = re.compile(rf"(?:\b(?:i|i'?d|my)\s+)?(?:{GUESS.pattern})(?:\s+is\b)?", re.I)


def bare_text(answer: str, expected: str = "") -> str:
    """The answer without the fillers before and after it; words the expected answer
    itself starts or ends with ("It is a function") are kept."""
    text = answer.strip()
    if _LEAD.sub("", expected.strip()) == expected.strip():
        text = _LEAD.sub("", text)
    if _TAIL.sub("", expected.strip()) == expected.strip().rstrip(".!?…"):
        text = _TAIL.sub("", text)
    return text.strip() or answer.strip()


def two_answers(expected: str, bare: str, same: object) -> list[str]:
    """The terms an answer offers when it joins two by "or"/"but" that the expected answer
    does not use; `same(a, b)` says when two parts are the same term ("nuclei or nucleus")."""
    if _JOINER.search(expected):
        return []
    parts = [p.strip(" ,.") for p in _JOINER.split(bare)]
    parts = [p for p in parts if p]
    if len(parts) < 2 or all(same(parts[0], p) for p in parts[1:]):  # type: ignore[operator]
        return []
    return parts


def text_hedge(expected: str, bare: str) -> str | None:
    """The guess word that makes one text answer a guess, when the expected has none."""
    guess = GUESS.search(bare)
    if guess is None or GUESS.search(expected):
        return None
    return guess[0]


def without_guess(bare: str) -> str:
    """The term a guess names ("maybe mitochondria" -> "mitochondria")."""
    text = _GUESS_WORDS.sub(" ", bare)
    return bare_text(re.sub(r"\s+", " ", text).strip(" ,.")) or bare
