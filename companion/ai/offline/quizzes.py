"""Chat quizzes: one question on the concept asked for, and the student's next reply graded.

The question travels with the reply (`ChatChunk.quiz`); the service keeps it with the stored
message and hands it back on the next turn (`ChatTurn.quiz`), so grading needs no memory here.
"""

from __future__ import annotations

import hashlib
import re

from companion.ai.kb import KBConcept, load_kb
from companion.ai.offline.feedbacktexts import GUESSED, HEDGED
from companion.ai.offline.grading import grade_values
from companion.ai.offline.hints import reveals
from companion.ai.offline.practice import generate
from companion.ai.offline.retrieval import (
    cite,
    match_concepts,
    resolve_concept,
    subject_name,
    tokenize,
)
from companion.ai.schemas import ChatContext, Citation, ConceptRef, Problem, SessionDoc

_ASKED_FOR = (
    r"(?:quick\s+|short\s+|little\s+|small\s+|practice\s+|sample\s+|quiz\s+|test\s+)*"
    r"(?:quiz|test|question|problem|exercise)(?:zes|s)?\b"
)
QUIZ = re.compile(
    r"\b(?:quiz|test)\s+me\b|\bask\s+me\s+(?:a|an|one|some)\s+(?:\w+\s+)?questions?\b"
    r"|\bask\s+me\s+(?:something|anything)\b"
    r"|\b(?:give|make|write|set|send|throw|got)\s+(?:me\s+|us\s+)?"
    rf"(?:a|an|another|some|one|two|three|a\s+few)\s+{_ASKED_FOR}"
    rf"|\b(?:can|could|may)\s+i\s+(?:get|have|try)\s+(?:a|an|some|one)\s+{_ASKED_FOR}"
    r"|\b(?:i\s+(?:want|need|would\s+like)|i'?d\s+like|let'?s|let\s+me)\s+(?:to\s+)?"
    r"(?:practi[cs]e|drill|(?:be\s+)?quizzed|(?:be\s+)?tested|(?:do|try|take)\s+a\s+quiz)\b"
    r"|\btest\s+my\s+(?:knowledge|understanding|skills?)\b"
    r"|^\s*(?:a\s+|some\s+|one\s+|another\s+)?(?:quick\s+)?(?:practice|quiz)\s+"
    r"(?:question|problem|exercise)s?\b|^\s*quiz\s+(?:on|about)\b",
    re.I,
)
_GIVE_UP = re.compile(
    r"^\s*(?:i\s+(?:don'?t|do\s+not)\s+know|idk|no\s+idea|skip|pass|give\s+up|i\s+give\s+up|"
    r"tell\s+me(?:\s+the\s+answer)?|show\s+me\s+the\s+answer|not\s+sure)\b",
    re.I,
)
_NEW_QUESTION = re.compile(
    r"^\s*(?:explain|define|what\s+(?:is|are|does|do|did|was)|what'?s|how\s+(?:do|does|did|is|are|can|to)|"
    r"why|who|when|where|can\s+you|could\s+you|tell\s+me\s+about|solve|simplify|differentiate|"
    r"derivative|compare|convert|round|integrate|calculate|compute|evaluate|find|how\s+many|"
    r"how\s+much)\b",
    re.I,
)
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|thanks|thank\s+you|ok|okay)\W*$", re.I)
_AGAIN = re.compile(
    r"^\s*(?:another(?:\s+one)?|again|next(?:\s+(?:one|question))?|one\s+more|more|"
    r"give\s+me\s+another(?:\s+one)?)\s*[.!?]*\s*$",
    re.I,
)
_LEAD = re.compile(
    r"^[\s,:]*(?:(?:on|about|with|in|for|over|of|from|covering|regarding)\s+)?(?:the\s+)?(?:topic\s+(?:of\s+)?)?",
    re.I,
)
_LETTER = re.compile(r"^\s*\(?([a-dA-D])\)?[.):]?\s*$")
_NOT_TOPICS = frozenset(tokenize("quiz test question problem exercise practice some topic quick"))
LETTERS = "ABCD"
BLANK = "_____"

