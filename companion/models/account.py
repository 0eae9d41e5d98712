"""Account self-service: password reset links."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from companion.clock import utcnow


class PasswordReset(SQLModel, table=True):
    """A reset link sent by email: only the token's sha256 is stored; it works once."""

    __tablename__ = "password_resets"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    nonce: str = Field(max_length=64)
    expires_at: datetime = Field(index=True)
    used_at: datetime | None = Field(default=None)
    created_at: datetime = Field(default_factory=utcnow)
