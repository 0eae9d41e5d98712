"""Small input checks shared by services: they raise Invalid with field details."""

from __future__ import annotations

from datetime import date

from companion.services.errors import Invalid

MAX_ID = 2**31 - 1  # ids are 32-bit integer columns on PostgreSQL


def text_field(value: object, field: str, *, max_len: int, min_len: int = 1) -> str:
    """A stripped string within bounds, with no NUL character (PostgreSQL cannot store one)."""
    if isinstance(value, str) and "\x00" in value:
        message = f"{field.replace('_', ' ').capitalize()} must not contain a NUL character."
        raise Invalid(message, details={field: message})
    if not isinstance(value, str) or not min_len <= len(value.strip()) <= max_len:
        message = f"{field.replace('_', ' ').capitalize()} must be {min_len}-{max_len} characters."
        raise Invalid(message, details={field: message})
    return value.strip()


def int_field(value: object, field: str, *, lo: int, hi: int) -> int:
    """An integer within bounds (bools and floats with fractions are refused)."""
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise Invalid(f"{field} must be a whole number.", details={field: "must be an integer"})
    try:
        number = int(value)
    except ValueError as exc:
        raise Invalid(
            f"{field} must be a whole number.", details={field: "must be an integer"}
        ) from exc
    if not lo <= number <= hi:
        message = f"{field} must be between {lo} and {hi}."
        raise Invalid(message, details={field: message})
    return number


def date_field(value: object, field: str) -> date:
    """A date, from a date or an ISO string (YYYY-MM-DD)."""
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    message = f"{field.replace('_', ' ').capitalize()} must be a date like 2026-11-25."
    raise Invalid(message, details={field: message})


def choice_field(value: object, field: str, allowed: tuple[str, ...]) -> str:
    """One of the allowed strings."""
    if value not in allowed:
        message = f"{field} must be one of: {', '.join(allowed)}."
        raise Invalid(message, details={field: message})
    return str(value)


def page_args(page: object, limit: object) -> tuple[int, int]:
    """Validated pagination (page >= 1, 1 <= limit <= 100)."""
    return int_field(page, "page", lo=1, hi=100_000), int_field(limit, "limit", lo=1, hi=100)
