"""The audit log of sensitive actions."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlmodel import Session

from companion.models import AuditLog, User
from companion.services.access import require_admin
from companion.services.listings import Page, page_of


def audit_record(session: Session, *, actor_id: int | None, action: str, target: str) -> None:
    """Append one audit entry (flushed with the caller's transaction)."""
    session.add(AuditLog(actor_id=actor_id, action=action, target=target[:300]))


def audit_list(session: Session, *, actor: User, page: object = 1, limit: object = 50) -> Page:
    """Newest audit entries first, each with its actor's name (admins only; two statements)."""
    require_admin(actor)
    a, u = AuditLog.__table__, User.__table__
    query = (
        select(a.c.id, a.c.at, a.c.actor_id, u.c.name.label("actor_name"), a.c.action, a.c.target)
        .outerjoin(u, u.c.id == a.c.actor_id)
        .order_by(a.c.at.desc(), a.c.id.desc())
    )
    return page_of(session, query, page, limit, select(func.count()).select_from(a))
