"""Domain errors: services raise these, entry points map them (HTTP codes, toasts)."""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error a service raises on purpose; `message` is safe to show."""

    code = "error"

    def __init__(
        self, message: str, *, details: dict | None = None, keep_changes: bool = False
    ) -> None:
        super().__init__(message)
        self.message = message
        self.details = details or {}
        # True only where the service recorded something that must survive the failure
        # (the audit entry of a failed sign-in); entry points commit instead of rolling back.
        self.keep_changes = keep_changes


class NotFound(DomainError):
    code = "not_found"


class Forbidden(DomainError):
    code = "forbidden"


class Conflict(DomainError):
    code = "conflict"


class Invalid(DomainError):
    code = "invalid"


class Unauthorized(DomainError):
    code = "unauthorized"


class TooLarge(DomainError):
    code = "too_large"


class RateLimited(DomainError):
    code = "rate_limited"

    def __init__(self, message: str, *, retry_after: int) -> None:
        super().__init__(message, details={"retry_after": retry_after})
        self.retry_after = retry_after
