"""Every page module, imported so its @rx.page registrations run."""

from companion.pages import (
    admin,
    auth,
    chat,
    dashboard,
    goals,
    home,
    notifications,
    practice,
    progress,
    sessions,
    tutor,
)

__all__ = [
    "admin", "auth", "chat", "dashboard", "goals", "home", "notifications", "practice", "progress",
    "sessions", "tutor",
]
