"""Transcript drafts: an uploaded or pasted transcript waits here between preview and save.

The text reaches the server once (a file drop or the paste box losing focus) and is kept in
the database, so whichever backend worker or host handles the save finds it (a temporary
file lived on one machine only); the UI state keeps only the draft's id and a short
preview, so no per-client state holds megabytes of text. Drafts nobody saved within a day
are swept, and each user keeps a few at most.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, delete
from sqlmodel import Session, col, select

from companion.ai.offline.transcriptlimits import MAX_TRANSCRIPT_BYTES
from companion.clock import utcnow
from companion.db import rowcount
from companion.models import TranscriptDraft
from companion.services.errors import Invalid, NotFound, TooLarge
from companion.services.sessions import TOO_LARGE, transcript_preview

MAX_AGE = timedelta(days=1)
MAX_PER_OWNER = 5  # two tabs' drafts fit; a script cannot pile up megabytes per account
PREVIEW_TURNS = 8
PREVIEW_CHARS = 400
DRAFT_GONE = "That transcript is no longer here. Drop the file or paste the text again."
_ID = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


@dataclass(frozen=True)
class PreviewTurn:
    speaker: str
    role: str
    text: str


@dataclass(frozen=True)
class Draft:
    id: str
    turns: list[PreviewTurn]
    total: int
    format: str


def _mine(owner_id: int, draft_id: object) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    if not isinstance(draft_id, str) or not _ID.match(draft_id):
        raise NotFound(DRAFT_GONE)
    return (col(TranscriptDraft.id) == draft_id, col(TranscriptDraft.owner_id) == owner_id)


def drafts_sweep(db: Session, *, now: datetime) -> int:
    """Drop drafts nobody saved within a day (a closed tab leaves its draft behind)."""
    stmt = delete(TranscriptDraft).where(col(TranscriptDraft.created_at) < now - MAX_AGE)
    return rowcount(db.execute(stmt.execution_options(synchronize_session=False)))


def _keep_newest(db: Session, owner_id: int) -> None:
    kept = (
        select(TranscriptDraft.id)
        .where(TranscriptDraft.owner_id == owner_id)
        .order_by(col(TranscriptDraft.created_at).desc(), col(TranscriptDraft.id))
        .limit(MAX_PER_OWNER)
    )
    stmt = delete(TranscriptDraft).where(
        col(TranscriptDraft.owner_id) == owner_id, col(TranscriptDraft.id).not_in(kept)
    )
    db.execute(stmt.execution_options(synchronize_session=False))


def draft_save(
    db: Session, *, owner_id: int, content: object, filename: str = "", now: datetime | None = None
) -> Draft:
    """Parse a transcript (Invalid when it does not read as a dialogue) and keep it as a draft."""
    if isinstance(content, bytes):
        if len(content) > MAX_TRANSCRIPT_BYTES:
            raise TooLarge(TOO_LARGE)
        content = content.decode("utf-8", "replace")
    if not isinstance(content, str):
        raise Invalid("The transcript must be text.", details={"content": "must be text"})
    parsed = transcript_preview(content, filename=filename)
    now = now or utcnow()
    drafts_sweep(db, now=now)
    draft_id = secrets.token_urlsafe(18)
    db.add(TranscriptDraft(id=draft_id, owner_id=owner_id, content=content, created_at=now))
    db.flush()
    _keep_newest(db, owner_id)
    turns = [
        PreviewTurn(t.speaker, str(t.role), t.text[:PREVIEW_CHARS])
        for t in parsed.turns[:PREVIEW_TURNS]
    ]
    return Draft(draft_id, turns, len(parsed.turns), str(parsed.format))


def draft_take(db: Session, *, owner_id: int, draft_id: object) -> str:
    """Remove one of the owner's drafts and return its text, for its save (NotFound for
    another user's, a swept or an already saved one: of two racing saves one gets it)."""
    stmt = delete(TranscriptDraft).where(*_mine(owner_id, draft_id))
    taken = stmt.returning(col(TranscriptDraft.content)).execution_options(
        synchronize_session=False
    )
    content = db.execute(taken).scalar_one_or_none()
    if content is None:
        raise NotFound(DRAFT_GONE)
    return content


def draft_drop(db: Session, *, owner_id: int, draft_id: object) -> None:
    """Forget a draft (the user removed it or replaced it by another)."""
    try:
        stmt = delete(TranscriptDraft).where(*_mine(owner_id, draft_id))
        db.execute(stmt.execution_options(synchronize_session=False))
    except NotFound:
        return
