"""/account: profile, password, notification choices, data download, account deletion."""

from __future__ import annotations

import dataclasses

import reflex as rx
from sqlmodel import Session

from companion import routes
from companion.models import Role, User
from companion.services.account_data import account_delete, account_export, profile_update
from companion.services.email_change import email_change_request
from companion.services.errors import DomainError
from companion.services.password_reset import PASSWORD_CHANGED, password_change
from companion.services.preferences import (
    CHANNELS,
    DEFAULTS,
    KINDS,
    preferences_get,
    preferences_update,
)
from companion.services.signin import exchange_code_issue
from companion.state.auth import AuthState, post_form_script, sign_out_script

BAD_REQUEST = "That request was not valid."


@dataclasses.dataclass
class Profile:
    name: str
    grade: str
    email: str
    role: str


def _profile(user: User) -> Profile:
    return Profile(user.name, user.grade or "", user.email, user.role)


def _text(form: object, key: str, limit: int = 200) -> str:
    value = form.get(key, "") if isinstance(form, dict) else ""
    return value[:limit] if isinstance(value, str) else ""


def _load(db: Session, user: User) -> tuple[Profile, dict | None]:
    if user.role != Role.student:
        return _profile(user), None
    prefs = preferences_get(db, actor=user, student_id=user.id)
    return _profile(user), dataclasses.asdict(prefs)


class AccountState(AuthState):
    """The signed-in user's own account; every handler acts on that user only."""

    profile: Profile = Profile("", "", "", "")
    loaded: bool = False
    is_student: bool = False
    channels: dict[str, str] = dict(DEFAULTS)
    timezone: str = "UTC"
    quiet_start: str = ""
    quiet_end: str = ""
    daily_cap: str = "3"
    profile_error: str = ""
    password_error: str = ""
    prefs_error: str = ""
    delete_error: str = ""
    email_error: str = ""
    email_message: str = ""
    delete_open: bool = False
    busy: bool = False

    def _show_prefs(self, prefs: dict | None) -> None:
        self.is_student = prefs is not None
        if prefs is None:
            return
        self.channels, self.timezone = dict(prefs["channels"]), prefs["timezone"]
        self.quiet_start, self.quiet_end = prefs["quiet_start"] or "", prefs["quiet_end"] or ""
        self.daily_cap = str(prefs["daily_cap"])

    @rx.event
    async def load_account(self):
        """on_load of /account."""
        out = await self._call(_load, ())
        if out.ok:
            self.profile, prefs = out.value
            self._show_prefs(prefs)
        self.loaded = out.ok
        return out.feedback

    @rx.event
    async def save_profile(self, form: dict):
        """Name and grade."""
        name, grade = _text(form, "name", 120), _text(form, "grade", 32)

        def work(db: Session, user: User) -> Profile:
            return _profile(profile_update(db, actor=user, user_id=user.id, name=name, grade=grade))

        out = await self._call(work, (), on_error=lambda e: self._set("profile_error", e))
        if not out.ok:
            return out.feedback
        self.profile, self.profile_error, self.user_name = out.value, "", out.value.name
        return rx.toast.success("Profile saved.")

    def _set(self, field: str, error: DomainError) -> None:
        setattr(self, field, error.message)

    @rx.event
    async def change_password(self, form: dict):
        """Check the current password, set the new one, then trade a code for a fresh cookie
        (every other session of this user is signed out)."""
        current, new = _text(form, "current_password", 1024), _text(form, "new_password", 1024)

        def work(db: Session, user: User) -> str:
            signed = password_change(db, actor=user, current_password=current, new_password=new)
            return exchange_code_issue(signed.user)

        out = await self._call(work, (), on_error=lambda e: self._set("password_error", e))
        if not out.ok:
            return out.feedback
        self.password_error = ""
        return [
            rx.toast.success(PASSWORD_CHANGED),
            rx.call_script(post_form_script(routes.API_SESSION, {"code": out.value})),
        ]

    @rx.event
    async def change_email(self, form: dict):
        """Send a confirmation link to the new address (the password confirms it is you)."""
        address, password = _text(form, "new_email", 254), _text(form, "password", 1024)

        def work(db: Session, user: User) -> str:
            return email_change_request(db, actor=user, new_email=address, password=password)

        out = await self._call(work, (), on_error=lambda e: self._set("email_error", e))
        self.email_message = out.value if out.ok else ""
        if out.ok:
            self.email_error = ""
        return out.feedback

    @rx.event
    def set_channel(self, kind: str, channel: str):
        if kind in KINDS and channel in CHANNELS:
            self.channels = {**self.channels, kind: channel}

    @rx.event
    async def save_preferences(self, form: dict):
        """Channels per kind (from the selects), time zone, quiet hours, daily cap."""
        cap = _text(form, "daily_cap", 3)
        start, end = _text(form, "quiet_start", 5), _text(form, "quiet_end", 5)
        changes = {
            "channels": dict(self.channels),
            "timezone": _text(form, "timezone", 64) or "UTC",
            "quiet_start": start or None,
            "quiet_end": end or None,
            "daily_cap": int(cap) if cap.isdigit() else cap,
        }

        def work(db: Session, user: User) -> dict:
            prefs = preferences_update(db, actor=user, student_id=user.id, **changes)
            return dataclasses.asdict(prefs)

        out = await self._call(
            work, (Role.student.value,), on_error=lambda e: self._set("prefs_error", e)
        )
        if not out.ok:
            return out.feedback
        self._show_prefs(out.value)
        self.prefs_error = ""
        return rx.toast.success("Notification choices saved.")

    @rx.event
    async def download_data(self):
        """A ZIP of everything held about you, built in a worker thread."""
        out = await self._call(lambda db, user: account_export(db, actor=user, user_id=user.id))
        if not out.ok:
            return out.feedback
        return rx.download(data=out.value, filename="study-companion-data.zip")

    @rx.event
    def open_delete(self, open_: bool):
        self.delete_open, self.delete_error = bool(open_), ""

    @rx.event
    async def delete_account(self, form: dict):
        """Delete the account after the password confirms it; then sign out."""
        password = _text(form, "password", 1024)
        out = await self._call(
            lambda db, user: account_delete(db, actor=user, password=password),
            (),
            on_error=lambda e: self._set("delete_error", e),
        )
        if not out.ok:
            return out.feedback
        self._remember(None)
        self.delete_open = False
        return rx.call_script(sign_out_script())
