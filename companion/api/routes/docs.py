"""The error responses each kind of route documents (so OpenAPI lists every status it sends)."""

from __future__ import annotations

from typing import Any

from companion.api.schemas import ErrorBody


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    return {code: {"model": ErrorBody} for code in codes}


# Every route can answer 400 (malformed JSON) and 422 (invalid fields).
AUTH_ERRORS = _errors(400, 401, 422)
LIMITED_ERRORS = _errors(400, 401, 409, 422, 429)
READ_ERRORS = _errors(400, 401, 403, 404, 422)
WRITE_ERRORS = _errors(400, 401, 403, 404, 409, 422)
UPLOAD_ERRORS = _errors(400, 401, 403, 404, 409, 413, 415, 422)
