"""`companion doctor`: what is misconfigured in this deployment, each with its fix.

Every check returns a `Check` (name, ok, detail, fix); nothing here changes anything. The
same checks explain a failed `companion run` start-up instead of a stack trace.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from companion.settings import Settings, get_settings

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
MIN_FREE_BYTES = 1 << 30  # uploads and the SQLite file need room to grow


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    skipped: bool = False

    def line(self) -> str:
        mark = "skip" if self.skipped else ("ok" if self.ok else "FAIL")
        text = f"[{mark:>4}] {self.name}: {self.detail}"
        return text if self.ok or not self.fix else f"{text}\n       fix: {self.fix}"


def _redact(url: str) -> str:
    """A URL without its password, for printing."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return url.split("@")[-1]


def _missing_sqlite_file(url: str) -> Path | None:
    """The SQLite file a URL names when it does not exist (opening it would create it)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    path = Path(parsed.database)
    return None if path.exists() else path


def check_database(settings: Settings) -> Check:
    """The database answers a query."""
    from sqlalchemy import text

    from companion.db import make_engine

    url = settings.database_url
    missing = _missing_sqlite_file(url)
    if missing is not None:
        if missing.parent.is_dir():
            return Check("database", True, f"{missing} will be created by `companion run`")
        return Check(
            "database",
            False,
            f"folder {missing.parent} does not exist",
            "create it or point DATABASE_URL at another file",
        )
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:
        fix = (
            "start PostgreSQL or correct DATABASE_URL (postgresql://user:pass@host:5432/db)"
            if not settings.is_sqlite
            else "check that the folder of the SQLite file exists and is writable"
        )
        return Check("database", False, f"{_redact(url)} unreachable ({type(exc).__name__})", fix)
    finally:
        engine.dispose()
    return Check("database", True, f"{_redact(url)} answers")


def check_migrations(settings: Settings) -> Check:
    """The database schema is at the newest migration."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    from companion.db import make_engine
    from companion.migrations import alembic_config

    if _missing_sqlite_file(settings.database_url) is not None:
        return Check(
            "migrations",
            False,
            "the database file does not exist yet",
            "run `companion db upgrade` (`companion run` applies them too)",
        )
    heads = set(ScriptDirectory.from_config(alembic_config(settings.database_url)).get_heads())
    engine = make_engine(settings.database_url)
    try:
        with engine.connect() as conn:
            current = set(MigrationContext.configure(conn).get_current_heads())
    except Exception as exc:
        return Check(
            "migrations",
            False,
            f"cannot read the schema version ({type(exc).__name__})",
            "fix the database check first",
        )
    finally:
        engine.dispose()
    if current == heads:
        return Check("migrations", True, f"at head ({', '.join(sorted(heads))})")
    have = ", ".join(sorted(current)) or "none applied"
    return Check(
        "migrations",
        False,
        f"behind: {have}; head is {', '.join(sorted(heads))}",
        "run `companion db upgrade` (`companion run` applies them too)",
    )


def check_redis(settings: Settings) -> Check:
    """Redis answers PING when REDIS_URL is set."""
    if not settings.redis_url:
        return Check(
            "redis",
            True,
            "not configured (one backend worker keeps UI state in memory)",
            skipped=True,
        )
    import redis

    try:
        redis.Redis.from_url(settings.redis_url, socket_timeout=3).ping()
    except Exception as exc:
        return Check(
            "redis",
            False,
            f"{_redact(settings.redis_url)} unreachable ({type(exc).__name__})",
            "start Redis or unset REDIS_URL to run one backend worker",
        )
    return Check("redis", True, f"{_redact(settings.redis_url)} answers PING")


