"""Every /api router, and the one call that wires them (and the error handlers) into the app."""

from __future__ import annotations

from fastapi import FastAPI

from companion.api.errors import install_error_handlers
from companion.api.routes import (
    auth,
    chat,
    goals,
    notifications,
    outcomes,
    practice,
    progress,
    reviews,
    suggestions,
    transcripts,
    tutor,
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
    outcomes,
)


def register_routes(api: FastAPI) -> None:
    """Add the feature routers and the error handlers to the /api app."""
    install_error_handlers(api)
    for module in ROUTERS:
        api.include_router(module.router)
