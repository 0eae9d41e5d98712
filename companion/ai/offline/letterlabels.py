"""Letters that name things in an answer ("A is the function", "it's B", "A or B"), told
apart from the article "a" and the pronoun "I"."""

from __future__ import annotations

import re

from companion.ai.offline.mathtext import normalise

__all__ = ["AFTER_LABEL", "is_article", "letter_labels", "raw_words"]

_RAW_WORD = re.compile(r"[A-Za-z0-9]+")
# what follows a letter that names a thing ("A is the function", "A or B"); an article
# "A" is followed by the noun it introduces ("A function is ...")
AFTER_LABEL = frozenset(
    re.findall(
        r"\w+", "is was are has does and or but only not isnt doesnt represents shows because"
    )
)


def raw_words(text: str) -> list[str]:
    """The words and numbers of a text as written (case kept, apostrophes dropped)."""
    return _RAW_WORD.findall(text.replace("'", "").replace("’", ""))


def is_article(raw: list[str], i: int) -> bool:
    """Whether raw[i] is the article "a"/"A", not a letter naming a choice: a lower-case
    "a", or "A" before the lower-case noun it introduces."""
    if raw[i] == "a":
        return True
    following = raw[i + 1] if i + 1 < len(raw) else ""
    return raw[i] == "A" and following.islower() and following not in AFTER_LABEL


def letter_labels(text: str) -> set[str]:
    """The capital letters a text names things by ("A is the function", "it's B", "A or
    B"): a capital standing alone, not the pronoun "I" and not the article "A"."""
    raw = raw_words(normalise(text))
    return {
        w
        for i, w in enumerate(raw)
        if len(w) == 1 and w.isupper() and w != "I" and not is_article(raw, i)
    }
