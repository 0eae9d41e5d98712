"""The signed-in user's own account: notification preferences, data export, deletion."""

from __future__ import annotations

import dataclasses
from typing import Any, Literal, cast

from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from sqlmodel import Session

from companion.api.body import Body
from companion.api.deps import TokenDep, as_user, ok, row_as_user
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import Ok, UserOut
from companion.models import User
from companion.services import account_data, email_change, preferences

router = APIRouter(prefix="/api/me", tags=["me"])
ZIP_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {"content": {"application/zip": {}}, "description": "A ZIP archive."}
}

Channel = Literal["in_app", "email", "both", "off"]
Kind = Literal["daily_nudge", "analysis_ready", "practice_ready", "weekly_summary", "tutor_handoff"]
HHMM = Field(default=None, pattern=r"^\d{2}:\d{2}$")


class PreferencesOut(BaseModel):
    channels: dict[Kind, Channel]
    timezone: str
    quiet_start: str | None = None
    quiet_end: str | None = None
    daily_cap: int


class PreferencesIn(Body):
    """Only the fields sent change; quiet hours go together (both, or both null)."""

    channels: dict[Kind, Channel] | None = None
    timezone: str | None = Field(default=None, max_length=64)
    quiet_start: str | None = HHMM
    quiet_end: str | None = HHMM
    daily_cap: int | None = Field(default=None, ge=0, le=preferences.MAX_CAP)


def _out(prefs: preferences.Preferences) -> dict:
    return dataclasses.asdict(prefs)


@router.get("/preferences", response_model=Ok[PreferencesOut], responses=READ_ERRORS)
async def get_preferences(token: TokenDep) -> JSONResponse:
    """Your notification choices (students)."""

    def work(db: Session, user: User) -> JSONResponse:
        return ok(_out(preferences.preferences_get(db, actor=user, student_id=cast(int, user.id))))

    return await as_user(token, work)


@router.put("/preferences", response_model=Ok[PreferencesOut], responses=WRITE_ERRORS)
async def put_preferences(body: PreferencesIn, token: TokenDep) -> JSONResponse:
    """Change your notification choices; fields left out stay as they are."""
    changes = body.model_dump(exclude_unset=True)
    if changes.get("timezone") is None:
        changes.pop("timezone", None)
    if changes.get("daily_cap") is None:
        changes.pop("daily_cap", None)

    def work(db: Session, user: User) -> JSONResponse:
        me = cast(int, user.id)  # a signed-in account
        prefs = preferences.preferences_update(db, actor=user, student_id=me, **changes)
        return ok(_out(prefs), "Notification choices saved.")

    return await as_user(token, work)


def zip_response(data: bytes, user_id: int) -> Response:
    """An export as a download."""
    name = f"study-companion-export-{user_id}.zip"
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(data, media_type="application/zip", headers=headers)


class DeleteIn(Body):
    password: str = Field(max_length=1024)


@router.get("/export", response_class=Response, responses={**READ_ERRORS, **ZIP_RESPONSE})
async def export(token: TokenDep) -> Response:
    """Everything the app holds about you, as a ZIP of JSON files and transcript texts."""

    def work(db: Session, user: User) -> Response:
        me = cast(int, user.id)  # a signed-in account
        return zip_response(account_data.account_export(db, actor=user, user_id=me), me)

    return await as_user(token, work)


@router.delete("", response_model=Ok[None], responses=WRITE_ERRORS)
async def delete_me(body: DeleteIn, token: TokenDep) -> JSONResponse:
    """Delete your account and everything it holds (confirm with your password)."""

    def work(db: Session, user: User) -> JSONResponse:
        account_data.account_delete(db, actor=user, password=body.password)
        return ok(None, "Your account and its data were deleted.")

    return await as_user(token, work)


class ProfileIn(Body):
    name: str = Field(min_length=1, max_length=120)
    grade: str | None = Field(default=None, max_length=32)


@router.put("/profile", response_model=Ok[UserOut], responses=WRITE_ERRORS)
async def put_profile(body: ProfileIn, token: TokenDep) -> JSONResponse:
    """Change your name and grade."""

    def work(db: Session, user: User) -> User:
        return account_data.profile_update(
            db, actor=user, user_id=cast(int, user.id), name=body.name, grade=body.grade
        )

    return await row_as_user(token, work, UserOut, "Profile saved.")


class EmailChangeIn(Body):
    new_email: str = Field(max_length=254)
    password: str = Field(max_length=1024)


@router.post("/email", response_model=Ok[None], responses=WRITE_ERRORS)
async def change_email(body: EmailChangeIn, token: TokenDep) -> JSONResponse:
    """Send a confirmation link to a new address; the email changes when it is opened."""

    def work(db: Session, user: User) -> JSONResponse:
        message = email_change.email_change_request(
            db, actor=user, new_email=body.new_email, password=body.password
        )
        return ok(None, message)

    return await as_user(token, work)
