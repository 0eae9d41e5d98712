"""Service-test fixtures: a temporary outbox and a real local SMTP server."""

from tests.services.mail_fixtures import outbox, smtp_inbox

__all__ = ["outbox", "smtp_inbox"]
