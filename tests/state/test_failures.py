"""Uncaught event errors: a traceback the first time per kind, then one line each."""

from __future__ import annotations

import logging

from companion.state import failures


def _raise(message: str) -> Exception:
    try:
        raise ValueError(message)
    except ValueError as exc:
        return exc


def test_repeats_of_one_failure_cost_one_line_and_no_traceback(caplog):
    failures._seen.clear()
    caplog.set_level(logging.INFO, logger="companion.ui")
    for n in range(50):
        spec = failures.backend_error(_raise(f"junk {n}"))
        assert spec is not None
    records = [r for r in caplog.records if r.name == "companion.ui"]
    assert len(records) == 50
    assert sum(1 for r in records if r.exc_info) == 1
    assert all("Traceback" not in r.getMessage() for r in records)


def test_a_new_kind_of_failure_is_logged_with_its_traceback(caplog):
    failures._seen.clear()
    caplog.set_level(logging.INFO, logger="companion.ui")
    failures.backend_error(_raise("first"))
    try:
        {}["missing"]
    except KeyError as exc:
        failures.backend_error(exc)
    assert sum(1 for r in caplog.records if r.exc_info) == 2
