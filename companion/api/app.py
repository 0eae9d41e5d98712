"""The FastAPI app mounted under /api: docs, health and the browser-session endpoints."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from companion.api import session_cookie
from companion.api.docs_ui import OPENAPI_URL, install_docs
from companion.api.routes import register_routes
from companion.db import session_scope

DATABASE_DOWN = "The database is not reachable."


def health() -> JSONResponse:
    """The app is up and its database answers a SELECT 1."""
    try:
        with session_scope() as s:
            s.exec(text("SELECT 1"))
    except SQLAlchemyError:
        return JSONResponse(
            {"error": DATABASE_DOWN, "details": {"database": False}}, status_code=503
        )
    return JSONResponse({"data": {"database": True}})


def create_api() -> FastAPI:
    """The /api application; feature routers join it with `api.include_router`."""
    api = FastAPI(
        title="Study Companion API",
        docs_url=None,  # served from packaged assets by install_docs, not a CDN
        openapi_url=OPENAPI_URL,
        redoc_url=None,
    )
    install_docs(api)
    api.add_api_route("/api/health", health, methods=["GET"], tags=["system"])
    api.include_router(session_cookie.router)
    register_routes(api)
    return api
