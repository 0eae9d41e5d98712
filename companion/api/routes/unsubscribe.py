"""One-click unsubscribe from an email: a signed token, no sign-in.

A person who clicks the link in an email (GET) gets a small page that says what changed;
a mail app that offers "Unsubscribe" (RFC 8058: List-Unsubscribe-Post: One-Click) POSTs
the same URL and gets JSON. A forged, damaged or stale link changes nothing either way.
"""

from __future__ import annotations

from html import escape
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse, JSONResponse
from sqlmodel import Session

from companion import routes
from companion.api.deps import in_session, ok
from companion.api.errors import status_of
from companion.api.routes.docs import WRITE_ERRORS
from companion.api.schemas import Ok
from companion.services import preferences
from companion.services.errors import DomainError
from companion.settings import get_settings

router = APIRouter(prefix="/api/unsubscribe", tags=["me"])
TokenQ = Annotated[str, Query(min_length=1, max_length=200)]
NOTHING_CHANGED = "Nothing was changed."
STILL_CHOOSE = "You can choose which emails you get on your account page (after signing in)."
OTHERS_STAY = "Your other emails and in-app notifications stay as you chose them."
_HTML = {"content": {"text/html": {"schema": {"type": "string"}}}}
PAGE_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"description": "A page saying which emails stop.", **_HTML},
    404: {"description": "The link's account no longer exists.", **_HTML},
    422: {"description": "A forged or damaged link: nothing changed.", **_HTML},
}
_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{title} - Study Companion</title>
<style>
body {{ font-family: system-ui, sans-serif; line-height: 1.5; margin: 0; padding: 2rem 1rem;
  color: #1c2024; background: #fcfcfd; }}
main {{ max-width: 30rem; margin: 0 auto; }}
h1 {{ font-size: 1.5rem; margin: 0 0 1rem; }}
a {{ color: #3a5bc7; }}
@media (prefers-color-scheme: dark) {{
  body {{ color: #edeef0; background: #111113; }}
  a {{ color: #9eb1ff; }}
}}
</style></head>
<body><main>
<h1>{title}</h1>
{paragraphs}
<p><a href="{link}">{link_text}</a></p>
</main></body></html>
"""


def page(title: str, paragraphs: list[str], link_text: str) -> str:
    """A small self-contained page (every text escaped) with a link to the account page."""
    return _PAGE.format(
        title=escape(title),
        paragraphs="\n".join(f"<p>{escape(p)}</p>" for p in paragraphs),
        link=escape(get_settings().app_url + routes.ACCOUNT),
        link_text=escape(link_text),
    )


def stopped(kind: str) -> str:
    """What an unsubscribe did, in words."""
    return f"You will no longer get \u201c{preferences.KIND_LABELS[kind]}\u201d emails."


@router.get("", response_class=HTMLResponse, responses=PAGE_RESPONSES)
async def unsubscribe_link(token: Annotated[str, Query()] = "") -> HTMLResponse:
    """Stop one kind of email (the link in every email's footer); answers a page."""
    try:
        kind = await in_session(lambda db: preferences.unsubscribe(db, token=token))
    except DomainError as exc:  # the transaction was rolled back: nothing changed
        paragraphs = [exc.message, NOTHING_CHANGED, STILL_CHOOSE]
        body = page("This link did not work", paragraphs, "Choose your notifications")
        return HTMLResponse(body, status_code=status_of(exc))
    body = page("You're unsubscribed", [stopped(kind), OTHERS_STAY], "Change your choices")
    return HTMLResponse(body)


@router.post("", response_model=Ok[dict], responses=WRITE_ERRORS)
async def unsubscribe_one_click(token: TokenQ) -> JSONResponse:
    """The same, as mail apps send it (List-Unsubscribe-Post: One-Click); answers JSON."""

    def work(db: Session) -> JSONResponse:
        kind = preferences.unsubscribe(db, token=token)
        return ok({"kind": kind}, stopped(kind))

    return await in_session(work)
