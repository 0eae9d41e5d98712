"""Property-based fuzzing of every route from the OpenAPI schema (schemathesis).

Each operation gets FUZZ_EXAMPLES generated requests on a fresh database (SQLite and
PostgreSQL) seeded with student A's world, sent with a real token; no response may be a 5xx
or break the documented schema. Marked `slow`: `-m "not slow"` leaves it out.
"""

from __future__ import annotations

import os

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlmodel import Session

from companion import db
from tests.api.conftest import build_api, make_world

FUZZ_EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "25"))
FUZZ_ACTOR = os.environ.get("FUZZ_ACTOR", "owner")
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
SENT: list[int] = []

app = build_api()
schema = schemathesis.openapi.from_asgi("/api/openapi.json", app)


@pytest.fixture
def auth_headers(database) -> dict[str, str]:
    with Session(db.get_engine(), expire_on_commit=False) as s:
        return make_world(s).headers(FUZZ_ACTOR)


@pytest.mark.slow
@schema.parametrize()
@settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=list(HealthCheck),
)
def test_fuzz_every_route(case, auth_headers: dict[str, str]) -> None:
    SENT.append(1)
    case.call_and_validate(headers=auth_headers, checks=CHECKS)


@pytest.mark.slow
def test_fuzz_sent_at_least_a_thousand_requests() -> None:
    if not SENT:
        pytest.skip("the fuzz run was not selected")
    assert len(SENT) >= 1000
