"""The offline chat companion: session answers, math help, practice hints, quizzes."""

from __future__ import annotations

import re
from collections.abc import Iterator

from companion.ai.kb import KBConcept, load_kb
from companion.ai.offline import askmath, mathsteps, quizfollowups, quizzes
from companion.ai.offline.askedtopics import phrase_concept
from companion.ai.offline.definitions import defined_term, facts_about, outside_field
from companion.ai.offline.hints import HELP, practice_hint, practice_problem, reveals, which_problem
from companion.ai.offline.retrieval import (
    SessionIndex,
    cite,
    concepts_in,
    match_concepts,
    resolve_concept,
    subject_name,
    tokenize,
)
from companion.ai.offline.sessionquotes import quote_from
from companion.ai.offline.sessionrecap import session_recap
from companion.ai.schemas import ChatChunk, ChatContext, Citation, SessionDoc

WORDS_PER_CHUNK = 4
# BM25 scores only rank: their size grows with the number of sessions (a word in every
# passage of a student's one session scores near 0), so no fixed score says "a match".
# A passage answers when it holds a word of the question's topic and, for a question that
# names no concept, the session holds at least half of the topic's words.
MIN_COVERAGE = 0.5
# Words that ask about a session, not what it was about ("what did my tutor say about ...").
_ASKING = frozenset(tokenize("tutor teacher say said session lesson class time today"))

_ASKS = re.compile(
    r"\b(?:explain|what\s+(?:is|are|was|were|does|do)|what'?s|define|definition|tell\s+me\s+about|"
    r"how\s+(?:does|do|did|is|are)|why\s+(?:does|do|did|is|are)|meaning\s+of|"
    r"what\s+(?:causes?|caused|happens|happened)|who\s+(?:is|was|were))\b",
    re.I,
)
_GREETING = re.compile(r"^\s*(?:hi|hello|hey|good\s+(?:morning|afternoon|evening)|yo)\b", re.I)
_THANKS = re.compile(r"\b(?:thanks|thank\s+you|thx|cheers)\b", re.I)

# no question has a number this long; reading one costs every number pattern time
_LONG_NUMBER = re.compile(r"\d{41}")
TOO_LONG_NUMBER = "That number is too long for me to work with: send numbers of at most 40 digits."

Reply = tuple[str, list[Citation]]


def chat(ctx: ChatContext) -> Iterator[ChatChunk]:
    """Stream a reply in word groups, citations on the first chunk, then a done chunk."""
    text, citations, quiz = _reply(ctx)
    guarded = _guarded(ctx, (text, citations))
    if guarded[0] != text:
        text, citations, quiz = *guarded, None
    pieces = re.findall(r"\S+\s*", text)
    for start in range(0, len(pieces), WORDS_PER_CHUNK):
        chunk = "".join(pieces[start : start + WORDS_PER_CHUNK])
        yield ChatChunk(text=chunk, citations=citations if start == 0 else [])
    yield ChatChunk(done=True, engine="local", quiz=quiz)


def _reply(ctx: ChatContext) -> quizzes.Quiz:
    """The first intent that fits the message, in order of how specific it is."""
    message = ctx.message.strip()
    if _LONG_NUMBER.search(message):
        return TOO_LONG_NUMBER, [], None
    quiz = quizzes.pending(ctx)
    if followed := quizfollowups.follow_up(message, quiz):
        return followed[0], [], followed[1]
    if quiz is not None and quizzes.answers_quiz(message):
        return quizzes.grade_reply(quiz, message), [], None
    if explained := quizfollowups.explain_graded(message, ctx):
        return explained, [], None
    if ctx.open_practice and (problem := practice_problem(message, ctx.open_practice)):
        return practice_hint(problem, ctx.open_practice), [], None
    if ctx.open_practice and HELP.search(message) and len(ctx.open_practice) > 1:
        return which_problem(len(ctx.open_practice)), [], None
    if request := quizzes.again(message, ctx):
        return quizzes.make_quiz(request, ctx)
    if quizzes.QUIZ.search(message):
        return quizzes.make_quiz(message, ctx)
    if answer := askmath.answer(message):
        return answer, [], None
    if answer := mathsteps.explain(message):
        return askmath.paragraphs(answer), [], None
    if recap := session_recap(message, ctx.sessions):
        return (*recap, None)
    return (*_knowledge(message, ctx), None)


