"""/admin/outcomes and /tutor/outcomes: the five bars, the tables, CSV downloads."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import reflex as rx
from sqlmodel import Session

from companion.clock import utcnow
from companion.models import User
from companion.services import outcomes
from companion.services.errors import DomainError, Invalid
from companion.state.auth import TUTORS, AuthState

BAD_DATE = "Dates are written YYYY-MM-DD."


@dataclasses.dataclass
class BarRow:
    key: str
    title: str
    value: str
    target: str
    detail: str
    met: str  # "yes" | "no" | "n/a"
    definition: str


TITLES = {
    "reference": "Saw their own past learning",
    "goals": "Goals completed",
    "practice": "Assigned practice completed",
    "nudges": "Nudges acted on",
    "retention": "Day-7 retention lift",
}


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def _bar(b: outcomes.Bar) -> BarRow:
    if b.key == "retention":
        detail = f"day-7 retention {_pct(b.numerator)} now vs {_pct(b.denominator)} before"
    else:
        detail = f"{b.numerator or 0:.0f} of {b.denominator or 0:.0f}"
    met = "n/a" if b.met is None else ("yes" if b.met else "no")
    sign = "+" if b.key == "retention" else "≥ "
    return BarRow(
        b.key, TITLES[b.key], _pct(b.value), sign + _pct(b.target), detail, met, b.definition
    )


def _cohort(row: dict) -> dict[str, float | str]:
    """A sign-up week for the chart: retention in percent (0 where not reached yet)."""
    days = {
        k: round(100 * v, 1) if v is not None else 0.0 for k, v in row.items() if k[:4] == "day_"
    }
    return {"week": row["week"], "students": row["students"], **days}


def _parse(text: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Invalid(BAD_DATE, details={"since": BAD_DATE}) from None


def report_for(db: Session, user: User, since: str, until: str) -> outcomes.Outcomes:
    """The report for the typed period (empty fields: the last 28 days)."""
    start, end = outcomes.outcome_period(_parse(since), _parse(until), today=utcnow().date())
    return outcomes.outcomes_report(db, actor=user, since=start, until=end)


class OutcomesState(AuthState):
    """The figures of one period, for admins (all students) and tutors (their own)."""

    since: str = ""
    until: str = ""
    bars: list[BarRow] = []
    cohorts: list[dict[str, float | str]] = []
    weekly: list[dict[str, str]] = []
    funnel: list[dict[str, str]] = []
    goal_chain: str = ""
    loaded: bool = False

    @rx.event
    def set_since(self, value: str):
        if isinstance(value, str):
            self.since = value[:10]

    @rx.event
    def set_until(self, value: str):
        if isinstance(value, str):
            self.until = value[:10]

    def _show(self, report: outcomes.Outcomes) -> None:
        t = report.tables
        self.bars = [_bar(b) for b in report.bars]
        self.cohorts = [_cohort(r) for r in t["cohorts"]]
        self.weekly = [{k: str(v) for k, v in r.items()} for r in t["weekly_active"]]
        self.funnel = [
            {k: _pct(v) if k == "acted_rate" else str(v) for k, v in r.items()} for r in t["funnel"]
        ]
        chain = t["goal_chain"][0]
        self.goal_chain = (
            f"{chain['new_goal_within_7_days']} of {chain['completed']} completed goals "
            f"were followed by a new goal within 7 days ({_pct(chain['rate'])})."
        )
        self.since = report.since.date().isoformat()
        self.until = (report.until.date() - timedelta(days=1)).isoformat()

    @rx.event
    async def load_outcomes(self):
        """on_load and "Show": the figures of the chosen period."""
        since, until = self.since, self.until
        out = await self._call(lambda db, user: report_for(db, user, since, until), TUTORS)
        self.loaded = out.ok
        if not out.ok:
            return out.feedback
        self._show(out.value)
        return None

    @rx.event
    async def download(self, table: str):
        """One table as a CSV file."""
        since, until = self.since, self.until

        def work(db: Session, user: User) -> str:
            return outcomes.outcomes_csv(report_for(db, user, since, until), table)

        out = await self._call(work, TUTORS, on_error=self._fail)
        if not out.ok:
            return out.feedback
        return rx.download(data=out.value, filename=f"outcomes-{table}.csv")

    def _fail(self, exc: DomainError):
        return rx.toast.error(exc.message)
