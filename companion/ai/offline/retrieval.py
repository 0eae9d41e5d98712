"""BM25 retrieval over the acting student's own sessions (pure Python)."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import lru_cache

from companion.ai.kb import KBConcept, KnowledgeBase, load_kb
from companion.ai.offline.transcripts import TranscriptError, parse_transcript
from companion.ai.schemas import Citation, SessionDoc

TURNS_PER_CHUNK = 4
TURN_STEP = 3  # one turn of overlap keeps a question next to its answer
K1 = 1.5
B = 0.75

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_SPEAKER = re.compile(r"^\s*[\w .'-]{1,30}:\s")
# Function words carry no topic; dropping them keeps BM25 on the words that matter.
_STOPWORD_TEXT = """
a about above after again all also am an and any are as at be because been before being
below between both but by can could did do does doing don't down during each few for
from further had has have having he her here hers him his how i i'm if in into is it
it's its just let's me more most my no nor not now of off on once only or other our out
over own same she should so some such than that that's the their them then there these
they this those through to too under until up very was we we're were what when where
which while who whom why will with would you you're your yours ok okay yeah yes right so
um uh like really get got tell remember did talked explain learn learned cover covered
discuss discussed go went again know mean meaning thing things stuff show please
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())


def tokenize(text: str) -> list[str]:
    """Lower-case content words, lightly stemmed so 'cells' finds 'cell'."""
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in STOPWORDS]


@lru_cache(maxsize=65536)  # a student's vocabulary repeats; stemming each word once is enough
def _stem(word: str) -> str:
    # Plural and past-tense endings only: enough to join "equations"/"equation".
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)] + keep
    return word


@dataclass(frozen=True)
class Chunk:
    """A passage of one session: a window of transcript turns, its summary or its concepts."""

    session_id: int
    kind: str  # "transcript" | "summary" | "concepts"
    text: str


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float


def split_turns(transcript: str) -> list[str]:
    """The transcript's turns as `Tutor: ...` / `Student: ...` lines, whatever its format
    (WebVTT, SRT and JSON read as the analysis reads them: no cue numbers, timestamps or
    JSON in a quote); a speaker whose role is unknown keeps their name."""
    return list(_dialogue(transcript))


_ROLE_LABEL = {"tutor": "Tutor", "student": "Student"}


@lru_cache(maxsize=32)  # a chat turn reads the same few sessions; whole texts, so few
def _dialogue(transcript: str) -> tuple[str, ...]:
    try:
        turns = parse_transcript(transcript).turns
    except TranscriptError:
        return tuple(_speaker_lines(transcript))
    return tuple(f"{_ROLE_LABEL.get(t.role, t.speaker)}: {' '.join(t.text.split())}" for t in turns)


def _speaker_lines(transcript: str) -> list[str]:
    """Speaker turns: a line starting with 'Name:' opens a turn, other lines continue it."""
    turns: list[str] = []
    for line in transcript.splitlines():
        if not line.strip():
            continue
        if turns and not _SPEAKER.match(line):
            turns[-1] = f"{turns[-1]} {line.strip()}"
        else:
            turns.append(line.strip())
    return turns


def chunk_session(doc: SessionDoc) -> list[Chunk]:
    """Overlapping windows of turns plus one summary chunk and one concepts chunk."""
    turns = split_turns(doc.transcript)
    chunks = [
        Chunk(doc.id, "transcript", "\n".join(turns[start : start + TURNS_PER_CHUNK]))
        for start in range(0, max(len(turns) - 1, 1), TURN_STEP)
        if turns[start : start + TURNS_PER_CHUNK]
    ]
    if doc.summary.strip():
        chunks.append(Chunk(doc.id, "summary", doc.summary.strip()))
    if doc.concepts:
        chunks.append(Chunk(doc.id, "concepts", f"{doc.subject}: " + ", ".join(doc.concepts)))
    return chunks


@dataclass
class SessionIndex:
    """A BM25 index over every chunk of a student's sessions."""

    sessions: list[SessionDoc]
    chunks: list[Chunk] = field(default_factory=list)
    _terms: list[Counter[str]] = field(default_factory=list)
    _df: Counter[str] = field(default_factory=Counter)
    _avg_len: float = 1.0

    def __post_init__(self) -> None:
        for doc in self.sessions:
            # The subject name travels with every chunk so "biology" finds biology sessions.
            for chunk in chunk_session(doc):
                self.chunks.append(chunk)
                self._terms.append(Counter(tokenize(f"{doc.subject} {chunk.text}")))
        for terms in self._terms:
            self._df.update(terms.keys())
        lengths = [sum(t.values()) for t in self._terms]
        self._avg_len = (sum(lengths) / len(lengths)) if lengths else 1.0

    def session(self, session_id: int) -> SessionDoc:
        """The session a chunk came from."""
        return next(doc for doc in self.sessions if doc.id == session_id)

    def coverage(self, query: str | AbstractSet[str], session_id: int) -> float:
        """Share of the query's words (or of the words given) found anywhere in one session."""
        words = set(tokenize(query)) if isinstance(query, str) else set(query)
        seen = {
            w
            for i, c in enumerate(self.chunks)
            if c.session_id == session_id
            for w in self._terms[i]
        }
        return len(words & seen) / len(words) if words else 0.0

    def search(self, query: str, *, limit: int = 3) -> list[Hit]:
        """Chunks ranked by BM25 score for the query; only those sharing a term."""
        words = set(tokenize(query))
        hits = [Hit(chunk, self._score(i, words)) for i, chunk in enumerate(self.chunks)]
        ranked = sorted((h for h in hits if h.score > 0), key=lambda h: -h.score)
        return ranked[:limit]

    def _score(self, index: int, words: set[str]) -> float:
        terms = self._terms[index]
        length = sum(terms.values()) or 1
        total = len(self.chunks)
        score = 0.0
        for word in words & terms.keys():
            idf = math.log(1 + (total - self._df[word] + 0.5) / (self._df[word] + 0.5))
            tf = terms[word]
            score += idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / self._avg_len))
        return score


