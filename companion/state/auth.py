"""Who is signed in: resolved from the HttpOnly cookie on every handler, never trusted from the client.

The browser's websocket handshake carries `companion_token`; Reflex keeps that header on
the server (`self.router.headers.cookie`, never sent back). Each handler verifies it again,
so a crafted socket message without a valid token reaches no private data.
"""

from __future__ import annotations

import builtins
import functools
import json
from collections.abc import Callable, Iterable
from typing import Any, TypeVar
from urllib.parse import urlsplit

import reflex as rx
from reflex.istate.proxy import StateProxy
from reflex.state import _override_base_method
from sqlmodel import Session

from companion import routes
from companion.api.session_cookie import token_from_cookie_header
from companion.db import session_scope
from companion.models import Role, User
from companion.services.errors import DomainError, Forbidden, Unauthorized
from companion.services.signin import exchange_code_issue, user_authenticate
from companion.services.users import user_register
from companion.state.lazy import LazySubstates
from companion.state.runner import Outcome, Who, WrongRole, run_service

T = TypeVar("T")
STUDENTS = (Role.student.value,)
TUTORS = (Role.tutor.value, Role.admin.value)
ADMINS = (Role.admin.value,)

# The same rule as the frontend's getBackendURL: a backend on localhost is reached on
# the host the page came from (and over https behind a TLS proxy).
_POST_SCRIPT = """(() => {
  const url = new URL(%(api)s);
  if (["localhost", "0.0.0.0", "::", "0:0:0:0:0:0:0:0"].includes(url.hostname)) {
    url.hostname = window.location.hostname;
    if (window.location.protocol === "https:") { url.protocol = "https:"; url.port = ""; }
  }
  url.pathname = %(path)s;
  const form = document.createElement("form");
  form.method = "POST";
  form.action = url.toString();
  form.style.display = "none";
  const fields = Object.assign({origin: window.location.origin}, %(fields)s);
  for (const [name, value] of Object.entries(fields)) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = name;
    input.value = value;
    form.appendChild(input);
  }
  document.body.appendChild(form);
  form.submit();
})()"""


def _api_base() -> str:
    parts = urlsplit(rx.config.get_config().api_url)
    return f"{parts.scheme}://{parts.netloc}"


def post_form_script(path: str, fields: dict[str, str] | None = None) -> str:
    """JavaScript that POSTs a hidden form to a backend endpoint as a top-level navigation."""
    return _POST_SCRIPT % {
        "api": json.dumps(_api_base()),
        "path": json.dumps(path),
        "fields": json.dumps(fields or {}),
    }


def sign_out_script() -> str:
    """JavaScript for the sign-out button."""
    return post_form_script(routes.API_LOGOUT)


