"""Time in one place: aware UTC datetimes (SQLModel stores them as UTC on both databases)."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Now, in UTC, timezone-aware."""
    return datetime.now(UTC)
