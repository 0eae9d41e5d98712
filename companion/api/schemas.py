"""Envelopes and response bodies of the REST API (requests: api/inputs.py; the tutor's
context, progress and chat: api/context_schemas.py)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")

MAX_ID = 2**31 - 1  # ids are 32-bit integer columns on PostgreSQL
OptionalId = int | None
Difficulty = Literal["easy", "medium", "hard"]
RequestedDifficulty = Literal["easy", "medium", "hard", "auto"]
AnswerSeconds = Annotated[float, Field(ge=0, le=3600, allow_inf_nan=False)]
Urgency = Literal["low", "medium", "high"]


def id_field(description: str) -> Any:
    """An optional id in a body; absent means the caller."""
    return Field(default=None, ge=1, le=MAX_ID, description=description)


# ---- envelopes ---------------------------------------------------------------------------


class PageMeta(BaseModel):
    page: int
    limit: int
    total: int


class NotificationMeta(PageMeta):
    unread: int


class Ok(BaseModel, Generic[T]):
    """Every success: the payload under `data`, an optional human message."""

    data: T
    message: str | None = None


class Paged(BaseModel, Generic[T]):
    """A page of a list; `metadata` says which page and how many there are."""

    data: list[T]
    metadata: PageMeta
    message: str | None = None


class ErrorBody(BaseModel):
    """Every failure: a message safe to show, field details, a machine code."""

    error: str
    details: dict[str, Any] | None = None
    code: str | None = None


# ---- responses ---------------------------------------------------------------------------


class _Row(BaseModel):
    model_config = ConfigDict(from_attributes=True)


class UserOut(_Row):
    id: int
    email: str
    name: str
    role: str
    grade: str | None = None


class AuthOut(BaseModel):
    token: str
    token_type: Literal["bearer"] = "bearer"
    user: UserOut


class SessionOut(_Row):
    id: int
    student_id: int
    tutor_id: int | None
    subject: str
    date: date
    duration_min: int
    created_at: datetime


class TranscriptOut(_Row):
    id: int
    session_id: int
    source: str
    status: str
    stage: str
    error: str | None
    summary: str | None
    topics: list[str]
    engine: str | None
    updated_at: datetime


class TranscriptFull(TranscriptOut):
    content: str


class SessionItem(BaseModel):
    session: SessionOut
    transcript: TranscriptOut


class ConceptOut(_Row):
    id: int
    name: str
    concept_key: str
    description: str
    mastery: int
    difficulty: str
    key_points: list[str]


class SessionDetailOut(_Row):
    session: SessionOut
    transcript: TranscriptFull
    concepts: list[ConceptOut]


class ProblemOut(BaseModel):
    question: str
    type: str
    options: list[str] = []
    correctAnswer: str = ""
    explanation: str = ""
    difficulty: str = "medium"
    conceptId: str | None = None
    hint: str = ""


class PracticeOut(_Row):
    id: int
    student_id: int
    session_id: int | None
    status: str
    difficulty: str
    rationale: str = Field(default="", description="Why these concepts at this difficulty.")
    problems: list[ProblemOut]
    answers: list[dict[str, Any]]
    score: float | None
    engine: str | None
    created_at: datetime
    submitted_at: datetime | None


class ProblemResultOut(_Row):
    correct: bool
    score: float
    feedback: str
    scored: bool = True


class MasteryChange(BaseModel):
    key: str
    name: str
    before: int
    after: int


class SubmitOut(BaseModel):
    practice: PracticeOut
    results: list[ProblemResultOut]
    mastery_changes: list[MasteryChange]


class ReviewOut(BaseModel):
    """A concept due for review (FSRS schedule)."""

    key: str
    name: str
    subject: str
    mastery: int
    due_at: datetime


class GoalOut(_Row):
    id: int
    student_id: int
    subject: str
    title: str
    target_date: date | None
    progress: int
    status: str
    created_at: datetime
    completed_at: datetime | None


class SuggestionOut(_Row):
    id: int
    student_id: int
    goal_id: int | None
    subject: str
    description: str
    relevance: float
    value_proposition: str
    related_concepts: list[str]
    status: str
    created_at: datetime


class NotificationOut(_Row):
    id: int
    student_id: int
    type: str
    title: str
    message: str
    cta: str | None
    cta_label: str | None
    urgency: str
    read: bool
    created_at: datetime


class NotificationPage(BaseModel):
    data: list[NotificationOut]
    metadata: NotificationMeta
    message: str | None = None


class CountOut(BaseModel):
    updated: int


class RoutingOut(BaseModel):
    """The decision, and the stored open request when the student should see a tutor."""

    should_route: bool
    reason: str
    urgency: str
    recommended_topic: str
    estimated_minutes: int
    engine: str
    request_id: int | None
    request_status: str | None


class TutorOut(_Row):
    id: int
    name: str
    email: str | None = None  # shown to tutors and admins only
