"""Validated shapes every AI provider returns (the original design's fields)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Difficulty = Literal["easy", "medium", "hard"]
Urgency = Literal["low", "medium", "high"]
ProblemType = Literal["multiple_choice", "short_answer", "problem_solving"]


class _Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


class Usage(_Out):
    """Token usage of one LLM call (zeros for the offline engine)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0


class ConceptAnalysis(_Out):
    name: str = Field(min_length=1, max_length=200)
    description: str = ""
    mastery_level: int = Field(ge=0, le=100)
    difficulty: Difficulty = "medium"
    key_points: list[str] = Field(default_factory=list)
    kb_id: str | None = None  # knowledge-base concept id when the engine knows it
    evidence: int | None = None  # graded student attempts behind the estimate (None: uncounted)
    measured: bool = True  # False: too little evidence, mastery_level is only a neutral prior
    # statements the tutor corrected: "You first thought ... — the fix was ..."
    misconceptions: list[str] = Field(default_factory=list)


class TranscriptAnalysis(_Out):
    concepts: list[ConceptAnalysis]
    topics: list[str] = Field(default_factory=list)
    summary: str = ""
    subject: str = ""
    engine: str = "local"
    usage: Usage = Field(default_factory=Usage)


class Problem(_Out):
    question: str = Field(min_length=1)
    type: ProblemType
    options: list[str] = Field(default_factory=list)
    correctAnswer: str = Field(min_length=1)
    explanation: str = Field(min_length=1)
    difficulty: Difficulty = "medium"
    conceptId: str | None = None
    hint: str = ""


class PracticeSet(_Out):
    problems: list[Problem]
    engine: str = "local"
    usage: Usage = Field(default_factory=Usage)


class Grade(_Out):
    correct: bool
    score: float = Field(ge=0.0, le=1.0)
    feedback: str = ""
    engine: str = "local"
    scored: bool = True  # False: shown next to the model answer, not counted in scores


class Suggestion(_Out):
    subject: str
    description: str = ""
    relevance_score: float = Field(ge=0.0, le=1.0)
    value_proposition: str = ""
    related_concepts: list[str] = Field(default_factory=list)


class SuggestionList(_Out):
    suggestions: list[Suggestion] = Field(min_length=1, max_length=5)
    engine: str = "local"
    usage: Usage = Field(default_factory=Usage)


class Nudge(_Out):
    message: str = Field(min_length=1)
    subject: str = ""
    call_to_action: str = Field(min_length=1)
    urgency: Urgency = "low"
    engine: str = "local"


class Routing(_Out):
    shouldRoute: bool
    reason: str = ""
    urgency: Urgency = "low"
    recommendedTopic: str = ""
    estimatedDuration: int = Field(default=0, ge=0, le=240)  # minutes
    engine: str = "local"


# ---- inputs -------------------------------------------------------------


class ConceptRef(BaseModel):
    """A concept practice is generated for."""

    id: str  # our database id (as text) or a knowledge-base id
    name: str
    description: str = ""
    subject: str = ""
    mastery: int = 50
    kb_id: str | None = None
    key_points: list[str] = Field(default_factory=list)


class StudentActivity(BaseModel):
    """What a nudge is written from."""

    student_name: str
    session_count: int
    days_inactive: int
    weakest_concepts: list[str] = Field(default_factory=list)
    active_goal_subjects: list[str] = Field(default_factory=list)
    last_subject: str = ""
    reviews_due: int = 0


class RoutingSignals(BaseModel):
    """Everything routing is decided from."""

    message: str = ""  # the student's latest message, if any
    recent_messages: list[str] = Field(default_factory=list)
    wrong_streaks: dict[str, int] = Field(default_factory=dict)  # concept -> consecutive wrong
    low_mastery_after_practice: list[str] = Field(default_factory=list)
    subject: str = ""


class ChatTurn(BaseModel):
    role: Literal["user", "assistant", "system"]
    content: str
    quiz: Problem | None = None  # the question an assistant turn asked, graded on the next turn


class SessionDoc(BaseModel):
    """One of the acting student's sessions, as chat retrieval sees it."""

    id: int
    subject: str
    date: str  # ISO date
    summary: str = ""
    transcript: str = ""
    concepts: list[str] = Field(default_factory=list)


class Citation(BaseModel):
    session_id: int
    subject: str
    date: str
    excerpt: str = ""


class ChatContext(BaseModel):
    message: str
    student_name: str = ""
    history: list[ChatTurn] = Field(default_factory=list)  # the last 10 turns
    summary: str = ""  # running summary of older turns
    sessions: list[SessionDoc] = Field(default_factory=list)
    open_practice: list[Problem] = Field(default_factory=list)


class ChatChunk(BaseModel):
    """One piece of a streamed reply; the last one has done=True."""

    text: str = ""
    citations: list[Citation] = Field(default_factory=list)
    done: bool = False
    engine: str = "local"
    usage: Usage | None = None
    quiz: Problem | None = None  # a quiz question this reply asks (kept with the message)
