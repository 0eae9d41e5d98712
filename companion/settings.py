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
    )


@cache
def get_settings() -> Settings:
    """The process-wide settings, read once."""
    return load_settings()


def nudges_enabled(environ: dict[str, str] | None = None) -> bool:
    """COMPANION_NUDGES=on|off: the global switch for the daily nudges (on by default)."""
    env = os.environ if environ is None else environ
    return _choice("COMPANION_NUDGES", env.get("COMPANION_NUDGES", "on"), {"on", "off"}) == "on"
