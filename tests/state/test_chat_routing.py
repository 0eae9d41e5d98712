"""The chat page's hand-off check: the provider decides between two short transactions."""

from __future__ import annotations

from sqlmodel import func, select

from companion.db import session_scope
from companion.models import RoutingDecision
from companion.state.chat import _route
from tests.factories import make_student

ASK = "Can I talk to a real tutor about fractions?"


def _open_requests(student_id: int) -> int:
    with session_scope() as s:
        return s.exec(
            select(func.count())
            .select_from(RoutingDecision)
            .where(RoutingDecision.student_id == student_id, RoutingDecision.status == "open")
        ).one()


def test_the_chat_pages_routing_check_holds_no_connection_while_deciding(
    database, connections_during
):
    seen = connections_during("route_to_tutor")
    with session_scope() as s:
        student = make_student(s)

    first, second = _route(student.id, ASK), _route(student.id, ASK)

    assert seen == [0, 0]  # no transaction, hence no row lock, while it decided
    assert first is not None and first == second
    assert _open_requests(student.id) == 1  # the second found the first's open request


def test_a_student_deactivated_while_deciding_gets_no_request(database, monkeypatch):
    from companion.ai.local import LocalProvider
    from companion.models import User

    with session_scope() as s:
        student = make_student(s)
    route = LocalProvider.route_to_tutor

    def route_then_deactivate(self, signals):
        with session_scope() as s:
            s.get(User, student.id).is_active = False
        return route(self, signals)

    monkeypatch.setattr(LocalProvider, "route_to_tutor", route_then_deactivate)

    assert _route(student.id, ASK) is None
    assert _open_requests(student.id) == 0
