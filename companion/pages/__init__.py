"""Every page module, imported so its @rx.page registrations run."""

from companion.pages import (
    account,
    admin,
    admin_mail,
    admin_users,
    auth,
    chat,
    dashboard,
    goals,
    home,
    notifications,
    practice,
    progress,
    routing_queue,
    sessions,
    tutor,
    tutor_context,
)

__all__ = [
    "account",
    "admin",
    "admin_mail",
    "admin_users",
    "auth",
    "chat",
    "dashboard",
    "goals",
    "home",
    "notifications",
    "practice",
    "progress",
    "routing_queue",
    "sessions",
    "tutor",
    "tutor_context",
]
