"""Pages that emailed links open, signed out: /forgot-password, /reset-password, /confirm-email."""

from __future__ import annotations

import functools

import reflex as rx

from companion.db import session_scope
from companion.services.email_change import CHANGE_LINK_INVALID, email_change_confirm
from companion.services.errors import DomainError
from companion.services.password_reset import (
    RESET_LINK_INVALID,
    password_reset,
    password_reset_request,
)
from companion.state.params import query_arg


def _request(email: str, address: str) -> str:
    with session_scope() as db:
        return password_reset_request(db, email=email, address=address)


def _reset(token: str, new_password: str) -> None:
    with session_scope() as db:
        password_reset(db, token=token, new_password=new_password)


def _confirm(token: str) -> str:
    with session_scope() as db:
        return email_change_confirm(db, token=token).email


def _text(form: object, key: str, limit: int) -> str:
    value = form.get(key, "") if isinstance(form, dict) else ""
    return value[:limit] if isinstance(value, str) else ""


class PasswordResetState(rx.State):
    """Ask for a link by email; choose a new password with the link's token."""

    sent_message: str = ""
    error: str = ""
    done: bool = False
    busy: bool = False

    @rx.event
    def clear(self):
        """on_load of both pages."""
        self.sent_message, self.error, self.done, self.busy = "", "", False, False

    @rx.event
    async def request_link(self, form: dict):
        """Email a reset link (the same answer whether or not the address has an account)."""
        if self.busy:
            return
        self.busy, self.error = True, ""
        address = self.router.session.client_ip or "unknown"
        work = functools.partial(_request, _text(form, "email", 254), address)
        try:
            self.sent_message = await rx.run_in_thread(work)
        except DomainError as exc:  # throttled
            self.error = exc.message
        self.busy = False

    @rx.event
    async def set_new_password(self, form: dict):
        """Set the new password with the token from the link."""
        if self.busy:
            return
        token = query_arg(self, "token")
        if not isinstance(token, str) or not token:
            self.error = RESET_LINK_INVALID
            return
        self.busy, self.error = True, ""
        try:
            await rx.run_in_thread(
                functools.partial(_reset, token, _text(form, "new_password", 1024))
            )
            self.done = True
        except DomainError as exc:
            self.error = exc.message
        self.busy = False

    @rx.event
    async def confirm_email(self):
        """Switch the account to the new address (a button, so link scanners change nothing)."""
        token = query_arg(self, "token")
        if self.busy or not isinstance(token, str) or not token:
            self.error = "" if self.busy else CHANGE_LINK_INVALID
            return
        self.busy, self.error = True, ""
        try:
            address = await rx.run_in_thread(functools.partial(_confirm, token))
            self.sent_message = f"Your email is now {address}. Sign in again with it."
            self.done = True
        except DomainError as exc:
            self.error = exc.message
        self.busy = False
