"""The offline chat companion: session answers, math help, practice hints, quizzes."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from companion.ai.kb import KBConcept, load_kb
from companion.ai.offline import mathsteps
from companion.ai.offline.retrieval import SessionIndex, concepts_in, resolve_concept, tokenize
from companion.ai.schemas import ChatChunk, ChatContext, Citation, Problem, SessionDoc

WORDS_PER_CHUNK = 4
MIN_SCORE = 1.0  # below this BM25 score a match is noise, not an answer
MIN_COVERAGE = 0.5  # at least half the question's words must appear in the session
EXCERPT_CHARS = 280
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}

_QUIZ = re.compile(
    r"\b(?:quiz|test)\s+me\b|\bask\s+me\s+a\s+question\b|\bgive\s+me\s+a\s+question\b", re.I
)
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|good\s+(?:morning|afternoon|evening)|yo)\b", re.I)
_THANKS = re.compile(r"\b(?:thanks|thank\s+you|thx|cheers)\b", re.I)
_PROBLEM_NUMBER = re.compile(
    r"\b(?:problem|question|number|exercise|q)\s*#?\s*(\d+)\b|#(\d+)\b", re.I
)
_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|last)\s+(?:problem|question|one)\b", re.I
)
_HELP = re.compile(
    r"\b(?:hint|stuck|help|answer|this\s+(?:one|problem|question)|how\s+do\s+i)\b", re.I
)

Reply = tuple[str, list[Citation]]


def chat(ctx: ChatContext) -> Iterator[ChatChunk]:
    """Stream a reply in word groups, citations on the first chunk, then a done chunk."""
    text, citations = _guarded(ctx, _reply(ctx))
    pieces = re.findall(r"\S+\s*", text)
    for start in range(0, len(pieces), WORDS_PER_CHUNK):
        chunk = "".join(pieces[start : start + WORDS_PER_CHUNK])
        yield ChatChunk(text=chunk, citations=citations if start == 0 else [])
    yield ChatChunk(done=True, engine="local")


def _reply(ctx: ChatContext) -> Reply:
    """The first intent that fits the message, in order of how specific it is."""
    message = ctx.message.strip()
    if ctx.open_practice and (problem := practice_problem(message, ctx.open_practice)):
        return practice_hint(problem, ctx.open_practice), []
    if ctx.open_practice and _HELP.search(message) and len(ctx.open_practice) > 1:
        return _which_problem(len(ctx.open_practice)), []
    if _QUIZ.search(message):
        return quiz(message, ctx)
    if answer := mathsteps.explain(message):
        return answer, []
    if not (_GREETING.search(message) or _THANKS.search(message)):
        found = session_answer(message, ctx.sessions)
        if found:
            return found
    return help_reply(message, ctx), []


def _guarded(ctx: ChatContext, reply: Reply) -> Reply:
    """Whatever path answered, an open problem's answer never reaches the student."""
    for problem in ctx.open_practice:
        if reveals(reply[0], problem):
            return practice_hint(problem, ctx.open_practice), []
    return reply


def reveals(text: str, problem: Problem) -> bool:
    """Whether the text contains the problem's answer (or its value after 'x =')."""
    answer = problem.correctAnswer.strip()
    forms = {answer, answer.split("=")[-1].strip()} - {""}
    return any(re.search(rf"(?<![\w.]){re.escape(f)}(?![\w]|\.\d)", text, re.I) for f in forms)


# ---- open practice ------------------------------------------------------------


def practice_problem(message: str, problems: list[Problem]) -> Problem | None:
    """The open problem the message is about: by number, by its words or its math."""
    index = _numbered(message, len(problems))
    if index is not None:
        return problems[index]
    words = set(tokenize(message))
    for problem in problems:
        question = set(tokenize(problem.question))
        if question and len(words & question) / len(question) >= 0.5:
            return problem
        if mathsteps.same_math(message, problem.question):
            return problem
    return problems[0] if len(problems) == 1 and _HELP.search(message) else None


def _numbered(message: str, count: int) -> int | None:
    if match := _PROBLEM_NUMBER.search(message):
        number = int(match.group(1) or match.group(2))
        return number - 1 if 1 <= number <= count else None
    if match := _ORDINAL.search(message):
        word = match.group(1).lower()
        number = count if word == "last" else ORDINALS[word]
        return number - 1 if number <= count else None
    return None


def practice_hint(problem: Problem, problems: list[Problem]) -> str:
    """A Socratic nudge toward the next step; sentences that would give the answer away are dropped."""
    number = problems.index(problem) + 1 if problem in problems else 1
    parts = [f"Let's think through problem {number} together."]
    if problem.hint:
        parts.append(problem.hint.strip())
    parts.append(_guiding_question(problem))
    parts.append("Give it a try and submit your answer in the practice panel to check it.")
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(parts))
    return " ".join(s for s in sentences if not reveals(s, problem))


def _guiding_question(problem: Problem) -> str:
    if problem.type == "multiple_choice":
        return "Which option can you rule out first, and what makes it wrong?"
    if mathsteps.has_equation(problem.question):
        return "What could you do to both sides to get the variable closer to being by itself?"
    if problem.type == "problem_solving":
        return "What do you know already, and what is the question really asking you to find?"
    return "Which key word in the question points to the idea you need?"


def _which_problem(count: int) -> str:
    return f"Happy to help! Which problem are you on? Tell me its number (1 to {count}) and I'll give you a hint."


