"""The transcript part of the upload form, shared by the student's and the tutor's page.

The text goes to the server once: a dropped file through `/_upload`, a paste when the box
loses focus. Either way it is parsed in a worker thread and kept as a draft
(companion/services/drafts.py); the state keeps the draft id and a short preview only.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import Any, ClassVar

import reflex as rx
from sqlmodel import Session

from companion.ai.offline.transcriptlimits import MAX_TRANSCRIPT_BYTES
from companion.models import User
from companion.services.drafts import Draft, draft_drop, draft_save, draft_take
from companion.services.errors import DomainError, Invalid
from companion.state.auth import STUDENTS

FILE_TYPES = {"txt": "txt", "vtt": "vtt", "srt": "srt", "json": "json"}
# Engine.IO drops a websocket message over 1,000,000 bytes; longer text goes as a file.
PASTE_MAX_CHARS = 900_000
PASTE_TOO_LONG = (
    "That paste is too long for the text box (over 900,000 characters). Save it as a "
    ".txt file and drop it above instead."
)
FILE_TOO_LARGE = f"That file is larger than {MAX_TRANSCRIPT_BYTES // (1024 * 1024)} MB. Split it."
WRONG_FILE = "Choose a .txt, .vtt, .srt or .json file."
NO_TRANSCRIPT = "Drop a transcript file or paste the text."
BAD_UPLOAD = "That upload was not a file. Choose the transcript file again."


@dataclasses.dataclass
class TurnRow:
    speaker: str
    role: str
    text: str


def file_ext(filename: str) -> str:
    """The lower-case extension of a file name ('' without one)."""
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


class TranscriptForm(rx.State, mixin=True):
    """Mixin for an upload form: drop or paste a transcript, see the preview, save it later."""

    # The roles that may use the form (a ClassVar, so never a state var).
    UPLOAD_ROLES: ClassVar[tuple[str, ...]] = STUDENTS

    file_name: str = ""
    preview: list[TurnRow] = []
    preview_total: int = 0
    preview_format: str = ""
    content_error: str = ""
    # The paste box is uncontrolled: a new key (and default) remounts it, e.g. for the sample.
    paste_key: int = 0
    paste_default: str = ""
    _draft_id: str = ""
    _draft_source: str = ""  # "paste" or a file type
    _paste_hash: str = ""

    def _forget_transcript(self, *, reset_box: bool = False) -> None:
        self.file_name, self.content_error, self.preview_format = "", "", ""
        self.preview, self.preview_total = [], 0
        self._draft_id, self._draft_source, self._paste_hash = "", "", ""
        if reset_box:
            self.paste_default, self.paste_key = "", self.paste_key + 1

    def _content_failed(self, exc: DomainError) -> None:
        self.content_error = exc.message

    async def _keep(self, content: str | bytes, filename: str, source: str) -> tuple[bool, Any]:
        """Parse and store the text off the loop; show its preview or what is wrong."""
        old = self._draft_id

        def work(db: Session, user: User) -> Draft:
            draft = draft_save(db, owner_id=user.id, content=content, filename=filename)
            if old:
                draft_drop(db, owner_id=user.id, draft_id=old)
            return draft

        out = await self._call(work, type(self).UPLOAD_ROLES, on_error=self._content_failed)
        if not out.ok:
            if self.content_error:  # this text is wrong: never save the earlier one instead
                self._draft_id, self._draft_source, self._paste_hash = "", "", ""
                self.preview, self.preview_total, self.file_name = [], 0, ""
            return False, out.feedback
        draft = out.value
        self._draft_id, self._draft_source = draft.id, source
        self.preview = [TurnRow(t.speaker, t.role, t.text) for t in draft.turns]
        self.preview_total, self.preview_format = draft.total, draft.format
        self.content_error = ""
        return True, None

    @rx.event
    async def handle_upload(self, files: list[rx.UploadFile]):
        """A dropped or chosen file: parsed and kept as a draft, only its preview in the state."""
        if not isinstance(files, list) or not files or not isinstance(files[0], rx.UploadFile):
            self.content_error = BAD_UPLOAD
            return None
        upload = files[0]
        name = str(upload.name or upload.filename or "transcript.txt")[-200:]
        if file_ext(name) not in FILE_TYPES:
            self.content_error = WRONG_FILE
            return None
        data = await upload.read(MAX_TRANSCRIPT_BYTES + 1)
        if len(data) > MAX_TRANSCRIPT_BYTES:
            self.content_error = FILE_TOO_LARGE
            return None
        kept, feedback = await self._keep(data, name, FILE_TYPES[file_ext(name)])
        if kept:
            self.file_name, self._paste_hash = name, ""
            self.paste_default, self.paste_key = "", self.paste_key + 1
        return feedback

    @rx.event
    async def stash_pasted(self, text: str):
        """The paste box lost focus: keep its text as the draft (once per change)."""
        if not isinstance(text, str):
            self.content_error = BAD_UPLOAD
            return None
        if len(text) > PASTE_MAX_CHARS:
            self.content_error = PASTE_TOO_LONG
            return None
        if not text.strip():
            if self._draft_source == "paste":
                self._forget_transcript()
            return None
        digest = hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()
        if digest == self._paste_hash and self._draft_id:
            return None
        kept, feedback = await self._keep(text, "", "paste")
        if kept:
            self.file_name, self._paste_hash = "", digest
        return feedback

    @rx.event
    async def clear_transcript(self):
        """Remove the dropped file or pasted text (and its draft)."""
        old = self._draft_id
        self._forget_transcript(reset_box=True)
        if old:
            await self._call(
                lambda db, user: draft_drop(db, owner_id=user.id, draft_id=old),
                type(self).UPLOAD_ROLES,
            )

    async def _use_text(self, text: str):
        self.paste_default, self.paste_key = text, self.paste_key + 1
        kept, feedback = await self._keep(text, "", "paste")
        if kept:
            self.file_name = ""
            self._paste_hash = hashlib.sha256(text.encode()).hexdigest()
        return feedback

    def _transcript_for_save(self) -> tuple[str, str, str] | None:
        """(draft id, source, file name) for the save, or None with the message shown."""
        if not self._draft_id:
            if not self.content_error:
                self.content_error = NO_TRANSCRIPT
            return None
        return self._draft_id, self._draft_source or "paste", self.file_name


def take_draft(db: Session, user: User, draft: tuple[str, str, str]) -> str:
    """The draft's text for its save, removed in the save's transaction (worker thread)."""
    text = draft_take(db, owner_id=user.id, draft_id=draft[0])
    if not text.strip():
        raise Invalid(NO_TRANSCRIPT, details={"content": "empty"})
    return text