Quiz = tuple[str, list[Citation], Problem | None]


def pending(ctx: ChatContext) -> Problem | None:
    """The quiz the companion's last turn asked, if the student has not answered it yet."""
    last = next((t for t in reversed(ctx.history) if t.role == "assistant"), None)
    return last.quiz if last else None


def again(message: str, ctx: ChatContext) -> str | None:
    """ "another one" after a quiz: a quiz request on the same concept, else None."""
    if not _AGAIN.search(message):
        return None
    asked = next((t.quiz for t in reversed(ctx.history) if t.quiz is not None), None)
    concept = load_kb().concepts.get(asked.conceptId or "") if asked else None
    return f"quiz me on {concept.name}" if concept else None


def answers_quiz(message: str) -> bool:
    """Whether a message reads as an answer rather than a new request."""
    if QUIZ.search(message) or _AGAIN.search(message):
        return False
    if _GREETING.search(message):
        return False
    return not (_NEW_QUESTION.search(message) and len(message.split()) >= 2)


def md(text: str) -> str:
    """Plain text safe inside markdown with math: a dollar sign stays a dollar sign."""
    return text.replace("$", "\\$")


_MORE = "\n\nSay “another” for one more, or “quiz me on …” for a new topic."


def reveal(quiz: Problem) -> str:
    """The quiz's answer and how it is found, for a student who gives up or asks for it."""
    why = f"\n\n{md(quiz.explanation)}" if quiz.explanation else ""
    return f"No problem! The answer is **{md(quiz.correctAnswer)}**.{why}{_MORE}"


def grade_reply(quiz: Problem, message: str) -> str:
    """Grade the student's reply to the quiz and say what the answer is and why."""
    why = f"\n\n{md(quiz.explanation)}" if quiz.explanation else ""
    more = _MORE
    if _GIVE_UP.search(message):
        return reveal(quiz)
    answer = message.strip()
    if quiz.options and (letter := _LETTER.match(answer)):
        index = LETTERS.index(letter[1].upper())
        answer = quiz.options[index] if index < len(quiz.options) else answer
    kind = "short_answer" if quiz.type == "multiple_choice" else quiz.type
    grade = grade_values(quiz.correctAnswer, answer, type=kind, question=quiz.question)
    if grade.correct and _names_the_term(quiz, answer):
        return f"✅ Correct, **{md(quiz.correctAnswer)}** is right!{why}{more}"
    return (
        f"Not quite: you answered “{md(message.strip())}”{_hedge_note(grade.feedback)}, but the"
        f" answer is **{md(quiz.correctAnswer)}**.{why}{more}"
    )


def _hedge_note(feedback: str) -> str:
    """Why a reply that names the answer among others, or only guesses it, is not right."""
    if HEDGED in feedback:
        return ", which is more than one answer"
    return ", which is a guess" if GUESSED in feedback else ""


def _names_the_term(quiz: Problem, answer: str) -> bool:
    """A blank is filled only by its whole term: "while loop" does not fill "for loop"."""
    if BLANK not in quiz.question:
        return True
    return _terms(quiz.correctAnswer) <= _terms(answer)


def _terms(text: str) -> set[str]:
    """Every word but articles, plural-insensitive ("For loops" has the words of "for loop")."""
    found = re.findall(r"[a-z0-9]+", text.lower())
    return {w.removesuffix("s") for w in found if w not in ("a", "an", "the")}


def make_quiz(message: str, ctx: ChatContext) -> Quiz:
    """A question on the concept the message names (any shared word), else from a session."""
    sessions = sorted(ctx.sessions, key=lambda d: d.date, reverse=True)
    seen = _session_concepts(sessions)
    topic = _LEAD.sub("", QUIZ.split(message, maxsplit=1)[-1])
    found = match_concepts(topic, prefer=set(seen)) if tokenize(topic) else []
    if not found and tokenize(topic) and not _subject_sessions(topic, sessions):
        found = _keyword_match(topic)
    if found:
        concept = found[0]
        doc = seen.get(concept.id)
        return _ask(concept.name, concept, ctx, message, doc)
    if tokenize(topic) and not _subject_sessions(topic, sessions):
        return _no_topic(topic), [], None
    doc = next((d for d in (_subject_sessions(topic, sessions) or sessions) if d.concepts), None)
    if doc is None:
        text = (
            "Tell me what to quiz you on (try “quiz me on fractions”), or upload a session "
            "and I'll ask about what you covered."
        )
        return text, [], None
    name = doc.concepts[_stable_index(f"{message}|{len(ctx.history)}", len(doc.concepts))]
    return _ask(name, resolve_concept(name), ctx, message, doc)


