"""Job handlers: each receives ids, opens its own transaction and calls one service."""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from sqlmodel import Session

from companion.ai.offline.transcriptlimits import TranscriptError
from companion.db import session_scope
from companion.models import Goal, Practice
from companion.services.analysis import (
    ESTIMATING,
    transcript_begin,
    transcript_fail,
    transcript_find_concepts,
    transcript_mark_stage,
    transcript_store,
)
from companion.services.email_change import EMAIL_CHANGE_TEMPLATE, email_change_mail
from companion.services.goals import suggestions_begin, suggestions_store, suggestions_write
from companion.services.live import notify_student, notify_transcript_student
from companion.services.mail import MAIL_KIND, mail_deliver
from companion.services.password_reset import (
    RESET_REQUEST_TEMPLATE,
    RESET_TEMPLATE,
    reset_mail,
    reset_request_mail,
)
from companion.services.practice_generation import (
    practice_generate_begin,
    practice_generate_fail,
    practice_generate_store,
    practice_generate_write,
)


def run_transcript_uploaded(payload: dict) -> None:
    """Analyse an uploaded transcript, committing each stage the student watches."""
    tid = int(payload["transcript_id"])
    with session_scope() as session:
        work = transcript_begin(session, transcript_id=tid)
        if work is not None:
            notify_transcript_student(session, transcript_id=tid)
    if work is None:
        return
    try:
        result = transcript_find_concepts(work)  # slow: no transaction is held meanwhile
    except TranscriptError as exc:  # unreadable: retrying cannot help
        with session_scope() as session:
            transcript_fail(session, transcript_id=tid, error=str(exc))
            notify_transcript_student(session, transcript_id=tid)
        return
    with session_scope() as session:
        transcript_mark_stage(session, transcript_id=tid, stage=ESTIMATING)
        notify_transcript_student(session, transcript_id=tid)
    with session_scope() as session:
        transcript_store(session, transcript_id=tid, result=result)
        notify_transcript_student(session, transcript_id=tid)


def dead_transcript_uploaded(payload: dict, error: str) -> None:
    """After the last attempt: show the student a readable failure."""
    with session_scope() as session:
        transcript_fail(
            session,
            transcript_id=int(payload["transcript_id"]),
            error=f"The analysis failed: {error}",
        )
        notify_transcript_student(session, transcript_id=int(payload["transcript_id"]))


def run_practice_generate(payload: dict) -> None:
    """Generate a requested practice set; no transaction is held while the provider writes."""
    pid = int(payload["practice_id"])
    with session_scope() as session:
        work = practice_generate_begin(session, practice_id=pid)
    if work is None:
        return
    result = practice_generate_write(work)  # slow (an LLM over HTTP): no connection held
    with session_scope() as session:
        practice = practice_generate_store(session, practice_id=pid, result=result)
        if practice is not None:
            notify_student(session, student_id=practice.student_id, kind="practice")


def dead_practice_generate(payload: dict, error: str) -> None:
    """After the last attempt: the set shows as failed instead of pending forever."""
    with session_scope() as session:
        practice_generate_fail(session, practice_id=int(payload["practice_id"]))
        practice = session.get(Practice, int(payload["practice_id"]))
        if practice is not None:
            notify_student(session, student_id=practice.student_id, kind="practice")


def run_goal_completed(payload: dict) -> None:
    """Store next-subject suggestions for a completed goal."""
    goal_id = int(payload["goal_id"])
    with session_scope() as session:
        work = suggestions_begin(session, goal_id=goal_id)
    if work is None:
        return
    result = suggestions_write(work)  # slow (an LLM over HTTP): no connection held
    with session_scope() as session:
        suggestions_store(session, work=work, result=result)
        goal = session.get(Goal, goal_id)
        if goal is not None:
            notify_student(session, student_id=goal.student_id, kind="suggestions")


def mail_render(session: Session, payload: dict) -> dict | None:
    """The message a queued mail job sends: a templated one (a link) is made now, so its
    link is never stored; None when there is nothing worth sending (used, expired, no
    account)."""
    template = payload.get("template")
    if template == RESET_TEMPLATE:
        return reset_mail(session, reset_id=int(payload["reset_id"]))
    if template == RESET_REQUEST_TEMPLATE:
        return reset_request_mail(session, email=str(payload.get("email", "")))
    if template == EMAIL_CHANGE_TEMPLATE:
        return email_change_mail(session, claims=dict(payload.get("claims") or {}))
    return payload


def run_mail_send(payload: dict) -> None:
    """Deliver one queued email (links are rendered now, see mail_render)."""
    if payload.get("template") is not None:
        with session_scope() as session:
            message = mail_render(session, payload)
        if message is None:
            return
        payload = message
    mail_deliver(payload)  # no transaction is held while the SMTP server answers


HANDLERS = {
    "transcript.uploaded": run_transcript_uploaded,
    "practice.generate": run_practice_generate,
    "goal.completed": run_goal_completed,
    MAIL_KIND: run_mail_send,
}
ON_DEAD = {
    "transcript.uploaded": dead_transcript_uploaded,
    "practice.generate": dead_practice_generate,
}


def register(
    kind: str,
    run: Callable[[dict], None],
    on_dead: Callable[[dict, str], None] | None = None,
) -> None:
    """Add a job kind (docs/extending.md): the worker runs `run(payload)`, `on_dead` after the
    last attempt. A kind is registered once; a second registration is a mistake."""
    if kind in HANDLERS:
        raise ValueError(f"job kind {kind!r} is already registered")
    # The tables are inferred from their entries' exact signatures: widen them here.
    cast(dict[str, Callable[[dict], None]], HANDLERS)[kind] = run
    if on_dead is not None:
        cast(dict[str, Callable[[dict, str], None]], ON_DEAD)[kind] = on_dead
