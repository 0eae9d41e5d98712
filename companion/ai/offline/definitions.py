"""Definition questions about a term the knowledge base lists under a concept: "what is a
denominator", "what does numerator mean", "define adjective". The term is one of a
concept's keywords, not its name, so the answer is that concept, with the facts that use
the term first."""

from __future__ import annotations

import re
from functools import cache

from companion.ai.kb import KBConcept, load_kb

_ARTICLES = frozenset({"a", "an", "the"})
# what students call an area when they name the field of a term ("a stack in programming")
_AREA_WORDS = {
    "computer_science": ("programming", "coding", "code", "python", "java", "javascript", "cs"),
    "math": ("maths", "mathematics"),
}
_VERB = r"(?:is|are|means?|describes?|names?|tells?|has|have|shows?|measures?)\b"
_DEFINE = re.compile(
    r"^\s*(?:(?:so|ok|okay|um+|hey|hi|and|but)[\s,]+)*(?:can\s+you\s+|pls\s+|please\s+)?"
    r"(?:what\s+(?:is|are|r)|what'?s|whats|wat\s+is|wats|define|definition\s+of|meaning\s+of"
    r"|what\s+(?:does|do)|explain|what\s+is\s+meant\s+by)\s+(?:an?\s+|the\s+)?"
    r"(?P<term>[a-z][a-z' -]{0,40}?)(?:\s+means?|\s+again)?(?:\s+(?:in|for)\s+(?P<field>[a-z ]{2,30}?))?"
    r"(?:\s+(?:please|pls|plz))?\s*[?.!]*\s*$",
    re.I,
)


def defined_term(message: str) -> tuple[str, KBConcept] | None:
    """The term a definition question asks about, and the KB concept that lists it as a
    keyword (the one whose text uses the term most); None when no keyword fits."""
    match = _DEFINE.search(message)
    if match is None or not (words := _words(match["term"])):
        return None
    listing = [
        c for c in load_kb().concepts.values() if any(_words(k) == words for k in c.keywords)
    ] or _defining(match["term"].strip(), words)
    if match["field"]:  # "a variable in math": the concepts of that subject or area first
        listing = [c for c in listing if _in_field(c, match["field"])] or _defining(
            match["term"].strip(), words, match["field"]
        )
    if not listing:
        return None
    term = match["term"].strip()

    def says(c: KBConcept) -> tuple[int, int]:
        texts = (c.description, *c.facts)
        return sum(_defines(t, term) for t in texts), sum(_uses(t, words) for t in texts)

    return term, max(listing, key=says)


def outside_field(message: str, concept: KBConcept) -> bool:
    """Whether a definition question names a field ("a function in python") that the concept
    is not part of, so a concept of that field answers it instead."""
    match = _DEFINE.search(message)
    if match is None or not match["field"]:
        return False
    return not _in_field(concept, match["field"])


def _defining(term: str, words: list[str], field: str = "") -> list[KBConcept]:
    """With no keyword equal to the term: the concepts with a kind of it as a keyword ("noun"
    under "proper noun") or a sentence that says what it is ("An atom is ...") in the field
    asked about, if any ("a producer in biology"), those that open a sentence with it or name
    it in their own name ("Atomic structure") first."""
    scored = []
    heads = _keyword_heads()
    for c in load_kb().concepts.values():
        if field and not _in_field(c, field):
            continue
        texts = [t for t in (c.description, *c.facts) if term.lower() in t.lower()]
        kinds = len(words) == 1 and words[0] in heads[c.id]
        if kinds or any(_defines(t, term) for t in texts):
            opens = any(_opens(t, term) for t in texts)
            named = any(w.startswith(words[0]) for w in _words(c.name))
            scored.append(((opens, named), c))
    best = max((score for score, _ in scored), default=None)
    return [c for score, c in scored if score == best]


@cache
def _keyword_heads() -> dict[str, frozenset[str]]:
    """Each concept's keywords' last words ("noun" of "proper noun"), read once."""
    return {
        c.id: frozenset(_singular(k.lower().split()[-1]) for k in c.keywords if k.strip())
        for c in load_kb().concepts.values()
    }


def _opens(text: str, term: str) -> bool:
    """Whether a sentence of the text starts with the term and says what it is."""
    said = re.escape(term).replace(r"\ ", r"\s+")
    return re.search(rf"(?:^|[.!?]\s+)(?:an?\s+|the\s+)?{said}\s+{_VERB}", text, re.I) is not None


def _in_field(concept: KBConcept, field: str) -> bool:
    subject = load_kb().subjects[concept.subject_id]
    named = _words(f"{subject.id.replace('_', ' ')} {subject.name} {subject.area}")
    return bool(set(_words(field)) & {*named, *_AREA_WORDS.get(subject.area, ())})


def _words(text: str) -> list[str]:
    """A term's words, singular, without articles ("the mean" and "means" are "mean"; the
    search's own tokens drop words such as "mean" as too common to search by)."""
    words = re.findall(r"[a-z0-9']+", text.lower())
    return [_singular(w) for w in words if w not in _ARTICLES]


def _singular(word: str) -> str:
    if word.endswith(("ches", "shes", "xes", "sses", "zes", "uses")):
        return word[:-2]
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "us", "is")) else word


def _uses(text: str, words: list[str]) -> bool:
    joined = f" {' '.join(_words(text))} "
    return f" {' '.join(words)} " in joined


def _defines(text: str, term: str) -> bool:
    """Whether a sentence says what the term is ("the denominator is 4", "an adjective
    describes a noun")."""
    said = re.escape(term).replace(r"\ ", r"\s+")
    return re.search(rf"\b{said}(?:e?s)?\s+{_VERB}", text, re.I) is not None


def facts_about(concept: KBConcept, term: str) -> list[str]:
    """The concept's facts, those that say what the term is first, then those that use it."""
    words = _words(term)
    if not words:
        return list(concept.facts)
    return sorted(concept.facts, key=lambda f: (not _defines(f, term), not _uses(f, words)))
