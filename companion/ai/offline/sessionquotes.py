"""What the chat quotes from a session: the line of the best-matching passage that teaches
what was asked (the tutor's explanation over a line that only names the concept, over the
student's request), never a student statement the tutor corrected."""

from __future__ import annotations

import re

from companion.ai.kb import KBConcept
from companion.ai.offline.retrieval import corrected, is_tutor, split_turns, tokenize
from companion.ai.schemas import SessionDoc

EXCERPT_CHARS = 280
TEACHING_WORDS = 4  # content words beyond the question's and praise: the line teaches
_SPEAKER_TAG = re.compile(r"^\s*[\w .'-]{1,30}:\s")
_PRAISE = frozenset(tokenize("good great nice exactly correct keep going well done job perfect"))


def quote_from(text: str, message: str, doc: SessionDoc, topic: KBConcept | None = None) -> str:
    """The turn that best matches the question (a statement over a question), and its answer.

    A student statement the tutor then corrected is never quoted as what was covered.
    """
    turns = split_turns(doc.transcript)
    wrong = {turns[i] for i in corrected(turns)}
    words = set(tokenize(message))
    lines = text.split("\n")
    usable = [i for i, t in enumerate(lines) if t not in wrong]
    if not usable:
        return ""

    named = set(tokenize(topic.name)) if topic else set()

    def rank(i: int) -> tuple[bool, bool, bool, float, bool, int]:
        # The topic's own name is in every passage about it; the other words say what is asked.
        # A line that teaches ("The 3 multiplies everything inside the parentheses. Distribute
        # the 3 ...") beats one that only names it ("Yes, that's the distributive property."),
        # and the tutor's beats the student's ("Can we do slope next time?").
        said = set(tokenize(_SPEAKER_TAG.sub("", lines[i])))
        hits = sum((0.5 if w in named else 1.0) * _match(w, said) for w in words)
        teaches = len(said - named - words - _PRAISE) >= TEACHING_WORDS
        return hits > 0, teaches, is_tutor(lines[i]), hits, not lines[i].endswith("?"), -i

    best = max(usable, key=rank)
    # A question is quoted with the reply that answers it; a statement stands alone.
    following = lines[best + 1 : best + 2] if lines[best].endswith("?") else []
    quoted = [lines[best], *(t for t in following if t not in wrong)]
    return shorten(" ".join(quoted))


def _match(word: str, said: set[str]) -> float:
    """1 for the word itself, half for each word of the same family ("distribute" for
    "distributive": all but the last two letters of the shorter one shared, so "chloroplast"
    is no "chlorophyll") or that ends in it ("prophase", "metaphase" for "phase"), at most 1."""
    if word in said:
        return 1.0
    if len(word) < 5:
        return 0.0
    kin = [w for w in said if (len(word) >= 6 and _same_family(word, w)) or w.endswith(word)]
    return min(0.5 * len(kin), 1.0)


def _same_family(a: str, b: str) -> bool:
    shared = next(
        (i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    return shared >= 5 and shared >= min(len(a), len(b)) - 2


def shorten(text: str) -> str:
    if len(text) <= EXCERPT_CHARS:
        return text
    return text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"
