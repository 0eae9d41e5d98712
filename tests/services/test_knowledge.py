"""Bayesian Knowledge Tracing: hand-computed updates, seeding, history, simulated students."""

from __future__ import annotations

import random
import statistics
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from companion.models import MasteryEvent
from companion.services.knowledge import (
    BKT,
    P_INIT,
    bkt_params,
    bkt_predict,
    bkt_update,
    knowledge_list,
    knowledge_observe,
    knowledge_seed,
    mastery_history,
)
from tests.factories import make_student

NOW = datetime(2026, 11, 2, 15, 0, tzinfo=UTC)
KEY, NAME, SUBJECT = "algebra_1.linear_equations", "Linear equations", "Algebra I"


def test_a_right_answer_on_a_medium_problem_from_the_prior_is_hand_computed():
    # slip 0.10, guess 0.20, learn 0.07, p = 0.30
    # posterior = 0.30*0.90 / (0.30*0.90 + 0.70*0.20) = 0.27 / 0.41 = 0.658537
    # after learning: 0.658537 + (1 - 0.658537) * 0.07 = 0.682439
    assert bkt_update(0.30, True, BKT["medium"]) == pytest.approx(0.682439, abs=1e-6)


def test_a_wrong_answer_on_a_medium_problem_from_the_prior_is_hand_computed():
    # posterior = 0.30*0.10 / (0.30*0.10 + 0.70*0.80) = 0.03 / 0.59 = 0.050847
    # after learning: 0.050847 + 0.949153 * 0.07 = 0.117288
    assert bkt_update(0.30, False, BKT["medium"]) == pytest.approx(0.117288, abs=1e-6)


def test_a_right_answer_on_an_easy_problem_is_hand_computed():
    # slip 0.05, guess 0.25, learn 0.08, p = 0.50
    # posterior = 0.50*0.95 / (0.475 + 0.50*0.25) = 0.475 / 0.600 = 0.791667
    # after learning: 0.791667 + 0.208333 * 0.08 = 0.808333
    assert bkt_update(0.50, True, BKT["easy"]) == pytest.approx(0.808333, abs=1e-6)


def test_a_wrong_answer_on_a_hard_problem_is_hand_computed():
    # slip 0.15, guess 0.10, learn 0.06, p = 0.80
    # posterior = 0.80*0.15 / (0.12 + 0.20*0.90) = 0.12 / 0.30 = 0.40
    # after learning: 0.40 + 0.60 * 0.06 = 0.436
    assert bkt_update(0.80, False, BKT["hard"]) == pytest.approx(0.436, abs=1e-9)


def test_the_prediction_is_the_emission_model():
    # 0.6 * (1 - 0.10) + 0.4 * 0.20 = 0.54 + 0.08 = 0.62
    assert bkt_predict(0.6, bkt_params("medium")) == pytest.approx(0.62)
    assert bkt_params("unknown") == BKT["medium"]
    assert P_INIT == 0.30


def test_seed_then_observe_updates_mastery_and_keeps_the_history(session):
    student = make_student(session)
    row = knowledge_seed(
        session, student_id=student.id, key=KEY, name=NAME, subject=SUBJECT, mastery=50, now=NOW
    )
    assert (row.p_known, row.mastery) == (0.5, 50)
    # 0.5*0.9 / (0.45 + 0.5*0.2) = 0.45 / 0.55 = 0.818182; + 0.181818*0.07 = 0.830909 -> 83
    assert knowledge_observe(
        session,
        student_id=student.id,
        key=KEY,
        name=NAME,
        subject="",
        correct=True,
        difficulty="medium",
        now=NOW,
    ) == (50, 83)
    assert (row.attempts, row.correct, row.subject) == (1, 1, SUBJECT)
    history = mastery_history(session, actor=student, student_id=student.id)
    assert [(e.mastery, e.source) for e in history] == [(50, "session"), (83, "practice")]
    assert knowledge_list(session, actor=student, student_id=student.id) == [row]


def test_a_second_session_moves_the_estimate_halfway(session):
    student = make_student(session)
    knowledge_seed(session, student_id=student.id, key=KEY, name=NAME, subject=SUBJECT, mastery=40)
    row = knowledge_seed(
        session, student_id=student.id, key=KEY, name=NAME, subject=SUBJECT, mastery=80
    )
    assert row.mastery == 60  # (0.40 + 0.80) / 2
    assert len(session.exec(select(MasteryEvent)).all()) == 2


def _simulate(true_known: bool, difficulty: str, seed: int, answers: int = 30) -> int:
    """A student at a fixed true state answering from the emission model; the final mastery."""
    rng, params, p = random.Random(seed), BKT[difficulty], P_INIT
    chance = bkt_predict(1.0 if true_known else 0.0, params)
    for _ in range(answers):
        p = min(0.999, max(0.001, bkt_update(p, rng.random() < chance, params)))
    return round(p * 100)


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_a_simulated_student_who_knows_the_concept_converges_within_10_points(difficulty):
    finals = [_simulate(True, difficulty, seed) for seed in range(20)]
    assert all(final >= 90 for final in finals), finals


@pytest.mark.parametrize("difficulty", ["easy", "medium", "hard"])
def test_a_simulated_student_who_does_not_know_it_converges_within_10_points(difficulty):
    # BKT assumes each answer may teach, so its estimate never drops below 100 * p_learn
    # (6-8 here); a lucky guess on the last answers lifts a few students above it.
    finals = [_simulate(False, difficulty, seed) for seed in range(40)]
    assert min(finals) >= round(100 * BKT[difficulty].p_learn)
    assert statistics.median(finals) <= 10, finals


def test_two_transactions_seeding_one_concept_at_once_both_count(pg_database):
    """Concurrent analyses of one student neither collide on the unique key nor lose an update."""
    import threading

    from sqlmodel import select

    from companion.db import session_scope
    from companion.models import KnowledgeState, MasteryEvent
    from companion.services.knowledge import knowledge_seed
    from tests.factories import make_student

    with session_scope() as s:
        student_id = make_student(s).id
    barrier, errors = threading.Barrier(2), []

    def seed(mastery: int) -> None:
        try:
            with session_scope() as s:
                barrier.wait()
                knowledge_seed(
                    s,
                    student_id=student_id,
                    key="biology.photosynthesis",
                    name="Photosynthesis",
                    subject="Biology",
                    mastery=mastery,
                )
        except Exception as exc:  # collected: an assertion in a thread would be lost
            errors.append(exc)

    threads = [threading.Thread(target=seed, args=(m,)) for m in (20, 80)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    with session_scope() as s:
        states = s.exec(select(KnowledgeState)).all()
        events = s.exec(select(MasteryEvent)).all()
    assert len(states) == 1 and len(events) == 2
    # One took its estimate as the first sighting, the other moved it halfway: 50 either way.
    assert states[0].mastery == 50
