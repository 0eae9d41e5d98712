"""What the tutor and admin states share: date labels, client-argument checks, refusals.

Every staff handler reaches the services through `AuthState._call` (the user resolved from
the HttpOnly cookie again, the work in a worker thread); a refused call leaves nothing of
the page in the state (`refused`).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from companion.clock import utcnow
from companion.state.auth import AuthState
from companion.state.runner import Outcome

BAD_REQUEST = "That request was not valid. Reload the page and try again."


def aware(moment: datetime) -> datetime:
    """A naive datetime read as UTC; an aware one as it is."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def ago(moment: datetime | None, now: datetime | None = None) -> str:
    """'today', 'yesterday', '5 days ago' or 'never'."""
    if moment is None:
        return "never"
    days = ((now or utcnow()) - aware(moment)).days
    return "today" if days <= 0 else "yesterday" if days == 1 else f"{days} days ago"


def short_date(value: str | datetime | None) -> str:
    """'Mon 2 Nov 2026' from an ISO date/datetime (or '' when there is none)."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return f"{moment:%a} {moment.day} {moment:%b %Y}"


def short_time(moment: datetime | None) -> str:
    """'2 Nov 2026, 14:05 UTC'."""
    if moment is None:
        return ""
    moment = aware(moment).astimezone(UTC)
    return f"{moment.day} {moment:%b %Y, %H:%M} UTC"


def positive_id(value: object) -> int | None:
    """An id from a client: a positive int, or a string of digits; None for anything else."""
    if type(value) is int:
        return value if 0 < value < 2**63 else None
    # isascii first: "²" and other Unicode digits pass isdigit() but not int().
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) < 19:
        return int(value) or None
    return None


def form_text(form: object, key: str, limit: int) -> str:
    """A string field of a submitted form, cut to `limit`; '' when missing or not a string."""
    value = form.get(key, "") if isinstance(form, dict) else ""
    return value[:limit] if isinstance(value, str) else ""


def next_sort(
    current: tuple[str, bool], key: object, keys: Iterable[str], desc_first: Iterable[str]
) -> tuple[str, bool] | None:
    """The (column, descending) after pressing `key`: the same column again reverses the order.

    None when `key` is not one of the sortable columns.
    """
    if key not in tuple(keys):
        return None
    sort_key, sort_desc = current
    return (key, not sort_desc) if key == sort_key else (key, key in tuple(desc_first))


def refused(state: AuthState, out: Outcome, roles: Iterable[str]) -> bool:
    """True when `_call` turned the visitor away (signed out, or not staff): the page then
    forgets what it held. A failed action of a signed-in staff member is not a refusal."""
    return not out.ok and state._role not in tuple(roles)
