"""/progress: mastery per concept over time, goal progress, practice scores."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

import reflex as rx
from sqlmodel import Session

from companion.models import User
from companion.services.knowledge import mastery_history
from companion.services.progress import progress_get
from companion.state.auth import STUDENTS, AuthState


@dataclasses.dataclass
class ConceptOption:
    key: str
    label: str
    mastery: int


@dataclasses.dataclass
class GoalBar:
    title: str
    subject: str
    progress: int
    status: str


def average_by_day(events: Iterable[Any]) -> list[dict]:
    """The average of each concept's latest mastery, at the end of every day with a change
    (`events`: mastery changes, oldest first, with concept_key, mastery and at)."""
    latest: dict[str, int] = {}
    points: dict[str, int] = {}
    for e in events:
        latest[e.concept_key] = e.mastery
        points[f"{e.at:%d %b}"] = round(sum(latest.values()) / len(latest))
    return [{"day": d, "mastery": m} for d, m in points.items()]


@dataclasses.dataclass
class ProgressData:
    average: int
    concepts: list[ConceptOption]
    goals: list[GoalBar]
    scores: list[dict]
    history: dict[str, list[dict]]
    average_points: list[dict]


def _progress(db: Session, user: User) -> ProgressData:
    data = progress_get(db, actor=user, student_id=user.id)
    events = mastery_history(db, actor=user, student_id=user.id)
    history: dict[str, list[dict]] = {}
    for e in events:
        history.setdefault(e.concept_key, []).append(
            {"when": f"{e.at:%d %b %H:%M}", "mastery": e.mastery}
        )
    return ProgressData(
        average=data["average_mastery"] if data["average_mastery"] is not None else -1,
        concepts=[ConceptOption(c["key"], c["name"], c["mastery"]) for c in data["concepts"]],
        goals=[
            GoalBar(g["title"], g["subject"], g["progress"], g["status"]) for g in data["goals"]
        ],
        scores=[
            {"set": f"#{i + 1}", "score": round(p["score"] or 0)}
            for i, p in enumerate(data["practice_scores"])
        ],
        history=history,
        average_points=average_by_day(events),
    )


class ProgressState(AuthState):
    average: int = -1
    concepts: list[ConceptOption] = []
    chosen: str = ""
    concept_points: list[dict] = []
    average_points: list[dict] = []
    goals: list[GoalBar] = []
    scores: list[dict] = []
    loaded: bool = False
    _history: dict[str, list[dict]] = {}

    @rx.event
    async def load_progress(self):
        out = await self._call(_progress, STUDENTS)
        if not out.ok:
            self.concepts, self.goals, self.scores, self._history = [], [], [], {}
            return out.feedback
        d = out.value
        self.average, self.concepts, self.goals, self.scores = (
            d.average,
            d.concepts,
            d.goals,
            d.scores,
        )
        self._history, self.average_points = d.history, d.average_points
        keys = {c.key for c in d.concepts}  # the rows read, not the proxied state list
        if self.chosen not in keys:
            self.chosen = d.concepts[0].key if d.concepts else ""
        self.concept_points = d.history.get(self.chosen, [])
        self.loaded = True
        return None

    @rx.event
    def choose(self, key: str):
        if isinstance(key, str) and key in self._history:
            self.chosen = key
            self.concept_points = self._history[key]
