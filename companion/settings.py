"""Every environment variable the app reads, read once, with defaults and validation."""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DEV_SECRET_FILE = Path(".jwt_secret")
_PLACEHOLDERS = {"", "change-me", "changeme", "secret", "dev"}


class SettingsError(RuntimeError):
    """A setting is missing or invalid for the current environment."""


@dataclass(frozen=True)
class Settings:
    env: str
    database_url: str
    jwt_secret: str
    jwt_ttl_seconds: int
    bcrypt_rounds: int
    openai_api_key: str
    openai_base_url: str
    ai_engine: str  # "local" | "openai"
    ai_model: str
    ai_timeout_seconds: float
    redis_url: str
    worker_mode: str  # "inprocess" | "off"
    cors_origins: tuple[str, ...]
    app_url: str = "http://localhost:3000"  # where browsers reach the app (COMPANION_URL)
    allowed_origins: tuple[str, ...] = ()  # pages that may call the app; the app's own by default
    smtp_url: str = ""  # smtps://, smtp+starttls:// (TLS required) or smtp:// (TLS if offered)
    mail_from: str = ""
    mail_outbox: str = "outbox"  # where mail goes when SMTP is not configured
    transcript_retention_days: int = 0  # 0 keeps raw transcript text forever

    @property
    def is_production(self) -> bool:
        return self.env == "production"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def _dev_secret() -> str:
    # Development keeps one generated secret in a local file so sessions survive restarts.
    if _DEV_SECRET_FILE.exists():
        return _DEV_SECRET_FILE.read_text().strip()
    value = secrets.token_urlsafe(48)
    _DEV_SECRET_FILE.write_text(value)
    _DEV_SECRET_FILE.chmod(0o600)
    return value


def _choice(name: str, value: str, allowed: set[str]) -> str:
    if value not in allowed:
        raise SettingsError(f"{name} must be one of {sorted(allowed)}, got {value!r}")
    return value


def _bcrypt_rounds(mode: str, raw: str) -> int:
    # Cost 12+ everywhere users sign in; tests may lower it to stay fast.
    rounds = int(raw or ("4" if mode == "test" else "12"))
    floor = 4 if mode == "test" else 12
    if not floor <= rounds <= 16:
        raise SettingsError(f"BCRYPT_ROUNDS must be between {floor} and 16, got {rounds}")
    return rounds


def _default_outbox(env: dict[str, str]) -> str:
    # Beside a SQLite database file, else in the app folder.
    url = env.get("DATABASE_URL", "sqlite:///companion.db")
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return str(Path(url.removeprefix("sqlite:///")).parent / "outbox")
    return "outbox"


def _smtp_url(url: str) -> str:
    if url and not url.startswith(("smtp://", "smtp+starttls://", "smtps://")):
        raise SettingsError("SMTP_URL must start with smtps://, smtp+starttls:// or smtp://")
    return url


def _retention(raw: str) -> int:
    days = int(raw or "0")
    if days < 0:
        raise SettingsError(f"TRANSCRIPT_RETENTION_DAYS must be 0 (keep) or more, got {days}")
    return days


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    """Build settings from the environment (or a given mapping, for tests)."""
    env = dict(os.environ if environ is None else environ)
    mode = _choice(
        "COMPANION_ENV",
        env.get("COMPANION_ENV", "development"),
        {"development", "test", "production"},
    )
    secret = env.get("JWT_SECRET", "")
    if mode == "production" and (secret.lower() in _PLACEHOLDERS or len(secret) < 32):
        raise SettingsError(
            "JWT_SECRET must be set to a random value of 32+ characters in production"
        )
    if not secret:
        secret = _dev_secret() if mode == "development" else secrets.token_urlsafe(48)
    key = env.get("OPENAI_API_KEY", "")
    base_url = env.get("OPENAI_BASE_URL", "")
    default_ai = "openai" if key or base_url else "local"
    return Settings(
        env=mode,
        database_url=env.get("DATABASE_URL", "sqlite:///companion.db"),
        jwt_secret=secret,
        jwt_ttl_seconds=int(env.get("JWT_TTL_SECONDS", str(7 * 24 * 3600))),
        bcrypt_rounds=_bcrypt_rounds(mode, env.get("BCRYPT_ROUNDS", "")),
        openai_api_key=key,
        openai_base_url=base_url,
        ai_engine=_choice("COMPANION_AI", env.get("COMPANION_AI", default_ai), {"local", "openai"}),
        ai_model=env.get("COMPANION_AI_MODEL", "gpt-4o-mini"),
        ai_timeout_seconds=float(env.get("COMPANION_AI_TIMEOUT", "30")),
        redis_url=env.get("REDIS_URL", ""),
        worker_mode=_choice(
            "COMPANION_WORKER", env.get("COMPANION_WORKER", "inprocess"), {"inprocess", "off"}
        ),
        cors_origins=tuple(o for o in env.get("COMPANION_CORS_ORIGINS", "").split(",") if o),
        **_web_settings(env),
        smtp_url=_smtp_url(env.get("SMTP_URL", "")),
        mail_from=env.get("MAIL_FROM", ""),
        mail_outbox=env.get("MAIL_OUTBOX", "") or _default_outbox(env),
        transcript_retention_days=_retention(env.get("TRANSCRIPT_RETENTION_DAYS", "")),
    )


@cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return load_settings()


def _web_settings(env: dict[str, str]) -> dict:
    """COMPANION_URL and COMPANION_ALLOWED_ORIGINS (COMPANION_CORS_ORIGINS is the older name)."""
    app_url = env.get("COMPANION_URL", "http://localhost:3000").strip().rstrip("/")
    if not app_url.startswith(("http://", "https://")):
        raise SettingsError(f"COMPANION_URL must start with http:// or https://, got {app_url!r}")
    raw = env.get("COMPANION_ALLOWED_ORIGINS") or env.get("COMPANION_CORS_ORIGINS", "")
    listed = tuple(o.strip().rstrip("/") for o in raw.split(",") if o.strip())
    if "*" in listed:
        raise SettingsError("COMPANION_ALLOWED_ORIGINS lists origins; '*' is not allowed")
    return {"app_url": app_url, "allowed_origins": listed or (app_url,)}


def kb_dirs(environ: dict[str, str] | None = None) -> tuple[Path, ...]:
    """Extra folders of knowledge-base subject files (COMPANION_KB_DIRS, os.pathsep-separated)."""
    raw = (os.environ if environ is None else environ).get("COMPANION_KB_DIRS", "")
    return tuple(Path(p).expanduser() for p in raw.split(os.pathsep) if p.strip())


def nudges_enabled(environ: dict[str, str] | None = None) -> bool:
    """COMPANION_NUDGES=on|off: the global switch for the daily nudges (on by default)."""
    env = os.environ if environ is None else environ
    return _choice("COMPANION_NUDGES", env.get("COMPANION_NUDGES", "on"), {"on", "off"}) == "on"