def subject_name(subject: str) -> str:
    """A KB subject id shown by its name ("algebra_1" -> "Algebra I")."""
    found = load_kb().find_subject(subject)
    return found.name if found else subject


def cite(doc: SessionDoc, excerpt: str = "") -> Citation:
    """A citation naming the session by subject and date."""
    return Citation(
        session_id=doc.id, subject=subject_name(doc.subject), date=doc.date, excerpt=excerpt
    )


# ---- the knowledge base, looked up by the words a student uses -----------------


def _plain(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _names(concept: KBConcept) -> list[str]:
    return [_plain(n) for n in (concept.name, *concept.synonyms)]


_CODE_TERM = re.compile(r"^\.?(?P<name>[a-z_]\w*)\(\)$", re.I)
_CODING = re.compile(
    r"\b(?:python|code|coding|programs?|programming|script|java(?:script)?|methods?)\b", re.I
)


def written(term: str, text: str) -> bool:
    """Whether the text says a KB term as the term means it: a term written as code
    (".split()", "print()") only where the text calls it, takes it as a method ("split(",
    ".split") or talks about code ("print in python"), since the bare word is plain English
    ("we split the bill", "print it out")."""
    code = _CODE_TERM.match(term.strip())
    return code is None or bool(
        re.search(rf"\.{code['name']}\b|\b{code['name']}\s*\(", text, re.I) or _CODING.search(text)
    )


def resolve_concept(name: str, kb: KnowledgeBase | None = None) -> KBConcept | None:
    """A KB concept by id, name or synonym (case-insensitive)."""
    kb = kb or load_kb()
    if name.strip().lower() in kb.concepts:
        return kb.concepts[name.strip().lower()]
    key = _plain(name)
    return next((c for c in kb.concepts.values() if key in _names(c)), None)


def concepts_in(text: str, kb: KnowledgeBase | None = None) -> list[KBConcept]:
    """KB concepts the text mentions, best first (names beat keywords)."""
    kb = kb or load_kb()
    low = f" {_plain(text)} "
    scored: list[tuple[int, str, KBConcept]] = []
    for concept in kb.concepts.values():
        names = [n for n in (concept.name, *concept.synonyms) if written(n, text)]
        score = sum(3 for n in names if f" {_plain(n)} " in low)
        score += sum(1 for k in concept.keywords if written(k, text) and f" {_plain(k)} " in low)
        if score:
            scored.append((-score, concept.id, concept))
    return [c for _, _, c in sorted(scored)]


def match_concepts(
    text: str, *, prefer: AbstractSet[str] = frozenset(), kb: KnowledgeBase | None = None
) -> list[KBConcept]:
    """KB concepts sharing any content word with the text, best first.

    A word in the concept's name counts most, then its synonyms, then its keywords and its
    subject's name; ties go to concepts the student has met (`prefer`), then to shorter names.
    """
    kb = kb or load_kb()
    words = set(tokenize(text)) - _GENERIC
    if not words:
        return []
    scored: list[tuple[float, int, int, str, KBConcept]] = []
    for concept in kb.concepts.values():
        named = words & set(tokenize(concept.name))
        synonym = words & {t for n in concept.synonyms if written(n, text) for t in tokenize(n)}
        keyed = words & {t for k in concept.keywords if written(k, text) for t in tokenize(k)}
        subject = words & set(tokenize(kb.subjects[concept.subject_id].name))
        score = 3 * len(named) + 2 * len(synonym - named) + len(keyed - named - synonym)
        score += len(subject - named)
        if named or synonym or len(keyed) >= 2 or subject:
            rank = (concept.id not in prefer, len(tokenize(concept.name)))
            scored.append((-score, *rank, concept.id, concept))
    return [c for *_, c in sorted(scored)]


# Words that name no topic of their own ("quiz me on some problems").
_GENERIC = frozenset(
    tokenize("quiz test question questions problem problems some something topic topics me on")
)

# ---- what a tutor corrected is not a fact --------------------------------------

_TUTOR = re.compile(r"^\s*(?:tutor|teacher|instructor|coach)\b", re.I)
_CORRECTION = re.compile(
    r"\b(?:not quite|not right|not correct|incorrect|that'?s wrong|is wrong|isn'?t right|"
    r"(?:check|look|try) (?:that |it )?again|recheck|double[- ]check|a (?:little|bit|little bit) off|"
    r"close,? but|almost|careful|mistake|actually|let'?s look again|not exactly)\b|^\s*(?:no|nope|hmm)\b",
    re.I,
)


def is_tutor(turn: str) -> bool:
    """Whether a transcript turn is spoken by the tutor."""
    return bool(_TUTOR.match(turn))


def corrected(turns: list[str]) -> set[int]:
    """Indexes of student turns the tutor's next turn corrects."""
    out: set[int] = set()
    for i, turn in enumerate(turns[:-1]):
        reply = _SPEAKER.sub("", turns[i + 1])
        if not is_tutor(turn) and is_tutor(turns[i + 1]) and _CORRECTION.search(reply):
            out.add(i)
    return out
