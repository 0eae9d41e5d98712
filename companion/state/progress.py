"""/progress: mastery per concept over time, goal progress, practice scores."""

from __future__ import annotations

import dataclasses

import reflex as rx

from companion.db import session_scope
from companion.models import MasteryEvent
from companion.services.errors import DomainError
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


def average_by_day(events: list[MasteryEvent]) -> list[dict]:
    """The average of each concept's latest mastery, at the end of every day with a change."""
    latest: dict[str, int] = {}
    points: dict[str, int] = {}
    for e in events:
        latest[e.concept_key] = e.mastery
        points[f"{e.at:%d %b}"] = round(sum(latest.values()) / len(latest))
    return [{"day": d, "mastery": m} for d, m in points.items()]


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
    def load_progress(self):
        try:
            with session_scope() as s:
                user = self._require_user(s, STUDENTS)
                data = progress_get(s, actor=user, student_id=user.id)
                events = mastery_history(s, actor=user, student_id=user.id)
        except DomainError as exc:
            self.concepts, self.goals, self.scores, self._history = [], [], [], {}
            return self._refuse(exc)
        self.average = data["average_mastery"] if data["average_mastery"] is not None else -1
        self.concepts = [ConceptOption(c["key"], c["name"], c["mastery"]) for c in data["concepts"]]
        self.goals = [
            GoalBar(g["title"], g["subject"], g["progress"], g["status"]) for g in data["goals"]
        ]
        self.scores = [
            {"set": f"#{i + 1}", "score": round(p["score"] or 0)}
            for i, p in enumerate(data["practice_scores"])
        ]
        history: dict[str, list[dict]] = {}
        for e in events:
            history.setdefault(e.concept_key, []).append(
                {"when": f"{e.at:%d %b %H:%M}", "mastery": e.mastery}
            )
        self._history = history
        self.average_points = average_by_day(events)
        keys = {c.key for c in self.concepts}
        if self.chosen not in keys:
            self.chosen = self.concepts[0].key if self.concepts else ""
        self.concept_points = history.get(self.chosen, [])
        self.loaded = True
        return None

    @rx.event
    def choose(self, key: str):
        if isinstance(key, str) and key in self._history:
            self.chosen = key
            self.concept_points = self._history[key]
