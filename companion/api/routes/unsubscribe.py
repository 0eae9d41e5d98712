"""One-click unsubscribe from an email link: a signed token, no sign-in."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from sqlmodel import Session

from companion.api.deps import in_session, ok
from companion.api.routes.docs import WRITE_ERRORS
from companion.api.schemas import Ok
from companion.services import preferences

router = APIRouter(prefix="/api/unsubscribe", tags=["me"])
TokenQ = Annotated[str, Query(min_length=1, max_length=200)]


async def _unsubscribe(token: str) -> JSONResponse:
    def work(db: Session) -> JSONResponse:
        kind = preferences.unsubscribe(db, token=token)
        label = kind.replace("_", " ")
        return ok({"kind": kind}, f"You won't get {label} emails any more.")

    return await in_session(work)


@router.get("", response_model=Ok[dict], responses=WRITE_ERRORS)
async def unsubscribe_link(token: TokenQ) -> JSONResponse:
    """Stop one kind of email (the link in every email's footer)."""
    return await _unsubscribe(token)


@router.post("", response_model=Ok[dict], responses=WRITE_ERRORS)
async def unsubscribe_one_click(token: TokenQ) -> JSONResponse:
    """The same, as mail apps send it (List-Unsubscribe-Post: One-Click)."""
    return await _unsubscribe(token)
