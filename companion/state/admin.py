"""What every admin page's state shares: load as the verified admin, act and reload, page.

Every handler reaches the services through `AuthState._call` (the admin resolved from the
HttpOnly cookie again, the work in a worker thread); the services refuse everyone else,
and a refused call empties what the page held.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import reflex as rx
from sqlmodel import Session

from companion.models import User
from companion.services.errors import DomainError
from companion.state.auth import ADMINS, AuthState
from companion.state.staff import refused

PAGE_SIZE = 50


def page_count(total: int) -> int:
    """How many pages of PAGE_SIZE rows `total` rows fill (at least one)."""
    return max(1, math.ceil(total / PAGE_SIZE))


class AdminState(AuthState, mixin=True):
    """An admin page: `_fetch()` says what to read (a `work(db, admin)` built from the
    page's vars on the loop), `_show(data)` shows it, `_show(None)` empties the page.

    A concrete state lists `AuthState` after this mixin, e.g.
    `class AdminJobsState(AdminState, AuthState)`.
    """

    loaded: bool = False

    def _fetch(self) -> Callable[[Session, User], Any]:
        """Each admin page defines what it reads; this mixin has no page of its own."""
        raise NotImplementedError(f"{type(self).__name__} must define _fetch")

    def _show(self, data: Any) -> None:
        """Each admin page defines how it shows what it read."""
        raise NotImplementedError(f"{type(self).__name__} must define _show")

    async def _reload(
        self,
        act: Callable[[Session, User], str] | None = None,
        on_error: Callable[[DomainError], Any] | None = None,
    ):
        """Do `act` (if any) and read the page again, in one transaction off the loop.

        A domain error of `act` goes to `on_error` (default: a toast) and changes nothing.
        """
        fetch = self._fetch()

        def work(db: Session, admin: User) -> tuple[str, Any]:
            message = act(db, admin) if act else ""
            db.flush()  # the page's read sees what `act` changed
            return message, fetch(db, admin)

        out = await self._call(work, ADMINS, on_error=on_error)
        if not out.ok:
            if refused(self, out, ADMINS):
                self._show(None)
                self.loaded = False
            return out.feedback
        message, data = out.value
        self._show(data)
        self.loaded = True
        return rx.toast.success(message) if message else None


class AdminPagedState(AdminState, mixin=True):
    """An admin list shown PAGE_SIZE rows at a time; `_fetch` reads page `self.page`."""

    total: int = 0
    page: int = 1

    @rx.var
    def pages(self) -> int:
        return page_count(self.total)

    async def _first_page(self):
        self.page = 1
        return await self._reload()

    @rx.event
    async def go_to_page(self, page: int):
        """Show another page; anything but an existing page number is ignored."""
        if type(page) is not int or not 1 <= page <= self.pages:
            return None
        self.page = page
        return await self._reload()