class AuthState(rx.State):
    """The signed-in user; every private handler reaches services through `self._call(...)`."""

    _user_id: int | None = None
    _role: str = ""
    user_name: str = ""
    user_role: str = ""

    def __init__(self, *args: Any, init_substates: bool = True, **kwargs: Any) -> None:
        # The page states below are created on first use, not per client up front
        # (state/lazy.py; a Redis-loaded state passes init_substates=False, unchanged).
        super().__init__(*args, init_substates=False, **kwargs)
        if init_substates:
            object.__setattr__(self, "substates", LazySubstates(self))

    @_override_base_method  # Reflex's marker: an override, not an event handler
    def dict(
        self, include_computed: bool = True, initial: bool = False, **kwargs: Any
    ) -> builtins.dict[str, Any]:
        # The compiled page's initial state (and the hydrate's snapshot of it) lists
        # every page state with its defaults, so that one tree is built whole.
        if initial and isinstance(self.substates, LazySubstates):
            self.substates.create_all()
        return super().dict(include_computed=include_computed, initial=initial, **kwargs)

    def _remember(self, user: User | Who | None) -> None:
        # Assigned only when changed, like the shown vars: an assignment marks the state
        # changed (work for every event, and a write with a shared state manager).
        user_id, role = (user.id, user.role) if user else (None, "")
        if self._user_id != user_id:
            self._user_id = user_id
        if self._role != role:
            self._role = role
        if self.user_name != (user.name if user else ""):
            self.user_name = user.name if user else ""
        if self.user_role != role:
            self.user_role = role

    def _cookie(self) -> str:
        """The websocket handshake's Cookie header. Read from the one router var holding it:
        `self.router` assembles all of them (page, URL, session) on every read."""
        return self.rx_router_headers.cookie

    def _refuse(self, error: DomainError) -> rx.event.EventSpec:
        """Send a refused visitor where they belong: sign-in, or their own home."""
        if isinstance(error, Unauthorized):
            return rx.redirect(routes.LOGIN, replace=True)
        if isinstance(error, Forbidden) and self._role:
            return rx.redirect(routes.home_for(self._role), replace=True)
        return rx.toast.error(error.message)

    async def _call(
        self,
        work: Callable[[Session, User], T],
        roles: Iterable[str] = (),
        *,
        on_error: Callable[[DomainError], Any] | None = None,
    ) -> Outcome[T]:
        """Run `work(db, user)` for the signed-in user off the loop; errors become feedback.

        Unauthorized and Forbidden send the visitor away (`_refuse`); any other domain error
        goes to `on_error` (default: a toast with its message).
        """
        token = token_from_cookie_header(self._cookie())
        # A background event's proxy may only change vars inside `async with self`.
        can_write = not isinstance(self, StateProxy) or self._is_mutable()
        try:
            user, value = await run_service(token, roles, work)
        except (Unauthorized, Forbidden) as exc:
            if can_write and isinstance(exc, WrongRole):
                self._remember(exc.user)
            elif can_write and isinstance(exc, Unauthorized):
                self._remember(None)
            return Outcome(False, feedback=self._refuse(exc))
        except DomainError as exc:
            return Outcome(
                False, feedback=on_error(exc) if on_error else rx.toast.error(exc.message)
            )
        if can_write:
            self._remember(user)
        return Outcome(True, value)

    async def _guard(self, roles: Iterable[str]) -> rx.event.EventSpec | None:
        return (await self._call(lambda db, user: None, roles)).feedback

    @rx.event
    async def guard_student(self):
        """on_load of student pages: signed-out visitors go to /login (handlers check again)."""
        return await self._guard(STUDENTS)

    @rx.event
    async def guard_tutor(self):
        """on_load of tutor pages."""
        return await self._guard(TUTORS)

    @rx.event
    async def guard_admin(self):
        """on_load of admin pages."""
        return await self._guard(ADMINS)

    @rx.event
    async def guard_any(self):
        """on_load of pages every signed-in role may open."""
        return await self._guard(())

    @rx.event
    def sign_out(self):
        """Forget the user here; the cookie is cleared by POST /api/auth/logout."""
        self._remember(None)
        return rx.call_script(sign_out_script())


def _sign_in(email: str, password: str, address: str = "unknown") -> str:
    with session_scope() as s:
        signed = user_authenticate(s, email=email, password=password, address=address)
        return exchange_code_issue(signed.user)


def _register(email: str, name: str, password: str, address: str = "unknown") -> str:
    with session_scope() as s:
        signed = user_register(s, email=email, name=name, password=password, address=address)
        return exchange_code_issue(signed.user)


def _text(form: object, key: str) -> str:
    value = form.get(key, "") if isinstance(form, dict) else ""
    return value if isinstance(value, str) else ""


class SignInState(AuthState):
    """The /login and /register forms. Errors show inline; the typed fields are kept."""

    form_error: str = ""
    email_error: str = ""
    name_error: str = ""
    password_error: str = ""
    busy: bool = False

    def _show(self, error: DomainError | None) -> None:
        details = error.details if error else {}
        self.email_error = details.get("email", "")
        self.name_error = details.get("name", "")
        self.password_error = details.get("password", "")
        field_shown = self.email_error or self.name_error or self.password_error
        self.form_error = error.message if error and not field_shown else ""

    @rx.event
    async def redirect_signed_in(self):
        """on_load of /login and /register: a signed-in visitor goes to their home."""
        self._show(None)
        self.busy = False
        token = token_from_cookie_header(self._cookie())
        if not token:
            return None
        try:
            user, _ = await run_service(token, (), lambda db, user: None)
        except DomainError:
            return None
        return rx.redirect(routes.home_for(user.role), replace=True)

    async def _finish(self, work):
        async with self:
            if self.busy:
                return None
            self.busy = True
            self._show(None)
            # The socket's peer, set by the server (never from the event): the throttle's key.
            address = self.router.session.client_ip or "unknown"
        try:
            code = await rx.run_in_thread(functools.partial(work, address=address))
        except DomainError as exc:
            async with self:
                self.busy = False
                self._show(exc)
            return None
        # busy stays on: the page is about to navigate away.
        return rx.call_script(post_form_script(routes.API_SESSION, {"code": code}))

    @rx.event(background=True)
    async def sign_in(self, form: dict):
        """Check the password in a thread (bcrypt is slow), then trade a code for the cookie."""
        return await self._finish(
            functools.partial(_sign_in, _text(form, "email"), _text(form, "password"))
        )

    @rx.event(background=True)
    async def register(self, form: dict):
        """Create a student account in a thread, then sign in the same way."""
        return await self._finish(
            functools.partial(
                _register, _text(form, "email"), _text(form, "name"), _text(form, "password")
            )
        )
