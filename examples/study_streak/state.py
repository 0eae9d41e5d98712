"""StreakState: the page's data, loaded through the runner (never SQL on the event loop)."""

from __future__ import annotations

import reflex as rx

from companion.clock import utcnow
from companion.state.auth import STUDENTS, AuthState
from examples.study_streak.service import streak_get


class StreakState(AuthState):
    """The signed-in student's study streak."""

    days: int = 0
    last_day: str = ""
    loaded: bool = False

    @rx.event
    async def load_streak(self):
        """on_load of /streak."""
        today = utcnow().date()
        out = await self._call(
            lambda db, user: streak_get(db, actor=user, student_id=user.id, today=today),
            STUDENTS,
        )
        if not out.ok:
            return out.feedback
        self.days = out.value.days
        self.last_day = f"{out.value.last_day:%d %b %Y}" if out.value.last_day else ""
        self.loaded = True
        return None