def check_llm(settings: Settings) -> Check:
    """The OpenAI-compatible endpoint lists its models within the timeout."""
    if settings.ai_engine != "openai":
        return Check(
            "llm", True, "offline engine (no OPENAI_API_KEY / OPENAI_BASE_URL)", skipped=True
        )
    import openai

    client = openai.OpenAI(
        api_key=settings.openai_api_key or "not-needed",
        base_url=settings.openai_base_url or None,
        timeout=min(10.0, settings.ai_timeout_seconds),
        max_retries=0,
    )
    where = settings.openai_base_url or "api.openai.com"
    try:
        models = [m.id for m in client.models.list()]
    except Exception as exc:
        return Check(
            "llm",
            False,
            f"{where} did not answer ({type(exc).__name__})",
            "check OPENAI_BASE_URL / OPENAI_API_KEY, or set COMPANION_AI=local",
        )
    if models and settings.ai_model not in models:
        return Check(
            "llm",
            False,
            f"{where} has no model {settings.ai_model!r}",
            f"set COMPANION_AI_MODEL to one of: {', '.join(models[:5])}",
        )
    return Check("llm", True, f"{where} answers; model {settings.ai_model}")


def check_smtp(settings: Settings) -> Check:
    """The SMTP server greets us, with TLS as SMTP_URL asks and its login, when it is set."""
    url = getattr(settings, "smtp_url", "")
    if not url:
        return Check("smtp", True, "not configured (mail goes to the outbox folder)", skipped=True)
    import ssl
    from urllib.parse import urlsplit

    from companion.services.mail import SMTP_PORTS, smtp_open

    parts = urlsplit(url)
    where = f"{parts.hostname}:{parts.port or SMTP_PORTS.get(parts.scheme, '?')}"
    try:
        with smtp_open(url, timeout=5) as smtp:
            smtp.noop()
            tls = isinstance(smtp.sock, ssl.SSLSocket)
    except Exception as exc:
        return Check(
            "smtp",
            False,
            f"{where} refused or unreachable ({type(exc).__name__}: {str(exc)[:120]})",
            "check SMTP_URL (smtp+starttls://user:pass@host:587 or smtps://…:465) "
            "or unset it to use the outbox",
        )
    return Check("smtp", True, f"{where} answers{' over TLS' if tls else ''}")


def check_frontend(settings: Settings) -> Check:
    """The frontend's JS packages are installed (the first `companion run` does it)."""
    web = ROOT / ".web"
    if (web / "node_modules").is_dir():
        return Check("frontend", True, f"{web} has its packages")
    return Check(
        "frontend",
        False,
        f"{web} is not built yet",
        "run `companion run` once (it installs the JS packages and builds, 1-2 min)",
    )


def check_chromium(settings: Settings) -> Check:
    """Chromium is there for the browser tests."""
    if CHROMIUM.exists() or shutil.which("chromium"):
        return Check("chromium", True, "found (browser tests run)")
    return Check(
        "chromium",
        False,
        "missing: the browser tests will be skipped",
        "apt-get install -y chromium",
    )


def check_disk(settings: Settings) -> Check:
    """Enough free disk for uploads and the database."""
    free = shutil.disk_usage(ROOT).free
    gib = free / (1 << 30)
    if free >= MIN_FREE_BYTES:
        return Check("disk", True, f"{gib:.1f} GiB free")
    return Check("disk", False, f"only {gib:.2f} GiB free", "free some disk space (>= 1 GiB)")


CHECKS: tuple[Callable[[Settings], Check], ...] = (
    check_database,
    check_migrations,
    check_redis,
    check_llm,
    check_smtp,
    check_frontend,
    check_chromium,
    check_disk,
)
START_CHECKS = (check_database, check_redis, check_disk)


def run_checks(checks=None, settings: Settings | None = None) -> list[Check]:
    """Every check's result (all of CHECKS by default), in order; a crash counts as failed."""
    settings = settings or get_settings()
    out = []
    for check in CHECKS if checks is None else checks:
        try:
            out.append(check(settings))
        except Exception as exc:
            out.append(
                Check(check.__name__.removeprefix("check_"), False, f"check crashed: {exc!r}")
            )
    return out