# ---- the student's sessions -----------------------------------------------------


def subject_name(subject: str) -> str:
    """A KB subject id shown by its name ("algebra_1" -> "Algebra I")."""
    found = load_kb().find_subject(subject)
    return found.name if found else subject


def cite(doc: SessionDoc, excerpt: str = "") -> Citation:
    """A citation naming the session by subject and date."""
    return Citation(
        session_id=doc.id, subject=subject_name(doc.subject), date=doc.date, excerpt=excerpt
    )


def session_answer(message: str, sessions: list[SessionDoc]) -> Reply | None:
    """Quote the best-matching passage of a session and explain its concept from the KB."""
    index = SessionIndex(sessions)
    hits = index.search(message, limit=8)
    if not hits or hits[0].score < MIN_SCORE:
        return None
    doc = index.session(hits[0].chunk.session_id)
    if index.coverage(message, doc.id) < MIN_COVERAGE:
        return None
    # A passage of what was said beats the bare list of concept names.
    chunk = next(
        (h.chunk for h in hits if h.chunk.session_id == doc.id and h.chunk.kind != "concepts"), None
    )
    lines = [f"In your {subject_name(doc.subject)} session on {doc.date}, you covered this."]
    excerpt = _excerpt(chunk.text, message) if chunk else ""
    if excerpt:
        lines[0] = f'{lines[0][:-1]}: "{excerpt}"'
    if concept := _concept_for(message, doc):
        lines.append(f"{concept.name}: {concept.description}")
        if concept.facts:
            lines.append(concept.facts[0])
    lines.append("Want me to quiz you on it, or walk through another example?")
    return "\n\n".join(lines), [cite(doc, excerpt)]


def _excerpt(text: str, message: str) -> str:
    """The turn that best matches the question, with the reply that follows it."""
    words = set(tokenize(message))
    turns = text.split("\n")
    best = max(range(len(turns)), key=lambda i: (len(words & set(tokenize(turns[i]))), -i))
    return _shorten(" ".join(turns[best : best + 2]))


def _shorten(text: str) -> str:
    if len(text) <= EXCERPT_CHARS:
        return text
    return text[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"


def _concept_for(message: str, doc: SessionDoc) -> KBConcept | None:
    """The KB concept the question names, else the session concept closest to it."""
    words = set(tokenize(message))
    own = [c for c in (resolve_concept(n) for n in doc.concepts) if c]
    own.sort(key=lambda c: -len(words & set(tokenize(" ".join((c.name, *c.keywords))))))
    named = concepts_in(message)
    return (
        next((c for c in named if c in own), None)
        or (own[0] if own else None)
        or (named[0] if named else None)
    )


def quiz(message: str, ctx: ChatContext) -> Reply:
    """One question on a concept from the student's sessions (a subject named picks the session)."""
    sessions = sorted(ctx.sessions, key=lambda d: d.date, reverse=True)
    wanted = [
        d
        for d in sessions
        if tokenize(subject_name(d.subject))
        and set(tokenize(subject_name(d.subject))) <= set(tokenize(message))
    ]
    doc = next((d for d in (wanted or sessions) if d.concepts), None)
    if doc is None:
        return (
            "Once you have a session with some concepts in it, I can quiz you on them. Upload a transcript to get started!",
            [],
        )
    pick = _stable_index(f"{message}|{len(ctx.history)}", len(doc.concepts))
    name = doc.concepts[pick]
    question = _question(name, resolve_concept(name))
    intro = f"Here's one from your {subject_name(doc.subject)} session on {doc.date}."
    return f"{intro}\n\n{question}\n\nReply with your answer and I'll tell you how you did.", [
        cite(doc)
    ]


def _question(name: str, concept: KBConcept | None) -> str:
    """Fill-in-the-blank from a KB fact when a keyword appears in it, else an explain-it question."""
    for fact in concept.facts if concept else ():
        for word in sorted((*concept.keywords, concept.name), key=len, reverse=True):
            pattern = re.compile(rf"\b{re.escape(word)}\b", re.I)
            if pattern.search(fact):
                return f"Fill in the blank ({name}): {pattern.sub('_____', fact, count=1)}"
    return f"In your own words, explain {name}. Can you give one example?"


def _stable_index(key: str, size: int) -> int:
    return hashlib.sha256(key.encode()).digest()[0] % max(size, 1)


def help_reply(message: str, ctx: ChatContext) -> str:
    """What the companion can do, with examples from the student's own subjects."""
    name = f" {ctx.student_name.split()[0]}" if ctx.student_name.strip() else ""
    subjects = list(dict.fromkeys(subject_name(d.subject) for d in ctx.sessions))[:3]
    if _THANKS.search(message):
        opener = f"You're welcome{name}! Happy to keep going."
    elif _GREETING.search(message):
        opener = f"Hi{name}! Good to see you."
    else:
        opener = "I couldn't find that in your sessions yet, but here's how I can help."
    listed = " and ".join(
        [", ".join(subjects[:-1]), subjects[-1]] if len(subjects) > 1 else subjects
    )
    about = f" about your {listed} sessions" if listed else " about your sessions"
    return (
        f"{opener} You can ask me questions{about}, have me solve or check math "
        '(try "solve 3x + 5 = 20"), say "quiz me" for a quick question, or ask for a hint '
        "on a practice problem you're working on."
    )
