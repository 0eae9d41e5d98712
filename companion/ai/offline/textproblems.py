"""Non-math practice from the knowledge base and transcripts: cloze, definitions, explain."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from companion.ai.kb import KBConcept, KnowledgeBase
from companion.ai.offline.retrieval import corrected, split_turns, tokenize
from companion.ai.schemas import ConceptRef, Difficulty, Problem

BLANK = "_____"
_SPEAKER = re.compile(r"^\s*[\w .'-]{1,30}:\s*")
_FILLER = re.compile(
    r"^(?:(?:right|yes|yeah|exactly|okay|ok|so|well|great|good|correct|nice)\b[,.!]?\s+)+", re.I
)


@dataclass(frozen=True)
class Source:
    """What text problems are written from: a KB concept or a bare ConceptRef."""

    name: str
    description: str
    terms: tuple[str, ...]
    facts: tuple[str, ...]
    distractors: tuple[str, ...]


def source_for(ref: ConceptRef, concept: KBConcept | None, kb: KnowledgeBase) -> Source:
    """Build the problem source, preferring the KB concept's richer data."""
    if concept is None:
        short_points = tuple(k for k in ref.key_points if len(k.split()) <= 3)
        return Source(
            ref.name, ref.description, (ref.name, *short_points), tuple(ref.key_points), ()
        )
    neighbours = tuple(n.name for n in kb.neighbours(concept.id))
    terms = (concept.name, *concept.keywords, *concept.synonyms)
    return Source(concept.name, concept.description, terms, concept.facts, neighbours)


def _find_term(sentence: str, terms: tuple[str, ...]) -> re.Match | None:
    """The longest term that occurs as whole words in the sentence."""
    for term in sorted({t for t in terms if len(t) > 2}, key=len, reverse=True):
        match = re.search(rf"\b{re.escape(term)}\b", sentence, re.IGNORECASE)
        if match:
            return match
    return None


def _cloze(sentence: str, source: Source, difficulty: Difficulty, origin: str) -> Problem | None:
    """Blank the concept's term in a sentence; the answer is that term."""
    match = _find_term(sentence, source.terms)
    if match is None:
        return None
    term = match.group(0)
    if not tokenize(term):  # "Please", "Okay": a word with no topic is no blank to fill
        return None
    # A label that contains the missing term would give it away ("(Photosynthesis): ... for ___").
    label = "" if _shares_word(origin, term) else f" ({origin})"
    question = (
        f"Fill in the blank{label}: {sentence[: match.start()]}{BLANK}{sentence[match.end() :]}"
    )
    return Problem(
        question=question,
        type="short_answer",
        correctAnswer=term,
        explanation=f"The full statement reads: {sentence}",
        difficulty=difficulty,
        hint=f"It starts with '{term[0]}' and has {len(term)} characters.",
    )


def _shares_word(a: str, b: str) -> bool:
    stems = [
        {w.rstrip("s") for w in re.findall(r"[a-z]+", t.lower()) if len(w) > 2} for t in (a, b)
    ]
    return bool(stems[0] & stems[1])


def fact_clozes(source: Source, difficulty: Difficulty) -> list[Problem]:
    """Cloze problems from the concept's facts."""
    problems = (_cloze(fact, source, difficulty, source.name) for fact in source.facts)
    return [p for p in problems if p is not None]


def sentences(transcript: str) -> list[str]:
    """Statements from the transcript, 6-40 words, without speaker labels.

    A student's turn that the tutor then corrected is not a fact to practise, and a
    question states nothing, so neither becomes a fill-in-the-blank.
    """
    turns = split_turns(transcript)
    wrong = corrected(turns)
    lines = (_SPEAKER.sub("", t) for i, t in enumerate(turns) if i not in wrong)
    parts = (_FILLER.sub("", s.strip()) for line in lines for s in re.split(r"(?<=[.!?])\s+", line))
    kept = [s for s in parts if 6 <= len(s.split()) <= 40 and not s.endswith("?")]
    return [s[:1].upper() + s[1:] for s in kept]


def transcript_clozes(source: Source, transcript: str, difficulty: Difficulty) -> list[Problem]:
    """Cloze problems from the student's own session sentences that use the concept's terms."""
    problems = (_cloze(s, source, difficulty, "from your session") for s in sentences(transcript))
    return [p for p in problems if p is not None]


def _masked(text: str, name: str) -> str:
    """The description with the concept's own name blanked out."""
    return re.sub(rf"\b{re.escape(name)}\b", BLANK, text, flags=re.IGNORECASE)


def definition(source: Source, rng: random.Random, difficulty: Difficulty) -> Problem | None:
    """ "Which term means ...?" with neighbouring concepts as distractors."""
    others = [d for d in dict.fromkeys(source.distractors) if d.lower() != source.name.lower()]
    if len(others) < 3 or not source.description:
        return None
    choices = [source.name, *rng.sample(others, 3)]
    rng.shuffle(choices)
    return Problem(
        question=f"Which term means: {_masked(source.description, source.name)}",
        type="multiple_choice",
        options=choices,
        correctAnswer=source.name,
        explanation=f"{source.name}: {source.description}",
        difficulty=difficulty,
        hint="Eliminate the options you can define differently.",
    )


def explain(source: Source, difficulty: Difficulty) -> Problem | None:
    """An open "explain" problem graded by the concept's key terms."""
    key_terms = [t for t in source.terms[1:] if len(t.split()) <= 3][:4]
    if not key_terms:
        return None
    facts = " ".join(source.facts)
    return Problem(
        question=f"In a few sentences, explain {source.name}. Use the key terms.",
        type="short_answer",
        correctAnswer=", ".join(key_terms),
        explanation=f"{source.description} {facts}".strip(),
        difficulty=difficulty,
        hint=f"Mention: {', '.join(key_terms[:2])} ...",
    )


def text_problems(
    source: Source, rng: random.Random, difficulty: Difficulty, transcript: str = ""
) -> list[Problem]:
    """Every text problem this source yields, transcript clozes first."""
    problems = transcript_clozes(source, transcript, difficulty) if transcript else []
    problems += fact_clozes(source, difficulty)
    extra = [definition(source, rng, difficulty), explain(source, difficulty)]
    return problems + [p for p in extra if p is not None]
