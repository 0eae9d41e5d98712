"""Demo history: classmates with six weeks of product events, so /admin/outcomes has figures.

The classmates cannot sign in (the hash of a random password nobody keeps); half of them work with the demo tutor,
so the tutor's outcomes page has figures too. Deterministic: the same seed every run.
"""

from __future__ import annotations

import random
import secrets
from datetime import datetime, timedelta

from sqlmodel import Session

from companion.ai.offline.nudges import TEMPLATES
from companion.models import Role, TutorStudent, User
from companion.services import events as ev
from companion.services.security import hash_password

CLASSMATES = 24
WEEKS = 6
SEED = 2026


def _day_events(db: Session, rng: random.Random, sid: int, at: datetime, refs, now) -> None:
    """One active day: a sign-in and a few of the things students do."""
    log = ev.record_event
    log(db, student_id=sid, kind=ev.SIGN_IN, now=at)
    if rng.random() < 0.6:
        log(db, student_id=sid, kind=ev.CHAT_CITED, now=at + timedelta(minutes=5))
    if rng.random() < 0.5:
        ref = next(refs)
        log(
            db,
            student_id=sid,
            kind=ev.PRACTICE_ASSIGNED,
            now=at + timedelta(minutes=10),
            ref_id=ref,
        )
        if rng.random() < 0.75:
            done = at + timedelta(minutes=30)
            log(db, student_id=sid, kind=ev.PRACTICE_COMPLETED, now=done, ref_id=ref)
    if rng.random() < 0.12:
        ref = next(refs)
        log(db, student_id=sid, kind=ev.GOAL_CREATED, now=at + timedelta(minutes=40), ref_id=ref)
        done = at + timedelta(days=rng.randint(2, 9))
        if rng.random() < 0.65 and done < now:
            log(db, student_id=sid, kind=ev.GOAL_COMPLETED, now=done, ref_id=ref)


def _nudge(db: Session, rng: random.Random, sid: int, at: datetime, refs) -> None:
    situation = rng.choice(tuple(TEMPLATES))
    arm = rng.randrange(len(TEMPLATES[situation]))
    ref = next(refs)
    data = {"template": f"{situation}:{arm}"}
    ev.record_event(db, student_id=sid, kind=ev.NUDGE_SENT, now=at, ref_id=ref, data=data)
    if rng.random() < 0.5:
        ev.record_event(
            db, student_id=sid, kind=ev.NUDGE_OPENED, now=at + timedelta(hours=2), ref_id=ref
        )


def load_history(db: Session, *, tutor: User, now: datetime) -> int:
    """Add the classmates and their events; returns how many classmates were added."""
    rng, refs = random.Random(SEED), iter(range(10**9, 2 * 10**9))
    no_login = hash_password(secrets.token_urlsafe(32))
    for i in range(CLASSMATES):
        joined = now - timedelta(days=rng.uniform(1, 7 * WEEKS))
        user = User(email=f"classmate{i + 1}@demo.studycompanion.dev", name=f"Classmate {i + 1}",
                    role=Role.student, password_hash=no_login, created_at=joined)  # fmt: skip
        db.add(user)
        db.flush()
        if i % 2 == 0:
            db.add(TutorStudent(tutor_id=tutor.id, student_id=user.id))
        stays = timedelta(days=rng.expovariate(1 / 14))  # most drift away within weeks
        day = joined
        while day < min(now - timedelta(hours=3), joined + stays):  # follow-ups stay in the past
            if rng.random() < 0.2:
                _nudge(db, rng, user.id, day - timedelta(hours=6), refs)
            _day_events(db, rng, user.id, day, refs, now)
            day += timedelta(days=rng.choice((1, 1, 2, 3)))
    db.flush()
    return CLASSMATES
