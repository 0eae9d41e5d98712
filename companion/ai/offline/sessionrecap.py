"""What one of the student's sessions covered, for "what did we do last time?", "what did we
do on Tuesday?", "what did we go over on Nov 27?" or "what did we cover in biology?": the
session the day, date, subject or topic names (else the latest), its concepts, and what the
tutor said there, quoted word for word. "What did I get wrong?" lists the student's lines the
tutor corrected, each beside the correction: a corrected line is never given as a fact."""

from __future__ import annotations

import re
from datetime import date

from companion.ai.offline.quizzes import md
from companion.ai.offline.retrieval import (
    cite,
    corrected,
    is_tutor,
    resolve_concept,
    split_turns,
    subject_name,
    tokenize,
)
from companion.ai.offline.sessionquotes import shorten
from companion.ai.schemas import Citation, SessionDoc

Reply = tuple[str, list[Citation]]

RECAP = re.compile(
    r"\b(?:last|latest|recent|previous|most\s+recent)\s+(?:\w+\s+)?"
    r"(?:session|lesson|class|time|tutoring|thing|topic)s?\b"
    r"|\bwhat\s+did\s+(?:we|i)\s+(?:do|cover|learn|study|go\s+over|talk\s+about|work\s+on|"
    r"practi[cs]e|get\s+wrong|miss)\b"
    r"|\bremind\s+me\s+(?:of\s+)?what\s+(?:we|i)\b|\bsummar(?:y|ize|ise)\b[^?]*\bsession\b"
    r"|\bwhat\s+mistakes\s+did\s+i\b|\bmy\s+(?:mistakes|errors)\b|\bwhere\s+did\s+i\s+go\s+wrong\b"
    r"|\bwhat\s+did\s+i\s+(?:do|say)\s+wrong\b",
    re.I,
)
_MISTAKES = re.compile(
    r"\b(?:get|got|do|did|say|go|went)\s+wrong\b|\bmistakes?\b|\bmy\s+errors\b|\bmess(?:ed)?\s+up\b",
    re.I,
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(
    r"\b(monday|tuesday|tues|wednesday|weds|thursday|thurs|friday|saturday|sunday)s?\b", re.I
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b|\b{_DAY}\s+(?:of\s+)?{_MONTH}", re.I)
_DAY_ONLY = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b", re.I)
# Words that ask about a session rather than name a topic in it.
_ASKING = frozenset(
    tokenize(
        "last latest recent previous session lesson class time tutoring summarize summarise "
        "summary remind wrong mistake mistakes miss make made study practice practise work "
        "tutor teacher say said today week day"
    )
    + [w[:3] for w in WEEKDAYS]
    + list(WEEKDAYS)
)
QUOTES = 2
TEACHING_WORDS = 4  # content words a tutor line needs to teach something


def session_recap(message: str, sessions: list[SessionDoc]) -> Reply | None:
    """What a session covered, or what the student got wrong in it, with the tutor's words."""
    if not RECAP.search(message) or not sessions:
        return None
    ordered = sorted(sessions, key=lambda d: d.date, reverse=True)
    day = _day_asked(message)
    if day is not None:
        dated = [d for d in ordered if _matches_day(d.date, day)]
        if not dated:
            return _no_session_on(day, ordered), []
        ordered = dated
    words = set(tokenize(message))
    subject = [d for d in ordered if words & set(tokenize(subject_name(d.subject)))]
    topic = words - _ASKING - {w for d in ordered for w in tokenize(subject_name(d.subject))}
    about = sorted(subject or ordered, key=lambda d: -len(topic & _words_of(d)))
    doc = about[0] if topic and topic & _words_of(about[0]) else (subject or ordered)[0]
    if _MISTAKES.search(message):
        return _mistakes(doc, topic)
    return _covered(doc, topic)


def when(doc: SessionDoc) -> str:
    """A session's date with its weekday ("2026-11-24 (Tuesday)")."""
    try:
        return f"{doc.date} ({WEEKDAYS[date.fromisoformat(doc.date).weekday()].title()})"
    except ValueError:
        return doc.date


def _covered(doc: SessionDoc, topic: set[str]) -> Reply:
    names = ", ".join(doc.concepts) if doc.concepts else "no concepts recorded yet"
    lines = [f"Your {subject_name(doc.subject)} session on {when(doc)} covered: {names}."]
    if doc.summary.strip():
        lines.append(doc.summary.strip())
    quotes = taught_lines(doc, topic)
    if quotes:
        lines.append("What was said:\n" + "\n".join(f"- {_quoted(q)}" for q in quotes))
    lines.append("Want me to quiz you on one of these, or explain one again?")
    excerpt = quotes[0].split(": ", 1)[-1] if quotes else ""
    return md("\n\n".join(lines)), [cite(doc, excerpt)]


def _mistakes(doc: SessionDoc, topic: set[str]) -> Reply:
    turns = split_turns(doc.transcript)
    fixed = sorted(corrected(turns))
    where = f"your {subject_name(doc.subject)} session on {when(doc)}"
    if not fixed:
        text, citations = _covered(doc, topic)
        return f"I didn't find a correction in {where}: nice work!\n\n{text}", citations
    lines = [f"In {where}, your tutor corrected {_count(len(fixed))}:"]
    for i in fixed:
        said = turns[i].split(": ", 1)[-1]
        lines.append(f"- You said “{shorten(said)}”, which was not right. {_quoted(turns[i + 1])}")
    lines.append("Want to try a question like these again? Say “quiz me”.")
    return md("\n\n".join(lines)), [cite(doc, turns[fixed[0] + 1].split(": ", 1)[-1])]


def taught_lines(doc: SessionDoc, topic: set[str], limit: int = QUOTES) -> list[str]:
    """The tutor's lines that teach the most about the topic or the session's concepts, in the
    order they were said; never a student line the tutor corrected."""
    turns = split_turns(doc.transcript)
    wrong = corrected(turns)
    concepts = [c for c in (resolve_concept(n) for n in doc.concepts) if c]
    known = {w for c in concepts for t in (c.name, *c.keywords) for w in tokenize(t)}

    def words(i: int) -> set[str]:
        return set(tokenize(turns[i].split(": ", 1)[-1]))

    usable = [i for i in range(len(turns)) if i not in wrong and len(words(i)) >= TEACHING_WORDS]
    tutor = [i for i in usable if is_tutor(turns[i])]
    pool = tutor or [i for i in usable if not turns[i].endswith("?")]
    ranked = sorted(pool, key=lambda i: (-2 * len(words(i) & topic) - len(words(i) & known), i))
    return [turns[i] for i in sorted(ranked[:limit])]


def _quoted(turn: str) -> str:
    speaker, _, said = turn.partition(": ")
    who = "Your tutor" if is_tutor(turn) else speaker
    return f'{who}: "{shorten(said)}"' if said else f'"{shorten(turn)}"'


def _count(n: int) -> str:
    return "one thing you said" if n == 1 else f"{n} things you said"


def _words_of(doc: SessionDoc) -> set[str]:
    return set(tokenize(" ".join((doc.summary, doc.transcript, *doc.concepts))))


# ---- the day a question names --------------------------------------------------


def _day_asked(message: str) -> tuple[str, int | str] | None:
    """("weekday", 1) for Tuesday, ("date", "11-27") for Nov 27, ("day", 24) for the 24th,
    ("iso", "2026-11-24") for a written date; None when no day is named."""
    if iso := re.search(r"\b\d{4}-\d{2}-\d{2}\b", message):
        return "iso", iso[0]
    if found := _MONTH_DAY.search(message):
        month = found[1] or found[4]
        number = int(found[2] or found[3])
        return "date", f"{_MONTHS.index(month.lower()[:3]) + 1:02d}-{number:02d}"
    if found := _DAY_ONLY.search(message):
        return "day", int(found[1])
    if found := _WEEKDAY.search(message):
        return "weekday", next(i for i, d in enumerate(WEEKDAYS) if d[:2] == found[1][:2].lower())
    return None


def _matches_day(iso: str, day: tuple[str, int | str]) -> bool:
    try:
        when = date.fromisoformat(iso)
    except ValueError:
        return day == ("iso", iso)
    kind, value = day
    if kind == "weekday":
        return when.weekday() == value
    if kind == "day":
        return when.day == value
    if kind == "date":
        return iso[5:] == value
    return iso == value


def _no_session_on(day: tuple[str, int | str], ordered: list[SessionDoc]) -> str:
    kind, value = day
    named = {
        "weekday": f"a {WEEKDAYS[int(value)].title()}" if kind == "weekday" else "",
        "day": f"the {_ordinal(int(value))}" if kind == "day" else "",
        "date": f"{value}",
        "iso": f"{value}",
    }[kind]
    listed = "; ".join(f"{subject_name(d.subject)} on {when(d)}" for d in ordered[:5])
    return f"I don't see a session on {named}. Your sessions: {listed}. Ask about one of those!"


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