def _knowledge(message: str, ctx: ChatContext) -> Reply:
    """A session passage on the question, else the KB concept it names, else what chat can do."""
    if _GREETING.search(message) or _THANKS.search(message):
        return help_reply(message, ctx), []
    concept, term = asked_concept(message), ""
    # A term a concept lists ("quotient" under Long division) beats a word of another name.
    # So does a term asked about in a field ("a function in python") the named concept is not in.
    if (defined := defined_term(message)) and (
        concept is None or not _names_it(concept, message) or outside_field(message, concept)
    ):
        term, concept = defined
    found = session_answer(message, ctx.sessions, concept)
    if found:
        return found
    if term and concept is not None:
        return concept_answer(concept, term=term), []
    if concept is not None:
        both = [c for c in concepts_in(message) if _shares_name_word(c, message)][:2]
        return "\n\n".join(concept_answer(c) for c in (both if len(both) == 2 else [concept])), []
    return help_reply(message, ctx), []


def _guarded(ctx: ChatContext, reply: Reply) -> Reply:
    """Whatever path answered, an open problem's answer never reaches the student."""
    for problem in ctx.open_practice:
        if reveals(reply[0], problem):
            return practice_hint(problem, ctx.open_practice), []
    return reply


# ---- the student's sessions and the knowledge base ------------------------------


def asked_concept(message: str) -> KBConcept | None:
    """The KB concept a question names outright, or shares a name word with ("explain loops")."""
    named = concepts_in(message)
    if named and _names_it(named[0], message):
        return named[0]
    if not _ASKS.search(message):
        return None
    found = match_concepts(message)
    return phrase_concept(
        message, found[0] if found and _shares_name_word(found[0], message) else None
    )


def _names_it(concept: KBConcept, message: str) -> bool:
    low = f" {' '.join(tokenize(message))} "
    return any(f" {' '.join(tokenize(n))} " in low for n in (concept.name, *concept.synonyms))


def _shares_name_word(concept: KBConcept, message: str) -> bool:
    return bool(set(tokenize(concept.name)) & set(tokenize(message)))


def concept_answer(concept: KBConcept, term: str = "") -> str:
    """A KB concept explained: what it is, its key facts, and an offer to practise. Asked
    about a term the concept covers ("denominator"), the facts that use the term come first."""
    subject = load_kb().subjects[concept.subject_id].name
    facts = "\n".join(f"- {fact}" for fact in facts_about(concept, term)[:4])
    heading = f"**{concept.name}** ({subject})"
    if term:
        named = re.search(re.escape(term), concept.name, re.I)  # "gcf" as "GCF and LCM" has it
        shown = named[0] if named else f"{term[0].upper()}{term[1:]}"
        heading = f"**{shown}** is part of {heading}"
    lines = [f"{heading}: {concept.description}", facts]
    lines.append(f"Want me to quiz you on {concept.name}? Just say “quiz me on {concept.name}”.")
    return quizzes.md("\n\n".join(line for line in lines if line))


def session_answer(
    message: str, sessions: list[SessionDoc], concept: KBConcept | None = None
) -> Reply | None:
    """Quote the best-matching passage of a session and explain its concept from the KB."""
    index = SessionIndex(sessions)
    hits = index.search(message, limit=8)
    if concept is not None:  # the passage must be about the concept asked for
        hits = [h for h in hits if _about(h.chunk.text, concept)]
    topic = set(tokenize(message)) - _ASKING
    if not hits or not topic & set(tokenize(f"{hits[0].chunk.text}")):
        return None
    doc = index.session(hits[0].chunk.session_id)
    if concept is None and index.coverage(topic, doc.id) < MIN_COVERAGE:
        return None
    # What was said beats the summary, which beats the bare list of concept names.
    own = [h.chunk for h in hits if h.chunk.session_id == doc.id and h.chunk.kind != "concepts"]
    said = [c for c in own if c.kind == "transcript"]
    # Every matching passage of the session is searched for the line, not only the best one.
    lines = list(dict.fromkeys(line for c in said for line in c.text.split("\n")))
    text = "\n".join(lines) if said else (own[0].text if own else "")
    excerpt = quote_from(text, message, doc, concept) if text else ""
    where = f"In your {subject_name(doc.subject)} session on {doc.date}, you covered this"
    session_line = f'{where}: "{excerpt}"' if excerpt else f"{where}."
    explained = concept or _concept_for(message, doc)
    about = (
        [f"{explained.name}: {explained.description}", *explained.facts[:1]] if explained else []
    )
    # Asked about a concept: explain it first; asked about a session: the session first.
    lines = [*about, session_line] if concept else [session_line, *about]
    lines.append("Want me to quiz you on it, or walk through another example?")
    return quizzes.md("\n\n".join(lines)), [cite(doc, excerpt)]


def _about(text: str, concept: KBConcept) -> bool:
    words = set(tokenize(text))
    terms = (concept.name, *concept.synonyms, *concept.keywords)
    return any(set(tokenize(t)) and set(tokenize(t)) <= words for t in terms)


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


def help_reply(message: str, ctx: ChatContext) -> str:
    """What the companion can do, with examples from the student's own subjects."""
    name = f" {quizzes.md(ctx.student_name.split()[0])}" if ctx.student_name.strip() else ""
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
