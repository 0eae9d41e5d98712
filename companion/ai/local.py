"""The offline engine assembled behind the provider protocol (no key, no network)."""

from __future__ import annotations

from collections.abc import Iterator

from companion.ai.offline import analysis, chat, grading, nudges, practice, routing, suggestions
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


class LocalProvider:
    """Deterministic answers computed from the knowledge base, sympy and the student's data."""

    name = "local"

    def analyze_transcript(self, text: str, *, subject_hint: str = "") -> TranscriptAnalysis:
        """Concepts, mastery, topics and an extractive summary."""
        return analysis.analyze(text, subject_hint=subject_hint)

    def generate_practice(
        self,
        concepts: list[ConceptRef],
        *,
        difficulty: Difficulty = "medium",
        count: int = 5,
        transcript: str = "",
        seed: int | None = None,
    ) -> PracticeSet:
        """Problems with computed, checked answers."""
        return practice.generate(
            concepts, difficulty=difficulty, count=count, transcript=transcript, seed=seed
        )

    def grade_answer(self, problem: Problem, answer: str) -> Grade:
        """Equivalence-aware grading."""
        return grading.grade(problem, answer)

    def suggest_subjects(
        self, *, completed_subject: str, mastered_concepts: list[str], studied_subjects: list[str]
    ) -> SuggestionList:
        """Next subjects from the knowledge-base graph."""
        return suggestions.suggest(
            completed_subject=completed_subject,
            mastered_concepts=mastered_concepts,
            studied_subjects=studied_subjects,
        )

    def nudge_message(self, activity: StudentActivity) -> Nudge:
        """A nudge written from the student's activity."""
        return nudges.nudge(activity)

    def route_to_tutor(self, signals: RoutingSignals) -> Routing:
        """Rule-based hand-off decision."""
        return routing.route(signals)

    def chat(self, ctx: ChatContext) -> Iterator[ChatChunk]:
        """Retrieval over the student's own sessions, sympy for math, hints during practice."""
        return chat.chat(ctx)
