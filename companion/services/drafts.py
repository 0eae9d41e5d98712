"""Transcript drafts: an uploaded or pasted transcript waits here between preview and save.

The text reaches the server once (a file drop or the paste box losing focus) and is kept in
a private temporary file, outside any served directory; the UI state keeps only the draft's
id and a short preview, so no per-client state holds megabytes of text.
"""

from __future__ import annotations

import os
import re
import secrets
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from companion.ai.offline.transcripts import MAX_TRANSCRIPT_BYTES
from companion.services.errors import Invalid, NotFound, TooLarge
from companion.services.sessions import TOO_LARGE, transcript_preview

DRAFT_DIR = Path(tempfile.gettempdir()) / "companion-drafts"
MAX_AGE_SECONDS = 24 * 3600
SWEEP_EVERY_SECONDS = 600
_last_sweep = [0.0]
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


def _path(owner_id: int, draft_id: object) -> Path:
    if not isinstance(draft_id, str) or not _ID.match(draft_id):
        raise NotFound(DRAFT_GONE)
    return DRAFT_DIR / f"{int(owner_id)}-{draft_id}.txt"


def _sweep(now: float) -> None:
    """Drop drafts nobody saved within a day (a closed tab leaves its draft behind)."""
    if now - _last_sweep[0] < SWEEP_EVERY_SECONDS:
        return
    _last_sweep[0] = now
    for old in DRAFT_DIR.glob("*.txt"):
        try:
            if now - old.stat().st_mtime > MAX_AGE_SECONDS:
                old.unlink()
        except OSError:
            continue


def draft_save(*, owner_id: int, content: object, filename: str = "") -> Draft:
    """Parse a transcript (Invalid when it does not read as a dialogue) and keep it as a draft."""
    if isinstance(content, bytes):
        if len(content) > MAX_TRANSCRIPT_BYTES:
            raise TooLarge(TOO_LARGE)
        content = content.decode("utf-8", "replace")
    if not isinstance(content, str):
        raise Invalid("The transcript must be text.", details={"content": "must be text"})
    parsed = transcript_preview(content, filename=filename)
    DRAFT_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    _sweep(time.time())
    draft_id = secrets.token_urlsafe(18)
    path = _path(owner_id, draft_id)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(content)
    turns = [
        PreviewTurn(t.speaker, str(t.role), t.text[:PREVIEW_CHARS])
        for t in parsed.turns[:PREVIEW_TURNS]
    ]
    return Draft(draft_id, turns, len(parsed.turns), str(parsed.format))


def draft_read(*, owner_id: int, draft_id: object) -> str:
    """The text of one of the owner's drafts (NotFound for another user's or a swept one)."""
    try:
        return _path(owner_id, draft_id).read_text(encoding="utf-8")
    except OSError as exc:
        raise NotFound(DRAFT_GONE) from exc


def draft_drop(*, owner_id: int, draft_id: object) -> None:
    """Forget a draft (after it was saved, or when the user removes it)."""
    try:
        _path(owner_id, draft_id).unlink(missing_ok=True)
    except (NotFound, OSError):
        return
