"""The REST API (FastAPI) served under /api next to the Reflex app."""
