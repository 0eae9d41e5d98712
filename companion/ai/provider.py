"""The provider protocol: one method per AI capability."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Protocol

from companion.ai.schemas import (
    ChatChunk,
    ChatContext,
    ConceptRef,
    Difficulty,
    Grade,
    Nudge,
    PracticeSet,
    Problem,
    Routing,
    RoutingSignals,
    StudentActivity,
    SuggestionList,
    TranscriptAnalysis,
)


class Provider(Protocol):
    """What every AI engine offers; all outputs are validated pydantic models."""

    name: str

    def analyze_transcript(self, text: str, *, subject_hint: str = "") -> TranscriptAnalysis:
        """Concepts covered (with mastery), topics, summary and subject of one session."""
        ...

    def generate_practice(
        self,
        concepts: list[ConceptRef],
        *,
        difficulty: Difficulty = "medium",
        count: int = 5,
        transcript: str = "",
        seed: int | None = None,
    ) -> PracticeSet:
        """Problems for the given concepts, each with a checked answer and explanation."""
        ...

    def grade_answer(self, problem: Problem, answer: str) -> Grade:
        """Score one answer against a problem (0..1 with feedback)."""
        ...

    def suggest_subjects(
        self,
        *,
        completed_subject: str,
        mastered_concepts: list[str],
        studied_subjects: list[str],
    ) -> SuggestionList:
        """Five ranked next subjects after a goal is completed."""
        ...

    def nudge_message(self, activity: StudentActivity) -> Nudge:
        """A short, encouraging message that brings a drifting student back."""
        ...

    def route_to_tutor(self, signals: RoutingSignals) -> Routing:
        """Whether a human tutor should take over, with urgency, topic and minutes."""
        ...

    def chat(self, ctx: ChatContext) -> Iterator[ChatChunk]:
        """Stream a reply grounded in the student's own sessions."""
        ...