def _keyword_match(topic: str) -> list[KBConcept]:
    """Concepts one of whose keywords shares a word with the topic ("mitochondria" ->
    Organelles), most shared words first; used when no name, synonym or subject matched."""
    words = set(tokenize(topic)) - _NOT_TOPICS
    scored = []
    for concept in load_kb().concepts.values():
        shared = words & {t for k in concept.keywords for t in tokenize(k)}
        if shared:
            scored.append((-len(shared), len(tokenize(concept.name)), concept.id, concept))
    return [c for *_, c in sorted(scored)]


def _session_concepts(sessions: list[SessionDoc]) -> dict[str, SessionDoc]:
    """KB concept id -> the most recent session that covered it."""
    out: dict[str, SessionDoc] = {}
    for doc in sessions:
        for name in doc.concepts:
            if (concept := resolve_concept(name)) and concept.id not in out:
                out[concept.id] = doc
    return out


def _subject_sessions(topic: str, sessions: list[SessionDoc]) -> list[SessionDoc]:
    words = set(tokenize(topic))
    kb = load_kb()
    out = []
    for doc in sessions:
        subject = kb.find_subject(doc.subject)
        names = f"{doc.subject} {subject.name if subject else ''}"
        if words & set(tokenize(names)):
            out.append(doc)
    return out


def _no_topic(topic: str) -> str:
    return (
        f"I don't have questions on “{md(topic.strip(' ?.!'))}” yet. Try a topic like "
        "fractions, photosynthesis or Python loops, or say “quiz me” for one from your sessions."
    )


def _ask(
    name: str,
    concept: KBConcept | None,
    ctx: ChatContext,
    message: str,
    doc: SessionDoc | None,
) -> Quiz:
    problem = question_for(name, concept, f"{message}|{len(ctx.history)}", doc)
    if problem is None:
        return _no_topic(name), [], None
    if doc is not None:
        intro = f"Here's one from your {subject_name(doc.subject)} session on {doc.date}."
        citations = [cite(doc)]
    else:
        subject = load_kb().subjects[concept.subject_id].name if concept else ""
        intro = f"Here's a question on {name}" + (f" ({subject})." if subject else ".")
        if reveals(intro, problem) or _names_answer(name, problem):
            intro = f"Here's one from {subject}." if subject else "Here's a question for you."
        citations = []
    lines = [intro, f"**{md(problem.question)}**"]
    if problem.options:
        lines.append("\n".join(f"{LETTERS[i]}. {md(o)}" for i, o in enumerate(problem.options)))
    lines.append("Reply with your answer and I'll tell you how you did.")
    return "\n\n".join(lines), citations, problem


def _names_answer(name: str, problem: Problem) -> bool:
    """Whether naming the topic would hint at a text answer ("Water cycle" for "water")."""
    if problem.options:
        return False
    return bool(_terms(name) & _terms(problem.correctAnswer))


def question_for(
    name: str, concept: KBConcept | None, key: str, doc: SessionDoc | None = None
) -> Problem | None:
    """One practice problem on the concept: computed math, else a fact question (never an essay)."""
    ref = ConceptRef(
        id=concept.id if concept else name, name=name, kb_id=concept.id if concept else None
    )
    seed = int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big")
    transcript = doc.transcript if doc is not None and concept is None else ""
    problems = generate([ref], count=6, seed=seed, transcript=transcript).problems
    answerable = [p for p in problems if not p.question.startswith("In a few sentences")]
    return answerable[0] if answerable else None


def _stable_index(key: str, size: int) -> int:
    return hashlib.sha256(key.encode()).digest()[0] % max(size, 1)
