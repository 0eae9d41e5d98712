"""Request bodies of the REST API (what OpenAPI documents and the routes validate)."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from companion.api.body import Body
from companion.api.schemas import AnswerSeconds, OptionalId, RequestedDifficulty, id_field


class LoginIn(Body):
    email: str = Field(max_length=254)
    password: str = Field(max_length=1024)


class RegisterIn(Body):
    email: str = Field(max_length=254)
    name: str = Field(min_length=1, max_length=120)
    password: str = Field(min_length=10, max_length=72)
    grade: str | None = Field(default=None, max_length=32)


class TranscriptIn(Body):
    """A session with its transcript as text (JSON); multipart sends the same fields + a file."""

    content: str = Field(min_length=1)
    subject: str = Field(min_length=1, max_length=120)
    date: date
    student_id: OptionalId = id_field("The student; default: the caller.")
    tutor_id: OptionalId = id_field("The tutor who gave the session.")
    duration_min: int = Field(default=60, ge=0, le=600)
    source: Literal["txt", "vtt", "srt", "json", "paste"] = "paste"
    filename: str = Field(default="", max_length=255)


class PracticeIn(Body):
    student_id: OptionalId = id_field("The student; default: the caller.")
    session_id: OptionalId = id_field("Practise the concepts of this session.")
    concept_keys: list[str] = Field(default_factory=list, max_length=20)
    difficulty: RequestedDifficulty = Field(
        default="medium",
        description="`auto` picks the level the student is expected to "
        "answer about 3 in 4 correctly at.",
    )
    count: int = Field(default=5, ge=1, le=20)


class ReviewIn(Body):
    student_id: OptionalId = id_field("The student; default: the caller.")


class SubmitIn(Body):
    answers: list[str] = Field(max_length=50)
    seconds: list[AnswerSeconds] | None = Field(
        default=None,
        max_length=50,
        description="Seconds spent on each answer (same length as `answers`); quick right "
        "answers push the next review further out, slow ones bring it closer.",
    )


class GoalIn(Body):
    student_id: OptionalId = id_field("The student; default: the caller.")
    subject: str = Field(min_length=1, max_length=120)
    title: str = Field(min_length=1, max_length=200)
    target_date: date | None = None


class RoutingIn(Body):
    student_id: OptionalId = id_field("The student; default: the caller.")
    message: str = Field(default="", max_length=2000)


class ChatIn(Body):
    student_id: OptionalId = id_field("The student; default: the caller.")
    message: str = Field(min_length=1, max_length=4000)
