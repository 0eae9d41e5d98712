"""Tutoring sessions with their transcripts: upload (JSON or multipart), list, read."""

from __future__ import annotations

import asyncio
from pathlib import PurePath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from sqlmodel import Session
from starlette.datastructures import UploadFile

from companion.ai.offline.transcriptlimits import (
    MAX_TRANSCRIPT_BYTES,
    MAX_UPLOAD_BODY_BYTES,
    TranscriptError,
    loads_bounded,
)
from companion.api.deps import IdPath, LimitQ, PageQ, TokenDep, as_user, dump, paged, row_as_user
from companion.api.inputs import TranscriptIn
from companion.api.routes.docs import READ_ERRORS, UPLOAD_ERRORS
from companion.api.schemas import Ok, Paged, SessionDetailOut, SessionItem, SessionOut
from companion.models import TutoringSession, User
from companion.services import sessions
from companion.services.errors import Invalid, TooLarge
from companion.services.security import decode_token

router = APIRouter(prefix="/api/transcripts", tags=["transcripts"])

MAX_BODY = MAX_UPLOAD_BODY_BYTES  # the transcript, the other fields and the multipart framing
UNSUPPORTED = "Send the transcript as JSON or as a multipart form with a file."
FILE_OR_CONTENT = "Attach a transcript file or send its text as `content`."


def _form_schema() -> dict[str, Any]:
    schema = TranscriptIn.model_json_schema()
    schema["properties"]["file"] = {
        "type": "string",
        "format": "binary",
        "description": "The transcript file (txt, vtt, srt, json).",
    }
    schema["required"] = [f for f in schema["required"] if f != "content"]
    return schema


UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": TranscriptIn.model_json_schema()},
            "multipart/form-data": {"schema": _form_schema()},
        },
    }
}


async def _read_capped(request: Request) -> bytes:
    declared = request.headers.get("content-length", "").strip()
    if declared.isascii() and declared.isdigit() and int(declared) > MAX_BODY:
        raise TooLarge(sessions.TOO_LARGE)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise TooLarge(sessions.TOO_LARGE)
        chunks.append(chunk)
    return b"".join(chunks)


def _validated(fields: dict[str, Any]) -> TranscriptIn:
    try:
        return TranscriptIn.model_validate(fields)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]
        ) from exc


def _replay(scope: dict[str, Any], raw: bytes) -> Request:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": raw, "more_body": False}

    return Request(scope, receive)


async def _from_form(request: Request, raw: bytes) -> tuple[TranscriptIn, bytes | str]:
    # Parsing up to 2 MB of multipart is ~0.1 s of CPU: it runs on a loop of its own in a
    # worker thread, not on the loop every student's events share.
    fields, content = await asyncio.to_thread(asyncio.run, _parse_form(dict(request.scope), raw))
    return _validated(fields), content


async def _parse_form(scope: dict[str, Any], raw: bytes) -> tuple[dict[str, Any], bytes | str]:
    form = await _replay(scope, raw).form(max_files=1, max_fields=20, max_part_size=MAX_BODY)
    fields: dict[str, Any] = {k: v for k, v in form.items() if isinstance(v, str) and k != "file"}
    upload = form.get("file")
    if isinstance(upload, UploadFile):
        content: bytes | str = await upload.read(MAX_TRANSCRIPT_BYTES + 1)
        name = PurePath(upload.filename or "").name[:255]
        suffix = PurePath(name).suffix.lstrip(".").lower()
        fields.setdefault("filename", name)
        fields.setdefault("source", suffix if suffix in sessions.SOURCES else "txt")
        fields["content"] = "file"  # validated separately: the bytes go to the service as they are
    elif isinstance(fields.get("content"), str):
        content = fields["content"]
    else:
        await form.close()
        raise Invalid(FILE_OR_CONTENT, details={"file": FILE_OR_CONTENT})
    await form.close()
    return fields, content


async def upload_body(request: Request, token: TokenDep) -> tuple[TranscriptIn, bytes | str]:
    """The upload's fields and transcript, from JSON or multipart, never more than 2 MB."""
    decode_token(token)  # a forged or expired token is refused before the body is read
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind not in ("application/json", "multipart/form-data"):
        raise HTTPException(415, UNSUPPORTED)
    raw = await _read_capped(request)
    if kind == "multipart/form-data":
        return await _from_form(request, raw)
    try:
        # up to 2 MB of JSON: parsed in a thread, not on the loop every student shares
        data = await asyncio.to_thread(loads_bounded, raw)
    except TranscriptError as exc:  # nested deeper than any real upload
        raise Invalid(str(exc), details={"body": str(exc)}) from exc
    except ValueError as exc:
        raise RequestValidationError(
            [{"type": "json_invalid", "loc": ("body",), "msg": "JSON decode error"}]
        ) from exc
    if not isinstance(data, dict):
        raise RequestValidationError(
            [{"type": "dict_type", "loc": ("body",), "msg": "Input should be a JSON object"}]
        )
    body = _validated(data)
    return body, body.content


UploadDep = Annotated[tuple[TranscriptIn, bytes | str], Depends(upload_body)]


@router.post(
    "/upload",
    status_code=201,
    response_model=Ok[SessionOut],
    responses=UPLOAD_ERRORS,
    openapi_extra=UPLOAD_BODY,
)
async def upload(token: TokenDep, upload: UploadDep) -> JSONResponse:
    """Record a session with its transcript; the analysis runs in the background."""
    body, content = upload

    def work(session: Session, user: User) -> TutoringSession:
        assert user.id is not None  # the caller is a stored row
        return sessions.session_upload(
            session,
            actor=user,
            student_id=body.student_id or user.id,
            subject=body.subject,
            date=body.date,
            content=content,
            source=body.source,
            filename=body.filename,
            tutor_id=body.tutor_id,
            duration_min=body.duration_min,
        )

    return await row_as_user(
        token, work, SessionOut, "Transcript uploaded; analysis queued.", status=201
    )


@router.get("/student/{student_id}", response_model=Paged[SessionItem], responses=READ_ERRORS)
async def student_transcripts(
    student_id: IdPath, token: TokenDep, page: PageQ = 1, limit: LimitQ = 20
) -> JSONResponse:
    """A student's sessions, newest first, with each transcript's status."""

    def work(session: Session, user: User) -> JSONResponse:
        rows, total = sessions.session_list(
            session, actor=user, student_id=student_id, page=page, limit=limit
        )
        items = [dump(SessionItem, {"session": s, "transcript": t}) for s, t in rows]
        return paged(items, page=page, limit=limit, total=total)

    return await as_user(token, work)


@router.get("/{session_id}", response_model=Ok[SessionDetailOut], responses=READ_ERRORS)
async def transcript(session_id: IdPath, token: TokenDep) -> JSONResponse:
    """One session (by its id) with its transcript text and the concepts found in it."""
    return await row_as_user(
        token,
        lambda db, user: sessions.session_get(db, actor=user, session_id=session_id),
        SessionDetailOut,
    )
