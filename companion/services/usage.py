"""AI token usage, recorded per student and capability."""

from __future__ import annotations

from sqlmodel import Session

from companion.ai.schemas import Usage
from companion.models import AIUsage


def usage_record(
    session: Session, *, student_id: int | None, kind: str, engine: str, usage: Usage | None
) -> None:
    """Store token usage of an LLM call (nothing for the offline engine)."""
    if usage is None or usage.total_tokens == 0:
        return
    session.add(
        AIUsage(
            student_id=student_id,
            kind=kind,
            engine=engine[:120],
            prompt_tokens=usage.prompt_tokens,
            completion_tokens=usage.completion_tokens,
        )
    )
