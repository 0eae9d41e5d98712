"""The audit log of sensitive actions."""

from __future__ import annotations

from sqlmodel import Session, func, select

from companion.models import AuditLog, User
from companion.services.access import require_admin


def audit_record(session: Session, *, actor_id: int | None, action: str, target: str) -> None:
    """Append one audit entry (flushed with the caller's transaction)."""
    session.add(AuditLog(actor_id=actor_id, action=action, target=target[:300]))


def audit_list(
    session: Session, *, actor: User, page: int = 1, limit: int = 50
) -> tuple[list[AuditLog], int]:
    """Newest audit entries first (admins only)."""
    require_admin(actor)
    total = session.exec(select(func.count()).select_from(AuditLog)).one()
    rows = session.exec(
        select(AuditLog)
        .order_by(AuditLog.at.desc(), AuditLog.id.desc())
        .offset((page - 1) * limit)
        .limit(limit)
    ).all()
    return list(rows), total
