"""What every admin page's state shares: work as the verified admin, reload, page through.

Each handler resolves the admin from the HttpOnly cookie again; the services refuse everyone
else, and a refused call empties what the page held.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import reflex as rx
from sqlmodel import Session

from companion.db import session_scope
from companion.models import Role, User
from companion.services.errors import DomainError, Unauthorized
from companion.state.auth import ADMINS, AuthState

PAGE_SIZE = 50


def page_count(total: int) -> int:
    """How many pages of PAGE_SIZE rows `total` rows fill (at least one)."""
    return max(1, math.ceil(total / PAGE_SIZE))


class AdminState(AuthState, mixin=True):
    """An admin page: `_load(s, admin)` fills it, `_forget()` empties it.

    A concrete state lists `AuthState` after this mixin, e.g.
    `class AdminJobsState(AdminState, AuthState)`.
    """

    loaded: bool = False

    def _load(self, s: Session, admin: User) -> None:
        raise NotImplementedError

    def _forget(self) -> None:
        raise NotImplementedError

    def _run(self, work: Callable[[Session, User], str] | None = None) -> rx.event.EventSpec | None:
        """Open a transaction as the verified admin, do `work`, reload; errors become toasts."""
        try:
            with session_scope() as s:
                admin = self._require_user(s, ADMINS)
                message = work(s, admin) if work else ""
                self._load(s, admin)
        except DomainError as exc:
            if not isinstance(exc, Unauthorized) and self._role == Role.admin.value:
                return rx.toast.error(exc.message)
            self._forget()
            return self._refuse(exc)
        self.loaded = True
        return rx.toast.success(message) if message else None


class AdminPagedState(AdminState, mixin=True):
    """An admin list shown PAGE_SIZE rows at a time; `_load` reads page `self.page`."""

    total: int = 0
    page: int = 1

    @rx.var
    def pages(self) -> int:
        return page_count(self.total)

    def _first_page(self) -> rx.event.EventSpec | None:
        self.page = 1
        return self._run()

    @rx.event
    def go_to_page(self, page: int):
        """Show another page; anything but an existing page number is ignored."""
        if type(page) is not int or not 1 <= page <= self.pages:
            return None
        self.page = page
        return self._run()
