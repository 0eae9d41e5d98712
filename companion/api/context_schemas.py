"""Response bodies of the REST API for a student's context: the tutor's view, progress, chat."""

from __future__ import annotations

from pydantic import BaseModel


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
