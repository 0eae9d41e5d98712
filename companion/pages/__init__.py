"""Every page module, imported so its @rx.page registrations run."""

from companion.pages import (
    auth,
    chat,
    dashboard,
    goals,
    home,
    notifications,
    practice,
    progress,
    sessions,
)

__all__ = [
    "auth", "chat", "dashboard", "goals", "home", "notifications", "practice", "progress",
    "sessions",
]
