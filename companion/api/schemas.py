"""Request and response bodies of the REST API (what OpenAPI documents and responses obey)."""

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


# ---- requests ----------------------------------------------------------------------------


class LoginIn(BaseModel):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)


class RegisterIn(BaseModel):
    email: str = Field(max_length=254)
    name: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=10, max_length=72)
    grade: str | None = Field(default=None, max_length=32)


class TranscriptIn(BaseModel):
    """A session with its transcript as text (JSON); multipart sends the same fields + a file."""

    content: str = Field(min_length=1)
    subject: str = Field(min_length=1, max_length=120)
    date: date
    student_id: OptionalId = id_field("The student; default: the caller.")
    tutor_id: OptionalId = id_field("The tutor who gave the session.")
    duration_min: int = Field(default=60, ge=0, le=600)
    source: Literal["txt", "vtt", "srt", "json", "paste"] = "paste"
    filename: str = Field(default="", max_length=255)


class PracticeIn(BaseModel):
    student_id: OptionalId = id_field("The student; default: the caller.")
    session_id: OptionalId = id_field("Practise the concepts of this session.")
    concept_keys: list[str] = Field(default_factory=list, max_length=20)
    difficulty: RequestedDifficulty = Field(
        default="medium",
        description="`auto` picks the level the student is expected to "
        "answer about 3 in 4 correctly at.",
    )
    count: int = Field(default=5, ge=1, le=20)


class ReviewIn(BaseModel):
    student_id: OptionalId = id_field("The student; default: the caller.")


class SubmitIn(BaseModel):
    answers: list[str] = Field(max_length=50)
    seconds: list[AnswerSeconds] | None = Field(
        default=None,
        max_length=50,
        description="Seconds spent on each answer (same length as `answers`); quick right "
        "answers push the next review further out, slow ones bring it closer.",
    )


class GoalIn(BaseModel):
    student_id: OptionalId = id_field("The student; default: the caller.")
    subject: str = Field(min_length=1, max_length=120)
    title: str = Field(min_length=1, max_length=200)
    target_date: date | None = None


class RoutingIn(BaseModel):
    student_id: OptionalId = id_field("The student; default: the caller.")
    message: str = Field(default="", max_length=2000)


class ChatIn(BaseModel):
    student_id: OptionalId = id_field("The student; default: the caller.")
    message: str = Field(min_length=1, max_length=4000)


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


class ContextStudent(BaseModel):
    id: int
    name: str
    email: str
    grade: str | None


class ContextSession(BaseModel):
    id: int
    subject: str
    date: str
    status: str
    summary: str
    topics: list[str]
    concepts: list[str]


class ContextConcept(BaseModel):
    key: str
    name: str
    subject: str
    mastery: int
    trend: int
    due_at: str | None


class ContextGoal(BaseModel):
    id: int
    title: str
    subject: str
    progress: int
    status: str


class ContextPractice(BaseModel):
    id: int
    score: float | None
    difficulty: str
    submitted_at: str | None


class ContextRouting(BaseModel):
    id: int
    status: str
    reason: str
    urgency: str
    topic: str
    est_minutes: int
    created_at: str


class StudentContextOut(BaseModel):
    student: ContextStudent
    sessions: list[ContextSession]
    concepts: list[ContextConcept]
    goals: list[ContextGoal]
    practice: list[ContextPractice]
    chat_topics: list[str]
    routing: list[ContextRouting]


class ProgressConcept(BaseModel):
    key: str
    name: str
    subject: str
    mastery: int


class ProgressScore(BaseModel):
    id: int
    score: float | None
    at: str | None


class ProgressOut(BaseModel):
    student_id: int
    average_mastery: int | None
    concepts: list[ProgressConcept]
    goals: list[ContextGoal]
    practice_scores: list[ProgressScore]


class CitationOut(BaseModel):
    session_id: int
    subject: str
    date: str
    excerpt: str = ""


class ChatReplyOut(BaseModel):
    text: str
    citations: list[CitationOut]
    engine: str
