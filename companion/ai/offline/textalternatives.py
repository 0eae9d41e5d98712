"""Short expected answers that give one answer two names: "Nucleus or nuclei",
"Mitochondrion (mitochondria)", "CO2 / carbon dioxide", "Gravity; gravitational force",
"Chloroplast(s)". Either name alone is the answer. A student who offers two terms is held
to each: both names of the answer ("nucleus or nuclei") are the answer twice, a name and
another term ("nucleus or ribosome", "chloroplast (mitochondria)") a hedge.

Only short names are split (three words or fewer each, at most three of them), so a
statement that says "or" ("it is neither even nor odd", "x < 2 or x > 5") stays whole.
"""

from __future__ import annotations

import re

__all__ = ["alternatives", "answer_parts"]

MAX_WORDS = 3
MAX_NAMES = 3
# "or", "/" between words, ";": the separators of two names
_SEPARATOR = re.compile(r"\s*(?:\bor\b|(?<=[A-Za-z0-9)])\s*/\s*(?=[A-Za-z])|;)\s*", re.I)
# "Mitochondrion (mitochondria)", "Producers (e.g. plants)": a second name in brackets
_BRACKET = re.compile(r"^(?P<head>[^()]*[A-Za-z]{2}[^()]*?)\s+\((?P<alt>[^()]+)\)\s*[.!]?$")
_ASIDE_WORDS = re.compile(r"^(?:e\.?g\.?|i\.?e\.?|also|aka|or)[,:]?\s+", re.I)
_PLURAL_S = re.compile(r"(?<=[A-Za-z])\((?:s|es)\)", re.I)  # "Chloroplast(s)"
# a name is words ("carbon dioxide", "CO2", "Newton's law"), never math ("(4,Inf)", "x+4")
_NAME = re.compile(r"[A-Za-z][\w'.-]*(?:\s+[\w'.-]+)*")
_STATEMENT = re.compile(r"^(?:either|neither|whether|both)\b|\band/or\b|\bnor\b", re.I)


def _names(text: str) -> list[str]:
    bracket = _BRACKET.match(text)
    if bracket:
        parts = [bracket["head"], _ASIDE_WORDS.sub("", bracket["alt"].strip())]
    else:
        parts = _SEPARATOR.split(text)
    return [p.strip(" ,.") for p in parts if p.strip(" ,.")]


def _short(names: list[str]) -> bool:
    return 1 < len(names) <= MAX_NAMES and all(
        len(n.split()) <= MAX_WORDS and _NAME.fullmatch(n) for n in names
    )


def alternatives(expected: str) -> list[str]:
    """The names an expected short answer gives its one answer; [] when it gives one."""
    text = expected.strip()
    if _STATEMENT.search(text):
        return []
    single = _PLURAL_S.sub("", text)
    names = _names(single)
    if _short(names):
        return names
    return [single] if single != text else []


def answer_parts(answer: str) -> list[str]:
    """The terms a student's answer offers when it names more than one (by "or", "/", ";"
    or brackets), else []."""
    names = _names(answer.strip())
    return names if _short(names) else []
