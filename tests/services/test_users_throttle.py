"""The sign-in / sign-up throttle: backoff per key, trusted addresses, both stores, and the
user service calling it."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import pytest
from sqlmodel import select

from companion.models import AuditLog
from companion.services import ratelimit
from companion.services.errors import RateLimited, Unauthorized
from companion.services.ratelimit import Backoff, MemoryStore, RedisStore
from companion.services.signin import user_authenticate
from companion.services.users import user_register
from tests.factories import PASSWORD, make_student

REDIS_URL = "redis://127.0.0.1:6379/0"
POLICY = Backoff(free=3, cap=8.0, forget=100.0)


@pytest.fixture(params=["memory", "redis"])
def store(request) -> Iterator[ratelimit.Store]:
    """Each store, the Redis one under a prefix of its own (cleared after)."""
    if request.param == "memory":
        yield MemoryStore()
        return
    redis_store = RedisStore(REDIS_URL, prefix=f"test:ratelimit:{uuid.uuid4().hex}:")
    yield redis_store
    redis_store.clear()


def test_free_attempts_then_a_doubling_capped_pause(store):
    t = 1000.0
    assert [store.take("k", POLICY, t) for _ in range(3)] == [0, 0, 0]
    assert store.take("k", POLICY, t + 0.5) == pytest.approx(0.5)  # 4th waits 1 s
    assert store.take("k", POLICY, t + 1.0) == 0  # counted: now 4
    assert store.take("k", POLICY, t + 2.0) == pytest.approx(1.0)  # 5th waits 2 s
    assert store.take("k", POLICY, t + 3.0) == 0
    t += 3.0
    for _ in range(5):  # 4 s, 8 s, then the cap holds at 8 s
        wait = store.take("k", POLICY, t)
        assert 0 < wait <= POLICY.cap
        t += wait
        assert store.take("k", POLICY, t) == 0
    assert store.take("k", POLICY, t) == pytest.approx(8.0)
    assert store.take("other", POLICY, t) == 0  # keys are independent


def test_a_count_starts_over_after_the_idle_time(store):
    for _ in range(3):
        store.take("k", POLICY, 0.0)
    assert store.take("k", POLICY, 1.0) == 0  # the 4th, after its 1 s pause
    assert store.take("k", POLICY, 2.0) > 0
    assert store.take("k", POLICY, 1.0 + POLICY.forget + 1) == 0


def test_giving_back_uncounts_one_attempt(store):
    for _ in range(3):
        store.take("k", POLICY, 10.0)
    store.give_back("k")
    assert store.take("k", POLICY, 10.0) == 0
    store.give_back("never-seen")  # harmless


def test_trusted_addresses_per_account_expire(store):
    store.trust("ada@example.com", "10.0.0.1", 0.0)
    assert store.trusted("ada@example.com", "10.0.0.1", 10.0)
    assert not store.trusted("ada@example.com", "10.0.0.2", 10.0)
    assert not store.trusted("bob@example.com", "10.0.0.1", 10.0)
    assert not store.trusted("ada@example.com", "10.0.0.1", ratelimit.TRUST_SECONDS + 1)


def test_parallel_takes_never_exceed_the_free_attempts(store):
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        waits = list(pool.map(lambda _: store.take("k", POLICY, 5.0), range(40)))
    assert waits.count(0) == POLICY.free


@pytest.fixture
def clock(monkeypatch) -> list[float]:
    """A hand-moved clock for the throttle."""
    now = [1_000_000.0]
    monkeypatch.setattr(ratelimit, "_clock", lambda: now[0])
    return now


def test_sign_in_failures_are_throttled_per_address_first(session, clock):
    make_student(session, email="ada@example.com")
    session.commit()
    free = ratelimit.POLICIES["login:address"].free
    for n in range(free):
        with pytest.raises(Unauthorized):
            user_authenticate(session, email=f"u{n}@example.com", password="x", address="1.1.1.1")
    with pytest.raises(RateLimited) as limited:
        user_authenticate(session, email="ada@example.com", password=PASSWORD, address="1.1.1.1")
    assert limited.value.retry_after == 1
    assert user_authenticate(session, email="ada@example.com", password=PASSWORD, address="2.2.2.2")
    clock[0] += 1
    assert user_authenticate(session, email="ada@example.com", password=PASSWORD, address="1.1.1.1")


def test_successful_sign_ins_are_not_counted(session, clock):
    make_student(session, email="ada@example.com")
    session.commit()
    for _ in range(ratelimit.POLICIES["login:account"].free + 5):
        user_authenticate(session, email="ada@example.com", password=PASSWORD, address="3.3.3.3")


def test_throttled_sign_in_checks_no_password_and_audits_nothing(session, clock):
    make_student(session, email="ada@example.com")
    session.commit()
    free = ratelimit.POLICIES["login:account"].free
    for n in range(free + 5):
        with contextlib.suppress(Unauthorized, RateLimited):
            user_authenticate(session, email="ada@example.com", password="x", address=f"9.0.0.{n}")
    failed = session.exec(select(AuditLog).where(AuditLog.action == "login.failed")).all()
    assert len(failed) == free


def test_sign_ups_back_off_per_address(session, clock):
    created = 0
    for n in range(50):  # 50 tries in 25 s from one address
        try:
            user_register(
                session,
                email=f"s{n}@example.com",
                name="S",
                password="long enough pw",
                address="4.4.4.4",
            )
            created += 1
        except RateLimited:
            pass
        clock[0] += 0.5
    # 5 free, then pauses of 1, 2, 4, 8 s: at most 4 more fit in the 25 s
    assert created <= ratelimit.POLICIES["register:address"].free + 4
    assert user_register(
        session, email="other@example.com", name="O", password="long enough pw", address="5.5.5.5"
    )
