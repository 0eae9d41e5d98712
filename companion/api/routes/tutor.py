"""Tutor hand-off: routing analysis, a student's full context, the tutor list."""

from __future__ import annotations

from fastapi import APIRouter

from companion.api.deps import (
    CurrentUser,
    IdPath,
    LimitQ,
    PageQ,
    SessionDep,
    page_meta,
    page_slice,
    student_or_self,
)
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import Ok, Paged, RoutingIn, RoutingOut, StudentContextOut, TutorOut
from companion.services import routing, tutors

router = APIRouter(prefix="/api/tutor", tags=["tutor"])


@router.post("/routing/analyze", responses=WRITE_ERRORS)
def routing_analyze(body: RoutingIn, user: CurrentUser, session: SessionDep) -> Ok[RoutingOut]:
    """Should the student see a human tutor? An open request is stored when so."""
    decision, row = routing.routing_analyze(
        session, actor=user, student_id=student_or_self(body.student_id, user), message=body.message
    )
    return Ok(
        data=RoutingOut(
            should_route=decision.shouldRoute,
            reason=decision.reason,
            urgency=decision.urgency,
            recommended_topic=decision.recommendedTopic,
            estimated_minutes=decision.estimatedDuration,
            engine=decision.engine,
            request_id=row.id if row else None,
            request_status=row.status if row else None,
        )
    )


@router.get("/context/student/{student_id}", responses=READ_ERRORS)
def student_context(
    student_id: IdPath, user: CurrentUser, session: SessionDep
) -> Ok[StudentContextOut]:
    """Everything a tutor reads before a session with the student."""
    return Ok(
        data=StudentContextOut.model_validate(
            tutors.student_context(session, actor=user, student_id=student_id)
        )
    )


@router.get("/list", responses=READ_ERRORS)
def tutor_list(
    user: CurrentUser, session: SessionDep, page: PageQ = 1, limit: LimitQ = 50
) -> Paged[TutorOut]:
    """Active tutors, by name."""
    rows = tutors.tutor_list(session, actor=user)
    return Paged(
        data=[TutorOut.model_validate(t) for t in page_slice(rows, page, limit)],
        metadata=page_meta(page, limit, len(rows)),
    )
