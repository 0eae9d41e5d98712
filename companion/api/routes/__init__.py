"""Every /api router, and the one call that wires them (and the error handlers) into the app."""

from __future__ import annotations

from fastapi import FastAPI

from companion.api.errors import install_error_handlers
from companion.api.routes import (
    admin_users,
    auth,
    chat,
    goals,
    me,
    notifications,
    outcomes,
    passwords,
    practice,
    progress,
    reviews,
    suggestions,
    transcripts,
    tutor,
    unsubscribe,
)

ROUTERS = (
    auth,
    transcripts,
    practice,
    goals,
    suggestions,
    notifications,
    tutor,
    progress,
    reviews,
    chat,
    passwords,
    admin_users,
    me,
    unsubscribe,
    outcomes,
)


def register_routes(api: FastAPI) -> None:
    """Add the feature routers and the error handlers to the /api app."""
    install_error_handlers(api)
    for module in ROUTERS:
        api.include_router(module.router)
