"""Transcript drafts live in the database: any worker finds them, old ones are swept."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlmodel import func, select

from companion import db
from companion.clock import utcnow
from companion.models import TranscriptDraft, User
from companion.services.drafts import (
    DRAFT_GONE,
    MAX_AGE,
    MAX_PER_OWNER,
    draft_drop,
    draft_save,
    draft_take,
)
from companion.services.errors import Invalid, NotFound
from tests.factories import make_student
from tests.services.test_learning_flow import ALGEBRA


def _student_id() -> int:
    with db.session_scope() as s:
        return make_student(s).id


def _drafts(owner_id: int) -> int:
    with db.session_scope() as s:
        where = TranscriptDraft.owner_id == owner_id
        return s.exec(select(func.count()).select_from(TranscriptDraft).where(where)).one()


def test_a_draft_kept_by_one_worker_is_saved_through_another(database):
    owner = _student_id()
    with db.session_scope() as s:
        draft = draft_save(s, owner_id=owner, content=ALGEBRA.encode(), filename="a.txt")
    assert draft.total > 0 and draft.turns[0].text
    db.dispose_all()  # another process: a pool of its own, no file of the first one's

    with db.session_scope() as s:
        assert draft_take(s, owner_id=owner, draft_id=draft.id) == ALGEBRA
    with db.session_scope() as s, pytest.raises(NotFound, match=DRAFT_GONE):
        draft_take(s, owner_id=owner, draft_id=draft.id)  # taken once only


def test_another_users_draft_is_not_found_and_stays(database):
    owner, other = _student_id(), _student_id()
    with db.session_scope() as s:
        draft = draft_save(s, owner_id=owner, content=ALGEBRA)
    with db.session_scope() as s:
        with pytest.raises(NotFound, match=DRAFT_GONE):
            draft_take(s, owner_id=other, draft_id=draft.id)
        draft_drop(s, owner_id=other, draft_id=draft.id)
        draft_drop(s, owner_id=other, draft_id="../../etc/passwd")  # not an id: nothing
    assert _drafts(owner) == 1


def test_text_that_is_no_dialogue_is_refused_and_nothing_is_kept(database):
    owner = _student_id()
    with db.session_scope() as s, pytest.raises(Invalid):
        draft_save(s, owner_id=owner, content=12)
    assert _drafts(owner) == 0


def test_drafts_older_than_a_day_are_swept_by_the_next_save(database):
    owner, other = _student_id(), _student_id()
    start = utcnow()
    with db.session_scope() as s:
        old = draft_save(s, owner_id=owner, content=ALGEBRA, now=start)
        fresh = draft_save(s, owner_id=owner, content=ALGEBRA, now=start + MAX_AGE / 2)
    with db.session_scope() as s:  # anyone's save sweeps
        draft_save(s, owner_id=other, content=ALGEBRA, now=start + MAX_AGE + timedelta(minutes=1))
    with db.session_scope() as s:
        with pytest.raises(NotFound):
            draft_take(s, owner_id=owner, draft_id=old.id)
        assert draft_take(s, owner_id=owner, draft_id=fresh.id) == ALGEBRA


def test_a_user_keeps_only_the_newest_drafts(database):
    owner = _student_id()
    start = utcnow()
    with db.session_scope() as s:
        ids = [
            draft_save(s, owner_id=owner, content=ALGEBRA, now=start + timedelta(seconds=i)).id
            for i in range(MAX_PER_OWNER + 2)
        ]
    assert _drafts(owner) == MAX_PER_OWNER
    with db.session_scope() as s:
        with pytest.raises(NotFound):
            draft_take(s, owner_id=owner, draft_id=ids[0])
        assert draft_take(s, owner_id=owner, draft_id=ids[-1]) == ALGEBRA


def test_deleting_a_user_deletes_their_drafts(database):
    owner = _student_id()
    with db.session_scope() as s:
        draft_save(s, owner_id=owner, content=ALGEBRA)
    with db.session_scope() as s:
        s.delete(s.get(User, owner))
    assert _drafts(owner) == 0


def test_two_saves_of_one_draft_at_once_get_its_text_once(pg_database):
    owner = _student_id()
    with db.session_scope() as s:
        draft = draft_save(s, owner_id=owner, content=ALGEBRA)
    both = threading.Barrier(2, timeout=60)

    def save(_: int) -> str:
        both.wait()
        try:
            with db.session_scope() as s:
                return draft_take(s, owner_id=owner, draft_id=draft.id)
        except NotFound:
            return "gone"

    with ThreadPoolExecutor(2) as pool:
        outcomes = sorted(pool.map(save, range(2)))

    assert outcomes == sorted([ALGEBRA, "gone"])
