"""The goal-completed job: the provider suggests with no connection held, stored once."""

from __future__ import annotations

from sqlmodel import func, select

from companion import db
from companion.models import Notification, SubjectSuggestion
from companion.services.goals import goal_complete, goal_create
from jobs import handlers
from tests.factories import make_student


def _count(model: type, *where) -> int:
    with db.session_scope() as s:
        return s.exec(select(func.count()).select_from(model).where(*where)).one()


def _completed_goal() -> int:
    with db.session_scope() as s:
        student = make_student(s)
        goal = goal_create(s, actor=student, student_id=student.id, subject="Algebra", title="A")
        goal_complete(s, actor=student, goal_id=goal.id)
        return goal.id


def test_the_provider_suggests_with_no_database_connection_checked_out(
    database, connections_during
):
    seen = connections_during("suggest_subjects")
    goal_id = _completed_goal()

    handlers.run_goal_completed({"goal_id": goal_id})
    handlers.run_goal_completed({"goal_id": goal_id})  # a late second run: nothing to do

    assert seen == [0]  # no transaction, hence no lock on the goal, while it ran
    assert _count(SubjectSuggestion, SubjectSuggestion.goal_id == goal_id) == 5
    assert _count(Notification, Notification.type == "suggestions") == 1


def test_a_goal_deleted_while_the_provider_ran_stores_nothing(database, monkeypatch):
    from companion.ai.local import LocalProvider
    from companion.models import Goal

    goal_id = _completed_goal()
    suggest = LocalProvider.suggest_subjects

    def suggest_then_delete(self, **options):
        with db.session_scope() as s:
            s.delete(s.get(Goal, goal_id))
        return suggest(self, **options)

    monkeypatch.setattr(LocalProvider, "suggest_subjects", suggest_then_delete)
    handlers.run_goal_completed({"goal_id": goal_id})

    assert _count(SubjectSuggestion) == 0
    assert _count(Notification, Notification.type == "suggestions") == 0
