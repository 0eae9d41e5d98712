"""Deleting an account removes its mail from the outbox folder too (after the commit)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlmodel import Session, select

from companion import db
from companion.models import Job, User
from companion.services.account_data import account_delete, account_delete_user
from companion.services.email_change import email_change_request
from companion.services.mail import MAIL_KIND, mail_deliver, outbox_forget, outbox_list
from companion.services.password_reset import password_reset_request
from jobs.handlers import run_mail_send
from tests.factories import PASSWORD, make_admin, make_student


def _send_queued_mail() -> None:
    with Session(db.get_engine()) as s:
        jobs = s.exec(select(Job).where(Job.kind == MAIL_KIND, Job.status == "queued")).all()
        payloads = [dict(job.payload) for job in jobs]
        for job in jobs:
            job.status = "done"
            s.add(job)
        s.commit()
    for payload in payloads:
        run_mail_send(payload)


def _world() -> tuple[int, int, int]:
    """Ada (whose mail goes to her address and, for an email change, to a new one), Bea
    and an admin; every mail is in the outbox. Their ids."""
    with db.session_scope() as s:
        ada = make_student(s, name="Ada", email="ada@example.com")
        bea = make_student(s, name="Bea", email="bea@example.com")
        admin = make_admin(s, email="boss@example.com")
        s.flush()
        ids = (ada.id, bea.id, admin.id)
    for email in ("Ada@Example.com", "bea@example.com"):
        with db.session_scope() as s:
            password_reset_request(s, email=email)
    with db.session_scope() as s:
        email_change_request(
            s, actor=s.get_one(User, ids[0]), new_email="ada.new@example.com", password=PASSWORD
        )
    _send_queued_mail()
    # A message written before outbox files named their account: found by its address.
    mail_deliver({"to": "ada@example.com", "subject": "Older mail", "text": "Hello Ada"})
    return ids


def _self_delete(ada: int, admin: int) -> None:
    with db.session_scope() as s:
        account_delete(s, actor=s.get_one(User, ada), password=PASSWORD)


def _admin_delete(ada: int, admin: int) -> None:
    with db.session_scope() as s:
        account_delete_user(s, actor=s.get_one(User, admin), user_id=ada)


@pytest.mark.parametrize("delete", [_self_delete, _admin_delete], ids=["self", "admin"])
def test_deleting_an_account_removes_its_outbox_mail_and_keeps_the_others(
    database, outbox, delete: Callable[[int, int], None]
):
    ada, _, admin = _world()
    with db.session_scope() as s:
        boss = s.get_one(User, admin)
    before = {m.to for m in outbox_list(actor=boss)}
    assert before == {"ada@example.com", "ada.new@example.com", "bea@example.com"}
    delete(ada, admin)
    left = outbox_list(actor=boss)
    assert [m.to for m in left] == ["bea@example.com"]
    assert "Bea" in left[0].text
    # Idempotent: a second sweep finds nothing more and leaves Bea's mail alone.
    assert outbox_forget(addresses={"ada@example.com"}, account=ada) == 0
    assert [m.to for m in outbox_list(actor=boss)] == ["bea@example.com"]


def test_a_deletion_that_rolls_back_keeps_the_outbox(database, outbox):
    ada, _, admin = _world()
    with pytest.raises(RuntimeError), db.session_scope() as s:
        account_delete(s, actor=s.get_one(User, ada), password=PASSWORD)
        s.flush()
        raise RuntimeError("the request failed after the deletion")
    with db.session_scope() as s:
        assert s.get(User, ada) is not None
        boss = s.get_one(User, admin)
    assert len(outbox_list(actor=boss)) == 4
