"""A student's progress: mastery per concept, goals, practice scores."""

from __future__ import annotations

from sqlmodel import Session, col, select

from companion.models import Goal, KnowledgeState, Practice, User
from companion.services.access import require_view_student


def progress_get(session: Session, *, actor: User, student_id: int) -> dict:
    """Mastery per concept, active goals and recent practice scores in one read."""
    require_view_student(session, actor, student_id)
    concepts = session.exec(
        select(KnowledgeState.concept_key, KnowledgeState.name, KnowledgeState.subject,
               KnowledgeState.mastery)
        .where(KnowledgeState.student_id == student_id).order_by(col(KnowledgeState.mastery))
    ).all()
    goals = session.exec(select(Goal.id, Goal.title, Goal.subject, Goal.progress, Goal.status)
                         .where(Goal.student_id == student_id)).all()
    scores = session.exec(select(Practice.id, Practice.score, Practice.submitted_at).where(
        Practice.student_id == student_id, Practice.status == "submitted")
        .order_by(col(Practice.id).desc()).limit(20)).all()
    mastery = [c.mastery for c in concepts]
    return {
        "student_id": student_id,
        "average_mastery": round(sum(mastery) / len(mastery)) if mastery else None,
        "concepts": [{"key": k, "name": n, "subject": s, "mastery": m} for k, n, s, m in concepts],
        "goals": [{"id": i, "title": t, "subject": s, "progress": p, "status": st}
                  for i, t, s, p, st in goals],
        "practice_scores": [{"id": i, "score": sc, "at": at.isoformat() if at else None}
                            for i, sc, at in reversed(scores)],
    }
