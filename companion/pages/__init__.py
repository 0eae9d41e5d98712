"""Every page module, imported so its @rx.page registrations run."""

from companion.pages import auth, home

__all__ = ["auth", "home"]
