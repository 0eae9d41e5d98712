"""`companion outcomes` and the demo's history behind it."""

from __future__ import annotations

import json

from companion.services.outcomes import BARS
from tests.test_cli import _run


def test_the_demo_history_gives_every_bar_a_figure(database):
    assert _run("demo", "--no-process", env={"DATABASE_URL": database}).returncode == 0
    out = _run("outcomes", "--json", env={"DATABASE_URL": database})
    assert out.returncode == 0, out.stderr
    bars = json.loads(out.stdout)
    assert [b["key"] for b in bars] == list(BARS)
    assert all(b["denominator"] for b in bars if b["key"] != "retention")
    text = _run("outcomes", env={"DATABASE_URL": database}).stdout
    assert all(key in text for key in BARS) and "target 80%" in text


def test_a_bad_date_is_an_error_not_a_traceback(database):
    out = _run("outcomes", "--since", "last week", env={"DATABASE_URL": database})
    assert out.returncode == 2 and "Traceback" not in out.stderr and "error:" in out.stderr
