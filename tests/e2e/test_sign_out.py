"""Sign-out in a real browser revokes the session token, not only the cookie: a copy of the
cookie taken before signing out opens nothing afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from companion import routes
from companion.api.session_cookie import COOKIE_NAME
from companion.db import session_scope
from companion.services.errors import Unauthorized
from companion.services.signin import user_from_token
from tests.e2e.conftest import boot_app
from tests.factories import PASSWORD, make_student

pytestmark = [pytest.mark.e2e, pytest.mark.boots_app]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory, sqlite_template) -> Iterator[str]:
    with boot_app(tmp_path_factory.mktemp("sign-out-e2e"), sqlite_template) as url:
        yield url


def test_signing_out_revokes_the_token_the_browser_held(app_url, chromium):
    with session_scope() as s:
        email = make_student(s, name="Sam Signout", email="sam.signout@example.com").email
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(app_url + routes.LOGIN)
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"**{routes.DASHBOARD}", timeout=20_000)
    stolen = next(c["value"] for c in context.cookies() if c["name"] == COOKIE_NAME)
    with session_scope() as s:
        assert user_from_token(s, stolen).email == email

    page.get_by_role("button", name="Account").click()
    page.get_by_role("menuitem", name="Sign out").click()
    page.wait_for_url(f"**{routes.LOGIN}", timeout=20_000)
    assert not [c for c in context.cookies() if c["name"] == COOKIE_NAME]
    with session_scope() as s, pytest.raises(Unauthorized):
        user_from_token(s, stolen)
