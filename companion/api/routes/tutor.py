"""Tutor hand-off: routing analysis, a student's full context, the tutor list."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse
from sqlmodel import Session

from companion.ai.schemas import Routing, RoutingSignals
from companion.api.context_schemas import StudentContextOut
from companion.api.deps import (
    IdPath,
    LimitQ,
    PageQ,
    TokenDep,
    as_user,
    as_user_around,
    dump,
    ok,
    page_slice,
    paged,
    row_as_user,
    student_or_self,
)
from companion.api.inputs import RoutingIn
from companion.api.routes.docs import READ_ERRORS, WRITE_ERRORS
from companion.api.schemas import Ok, Paged, RoutingOut, TutorOut
from companion.models import User
from companion.services import routing, tutors

router = APIRouter(prefix="/api/tutor", tags=["tutor"])


@router.post("/routing/analyze", response_model=Ok[RoutingOut], responses=WRITE_ERRORS)
async def routing_analyze(body: RoutingIn, token: TokenDep) -> JSONResponse:
    """Should the student see a human tutor? An open request is stored when so."""

    def begin(session: Session, user: User) -> tuple[int, RoutingSignals]:
        student_id = student_or_self(body.student_id, user)
        signals = routing.routing_analyze_begin(
            session, actor=user, student_id=student_id, message=body.message
        )
        return student_id, signals

    def store(
        session: Session,
        user: User,
        begun: tuple[int, RoutingSignals],
        decision: Routing,
    ) -> JSONResponse:
        student_id = begun[0]
        row = routing.routing_analyze_store(
            session, actor=user, student_id=student_id, decision=decision
        )
        out = {
            "should_route": decision.shouldRoute,
            "reason": decision.reason,
            "urgency": decision.urgency,
            "recommended_topic": decision.recommendedTopic,
            "estimated_minutes": decision.estimatedDuration,
            "engine": decision.engine,
            "request_id": row.id if row else None,
            "request_status": row.status if row else None,
        }
        return ok(dump(RoutingOut, out))

    # Deciding may call an LLM: it runs between the two transactions, holding no connection.
    return await as_user_around(token, begin, lambda b: routing.routing_decide(b[1]), store)


@router.get(
    "/context/student/{student_id}", response_model=Ok[StudentContextOut], responses=READ_ERRORS
)
async def student_context(student_id: IdPath, token: TokenDep) -> JSONResponse:
    """Everything a tutor reads before a session with the student."""
    return await row_as_user(
        token,
        lambda db, user: tutors.student_context(db, actor=user, student_id=student_id),
        StudentContextOut,
    )


@router.get("/list", response_model=Paged[TutorOut], responses=READ_ERRORS)
async def tutor_list(token: TokenDep, page: PageQ = 1, limit: LimitQ = 50) -> JSONResponse:
    """Active tutors, by name (emails for tutors and admins only)."""

    def work(session: Session, user: User) -> JSONResponse:
        rows = tutors.tutor_directory(session, actor=user)
        data = [dump(TutorOut, t) for t in page_slice(rows, page, limit)]
        return paged(data, page=page, limit=limit, total=len(rows))

    return await as_user(token, work)
