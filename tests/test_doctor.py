"""`companion doctor`: each check passes on a healthy setup and fails with its fix."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from companion import cli, doctor
from companion.migrations import upgrade
from companion.settings import load_settings
from tests.ai.fake_openai_server import FakeOpenAIServer


def _settings(**env: str):
    base = {"COMPANION_ENV": "test", "JWT_SECRET": "x" * 40}
    return load_settings(base | env)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_database_and_migrations_on_a_migrated_sqlite_file_pass(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'app.db'}"
    upgrade(url)
    settings = _settings(DATABASE_URL=url)
    assert doctor.check_database(settings).ok
    migrations = doctor.check_migrations(settings)
    assert migrations.ok and "at head" in migrations.detail


def test_a_missing_sqlite_file_is_not_created_and_migrations_say_how(tmp_path: Path):
    path = tmp_path / "later.db"
    settings = _settings(DATABASE_URL=f"sqlite:///{path}")
    assert doctor.check_database(settings).ok
    migrations = doctor.check_migrations(settings)
    assert not migrations.ok and "companion db upgrade" in migrations.fix
    assert not path.exists()


def test_an_empty_database_is_behind(tmp_path: Path):
    path = tmp_path / "empty.db"
    import sqlite3

    sqlite3.connect(path).close()
    result = doctor.check_migrations(_settings(DATABASE_URL=f"sqlite:///{path}"))
    assert not result.ok and "none applied" in result.detail


def test_an_unreachable_postgres_fails_with_the_fix():
    url = f"postgresql://postgres@127.0.0.1:{_closed_port()}/nothing"
    result = doctor.check_database(_settings(DATABASE_URL=url))
    assert not result.ok and "DATABASE_URL" in result.fix


def test_redis_is_checked_only_when_configured():
    assert doctor.check_redis(_settings()).skipped
    assert doctor.check_redis(_settings(REDIS_URL="redis://127.0.0.1:6379/0")).ok
    down = doctor.check_redis(_settings(REDIS_URL=f"redis://127.0.0.1:{_closed_port()}/0"))
    assert not down.ok and "REDIS_URL" in down.fix


def test_llm_endpoint_answers_and_knows_the_model():
    with FakeOpenAIServer() as fake:
        good = doctor.check_llm(_settings(OPENAI_BASE_URL=fake.base_url, OPENAI_API_KEY="k"))
        assert good.ok, good.detail
        fake.models = ["llama3"]
        wrong = doctor.check_llm(_settings(OPENAI_BASE_URL=fake.base_url, OPENAI_API_KEY="k"))
        assert not wrong.ok and "llama3" in wrong.fix
    dead = f"http://127.0.0.1:{_closed_port()}/v1"
    down = doctor.check_llm(_settings(OPENAI_BASE_URL=dead, OPENAI_API_KEY="k"))
    assert not down.ok and "COMPANION_AI=local" in down.fix
    assert doctor.check_llm(_settings()).skipped


def test_a_crashing_check_counts_as_failed():
    def broken(settings):
        raise RuntimeError("boom")

    (result,) = doctor.run_checks((broken,), _settings())
    assert not result.ok and "boom" in result.detail


def test_doctor_exit_code_follows_the_checks(monkeypatch, capsys):
    passing = doctor.Check("a", True, "fine")
    failing = doctor.Check("b", False, "broken", "do this")
    monkeypatch.setattr(doctor, "CHECKS", (lambda s: passing,))
    assert cli.main(["doctor"]) == 0
    monkeypatch.setattr(doctor, "CHECKS", (lambda s: passing, lambda s: failing))
    assert cli.main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "[FAIL] b: broken" in out and "fix: do this" in out


def test_run_refuses_to_start_with_an_unreachable_database(monkeypatch, capsys):
    url = f"postgresql://postgres@127.0.0.1:{_closed_port()}/nothing"
    monkeypatch.setattr(doctor, "get_settings", lambda: _settings(DATABASE_URL=url))
    assert cli.main(["run"]) == 2
    err = capsys.readouterr().err
    assert "unreachable" in err and "companion doctor" in err


@pytest.mark.parametrize("free, ok", [(10 << 30, True), (1 << 20, False)])
def test_disk_check(monkeypatch, free, ok):
    monkeypatch.setattr(doctor.shutil, "disk_usage", lambda p: type("U", (), {"free": free})())
    assert doctor.check_disk(_settings()).ok is ok


def test_smtp_is_checked_only_when_configured():
    from aiosmtpd.controller import Controller

    assert doctor.check_smtp(_settings()).skipped
    port = _closed_port()
    controller = Controller(object(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        assert doctor.check_smtp(_settings(SMTP_URL=f"smtp://127.0.0.1:{port}")).ok
    finally:
        controller.stop()
    down = doctor.check_smtp(_settings(SMTP_URL=f"smtp://127.0.0.1:{_closed_port()}"))
    assert not down.ok and "SMTP_URL" in down.fix


def test_smtp_check_negotiates_tls_and_logs_in_as_smtp_url_says(tmp_path, monkeypatch):
    from tests.services.mail_fixtures import self_signed_certificate, smtp_server, smtp_url

    certificate = self_signed_certificate(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    with smtp_server("starttls", certificate) as (inbox, port):
        check = doctor.check_smtp(_settings(SMTP_URL=smtp_url("smtp+starttls", port)))
        assert check.ok and check.detail.endswith("over TLS"), check.detail
        assert inbox.logins == ["mailer"]
        bad_login = smtp_url("smtp+starttls", port).replace("s3cret", "wrong")
        assert not doctor.check_smtp(_settings(SMTP_URL=bad_login)).ok
    with smtp_server("none") as (_, port):
        missing = doctor.check_smtp(_settings(SMTP_URL=smtp_url("smtp+starttls", port)))
        assert not missing.ok and "STARTTLS" in missing.detail
