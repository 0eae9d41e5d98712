"""The companion command, run as a user would run it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlmodel import select

from companion import cli
from companion.db import session_scope
from companion.demo import ACCOUNTS
from companion.demo.history import CLASSMATES
from companion.models import Job, Transcript, TutoringSession, User

FIXTURES = Path(__file__).parent / "fixtures"
DEMO = Path(cli.__file__).parent / "demo"


def _run(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "companion.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **(env or {})},
    )


def test_every_subcommand_has_help():
    for command in (
        ["--help"],
        ["db", "upgrade", "--help"],
        ["user", "create", "--help"],
        ["demo", "--help"],
        ["worker", "--help"],
        ["import", "--help"],
        ["analyze", "--help"],
        ["grade", "--help"],
        ["run", "--help"],
    ):
        with pytest.raises(SystemExit) as done:
            cli.main(command)
        assert done.value.code == 0


def test_analyze_json_prints_one_object_per_file_per_line():
    files = [str(DEMO / "biology_photosynthesis.vtt"), str(DEMO / "chemistry_stoichiometry.srt")]
    out = _run("analyze", "--json", *files)
    assert out.returncode == 0, out.stderr
    lines = [json.loads(line) for line in out.stdout.splitlines()]
    assert [line["file"] for line in lines] == files
    assert [line["subject"] for line in lines] == ["Biology", "Chemistry"]
    assert all(line["concepts"] for line in lines)


def test_grade_accepts_equivalent_forms_and_reports_wrong_answers():
    ok = _run("grade", "--expected", "1200", "--answer", "$1,200", "--type", "problem_solving")
    wrong = _run("grade", "--expected", "1200", "--answer", "1201", "--type", "problem_solving")
    assert ok.returncode == 0 and ok.stdout.startswith("correct")
    assert wrong.returncode == 1 and wrong.stdout.startswith("wrong")


def test_grade_json_reads_lines_and_answers_each():
    lines = [
        {"expected": "0.5", "answer": "1/2", "type": "problem_solving"},
        {"expected": "2x+2", "answer": "2(x+1)", "type": "problem_solving"},
        {"expected": "3", "answer": "x = 4", "type": "problem_solving"},
    ]
    out = _run("grade", "--json", stdin="\n".join(json.dumps(x) for x in lines))
    answers = [json.loads(line) for line in out.stdout.splitlines()]
    assert [a["correct"] for a in answers] == [True, True, False]
    assert set(answers[0]) == {"correct", "score", "feedback"}


def test_user_create_reads_the_password_from_stdin(database):
    out = _run(
        "user",
        "create",
        "--email",
        "t@example.com",
        "--name",
        "Tess",
        "--role",
        "tutor",
        stdin="a long enough password\n",
        env={"DATABASE_URL": database},
    )
    assert out.returncode == 0, out.stderr
    weak = _run(
        "user",
        "create",
        "--email",
        "u@example.com",
        "--name",
        "U",
        "--role",
        "tutor",
        stdin="short\n",
        env={"DATABASE_URL": database},
    )
    assert weak.returncode == 2 and "10 characters" in weak.stderr
    with session_scope() as s:
        assert [u.email for u in s.exec(select(User)).all()] == ["t@example.com"]


def test_demo_is_safe_to_run_twice(database):
    for _ in range(2):
        out = _run("demo", "--no-process", env={"DATABASE_URL": database})
        assert out.returncode == 0, out.stderr
        for account in ACCOUNTS:
            assert account.email in out.stdout and account.password in out.stdout
    with session_scope() as s:
        assert len(s.exec(select(User)).all()) == 3 + CLASSMATES  # outcome history's classmates
        sessions = s.exec(select(TutoringSession)).all()
        assert len(sessions) == 5 and len({x.subject for x in sessions}) == 5
        assert len(s.exec(select(Job)).all()) == 5


def test_import_queues_each_file_as_a_session_of_the_student(database, tmp_path):
    _run("demo", "--no-process", env={"DATABASE_URL": database})
    files = [str(DEMO / "python_loops.txt"), str(DEMO / "english_thesis.json")]
    out = _run(
        "import",
        "--student",
        ACCOUNTS[0].email,
        "--tutor",
        ACCOUNTS[1].email,
        "--subject",
        "Imported",
        *files,
        env={"DATABASE_URL": database},
    )
    assert out.returncode == 0, out.stderr
    missing = _run(
        "import", "--student", "nobody@example.com", files[0], env={"DATABASE_URL": database}
    )
    assert missing.returncode == 2 and "No student" in missing.stderr
    with session_scope() as s:
        imported = s.exec(
            select(TutoringSession).where(TutoringSession.subject == "Imported")
        ).all()
        assert len(imported) == 2
        sources = {t.source for t in s.exec(select(Transcript)).all()}
        assert {"txt", "json"} <= sources
        assert len(s.exec(select(Job)).all()) == 7
