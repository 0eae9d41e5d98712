"""A student's whole journey in a real browser, with the job worker running.

register -> upload a transcript file -> the analysis finds concepts -> practice from that
session -> answers, score and mastery change -> a chat reply citing the session -> a goal
completed -> five suggestions, one accepted -> a notification marked read.

The app runs from a temporary copy of the tree on its own SQLite file with the in-process
worker (COMPANION_WORKER=inprocess), in Debian's Chromium. Every page is saved at desktop
and phone width under test-artifacts/student/, and no page may scroll sideways at 375 px.
"""

from __future__ import annotations

import contextlib
import re
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from companion.db import session_scope
from companion.models import Goal, Practice, User

pytestmark = [pytest.mark.e2e, pytest.mark.boots_app]

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-artifacts" / "student"
TRANSCRIPT = ROOT / "companion" / "demo" / "algebra_linear_equations.txt"
PASSWORD = "a-long-enough-passphrase"
WORKER_WAIT = 120_000  # ms: analyses, practice sets and suggestions run on the job worker
UI_WAIT = 20_000


@pytest.fixture(scope="module")
def app_url(boot, tmp_path_factory, sqlite_template) -> Iterator[str]:
    with boot(tmp_path_factory.mktemp("student-e2e"), sqlite_template, worker="inprocess") as url:
        yield url


# ---- reading a problem -------------------------------------------------------------
def _expr(text: str):
    import sympy
    from sympy.parsing.sympy_parser import (
        convert_xor,
        implicit_multiplication_application,
        parse_expr,
        standard_transformations,
    )

    clean = text.replace("−", "-").replace("·", "*").replace("×", "*").strip().rstrip(".")
    return parse_expr(
        clean,
        local_dict={"x": sympy.Symbol("x")},
        transformations=(
            *standard_transformations,
            implicit_multiplication_application,
            convert_xor,
        ),
    )


def trivial_answer(question: str) -> str | None:
    """The answer of a problem simple enough to read off its text, else None.

    Only two shapes count as trivial: "Solve for x: <linear> = <linear>" and
    "Expand a(bx + c)." Anything else is answered from the options or deliberately wrong.
    """
    import sympy

    x = sympy.Symbol("x")
    try:
        if m := re.fullmatch(r"Solve for x:\s*(.+?)\s*=\s*(.+?)\.?", question.strip()):
            left, right = _expr(m.group(1)), _expr(m.group(2))
            roots = sympy.solve(sympy.Eq(left, right), x)
            if len(roots) == 1 and roots[0].is_Integer:
                return str(int(roots[0]))
        if m := re.fullmatch(r"Expand\s+(.+?)\.?", question.strip()):
            return str(sympy.expand(_expr(m.group(1)))).replace("**", "^").replace("*", "")
    except Exception:  # anything the tiny parser cannot read is not trivial
        return None
    return None


def _same(a: str, b: str) -> bool:
    """Whether an option says the same as our answer ("x = 5" and "5" count as one)."""
    try:
        a = a.split("=")[-1] if a.strip().startswith("x") and "=" in a else a
        b = b.split("=")[-1] if b.strip().startswith("x") and "=" in b else b
        import sympy

        return sympy.simplify(_expr(a) - _expr(b)) == 0
    except Exception:
        return a.strip() == b.strip()


# ---- the journey ------------------------------------------------------------------
def test_student_journey(app_url, chromium, shots):
    email = f"sam-{uuid.uuid4().hex[:8]}@example.com"
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(UI_WAIT)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        _journey(page, app_url, email, shots)
    except Exception:
        SHOTS.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(Exception):  # best effort: keep the real error visible
            page.screenshot(path=str(SHOTS / "failure.png"), timeout=5_000)
        raise
    finally:
        context.close()
    assert not errors, f"uncaught errors in the page: {errors}"


def _journey(page, app_url: str, email: str, shots) -> None:
    # ---- register ---------------------------------------------------------------
    page.goto(app_url + "/register")
    page.get_by_role("heading", name="Create your account").wait_for()
    shots(page, SHOTS, "01-register")
    page.get_by_label("Name").fill("Sam Student")
    page.get_by_label("Email").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    page.wait_for_url("**/dashboard", timeout=30_000)
    page.get_by_role("heading", name="Dashboard").first.wait_for()
    shots(page, SHOTS, "02-dashboard-new")

    # ---- upload a transcript file ---------------------------------------------
    page.get_by_role("link", name="Sessions").first.click()
    page.wait_for_url("**/sessions")
    page.get_by_role("heading", name="Upload your first session").wait_for()
    shots(page, SHOTS, "03-sessions-empty")
    page.get_by_role("button", name="Add a session").click()
    page.locator("input[type=file]").set_input_files(str(TRANSCRIPT))
    page.get_by_text(TRANSCRIPT.name).wait_for()
    page.get_by_text(re.compile(r"Preview: \d+ turns read")).wait_for()
    page.get_by_label("Subject").fill("Algebra I")
    page.get_by_label("Date").fill("2025-03-14")
    shots(page, SHOTS, "04-sessions-upload-form")
    page.get_by_role("button", name="Save and analyse").click()
    page.get_by_text("Saved your Algebra I session").wait_for()

    # ---- the new session opens; the watcher pushes the analysis as it goes -----------
    page.wait_for_url(re.compile(r".*/sessions/\d+$"))
    session_id = int(page.url.rstrip("/").rsplit("/", 1)[-1])
    page.get_by_role("heading", name="Concepts").wait_for(timeout=WORKER_WAIT)
    bars = page.get_by_role("progressbar", name=re.compile(r" mastery$"))
    bars.first.wait_for()
    assert bars.count() >= 1
    assert (
        page.get_by_text(re.compile(r"^\d+ · (needs work|getting there|solid|mastered)$")).count()
        >= 1
    )
    shots(page, SHOTS, "06-session-detail")

    # The list shows it ready; back to the session from its card.
    page.get_by_role("link", name="Sessions").first.click()
    page.wait_for_url("**/sessions")
    card = page.get_by_role("link").filter(has_text="Algebra I")
    card.filter(has_text="Ready").first.wait_for(timeout=WORKER_WAIT)
    shots(page, SHOTS, "05-sessions-list")
    card.first.click()
    page.wait_for_url(re.compile(rf".*/sessions/{session_id}$"))
    page.get_by_role("heading", name="Concepts").wait_for(timeout=WORKER_WAIT)

    # ---- practice from that session --------------------------------------------
    page.get_by_role("button", name="Practise these").click()
    page.wait_for_url(f"**/practice?session={session_id}")
    page.get_by_role("heading", name="New practice set").wait_for()
    shots(page, SHOTS, "07-practice-generator")
    page.get_by_role("button", name="Generate practice").click()
    page.wait_for_url(re.compile(r".*/practice/\d+$"), timeout=WORKER_WAIT)
    practice_id = int(page.url.rstrip("/").rsplit("/", 1)[-1])
    first = page.get_by_text(re.compile(r"^Problem 1 of \d+$"))
    first.wait_for(timeout=WORKER_WAIT)
    total = int(first.inner_text().rsplit(" ", 1)[-1])
    assert total >= 1
    shots(page, SHOTS, "08-practice-problem")
    plan = _answer_all(page, total)
    page.get_by_role("button", name="Submit answers").click()

    # ---- score and mastery change --------------------------------------------
    page.get_by_text("Your score").wait_for()
    page.get_by_text(re.compile(r"^[+-]?\d+ on .+")).first.wait_for()
    score_text = page.get_by_text(re.compile(r"^\d+%$"))
    assert score_text.count() == 1
    shown = int(score_text.inner_text().rstrip("%"))
    right = page.get_by_text("Right", exact=True).count()
    wrong = page.get_by_text("Not yet", exact=True).count()
    assert right + wrong == total, (right, wrong, total)
    assert 0 <= shown <= 100
    assert shown == round(100 * right / total), (shown, right, total)
    with session_scope() as s:
        graded = s.get(Practice, practice_id)
        assert graded.status == "submitted"
        assert round(graded.score) == shown
        assert sum(bool(a.get("correct")) for a in graded.answers) == right
    if plan["computed"]:
        assert right >= 1, f"answers computed from the problem text were marked wrong: {plan}"
    if plan["wrong_on_purpose"]:
        assert wrong >= 1, plan
    deltas = page.get_by_text(re.compile(r"^[+-]?\d+ on .+")).all_inner_texts()
    assert deltas, "no mastery change line after practice"
    shots(page, SHOTS, "09-practice-results")

    # ---- chat about the session ---------------------------------------------
    page.get_by_role("link", name="Chat").first.click()
    page.wait_for_url("**/chat")
    page.get_by_role("heading", name="Ask anything about your sessions").wait_for()
    shots(page, SHOTS, "10-chat-empty")
    page.get_by_label("Message").fill(
        "In my Algebra I session, what did we say about distributing the negative?"
    )
    page.get_by_role("button", name="Send").click()
    chip = page.locator(f"a[href='/sessions/{session_id}']").filter(has_text="Algebra I")
    chip.first.wait_for(timeout=60_000)
    page.get_by_text("Thinking…").wait_for(state="hidden", timeout=60_000)
    assert chip.first.get_attribute("aria-label").startswith("Open the session")
    shots(page, SHOTS, "11-chat-reply")

    # ---- a goal, completed; five suggestions; accept one -------------------
    page.get_by_role("link", name="Goals").first.click()
    page.wait_for_url("**/goals")
    page.get_by_role("heading", name="Set a goal").wait_for()
    page.get_by_text("No goals yet").wait_for()
    shots(page, SHOTS, "12-goals-empty")
    page.get_by_label("Goal", exact=True).fill("Solve any linear equation")
    page.get_by_label("Subject").fill("Algebra I")
    page.get_by_role("button", name="Add goal").click()
    page.get_by_text("Solve any linear equation").wait_for()
    page.get_by_role("button", name="Mark complete").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_text("Well done: Solve any linear equation").wait_for()
    accept = dialog.get_by_role("button", name="Add as a goal")
    accept.first.wait_for(timeout=WORKER_WAIT)
    assert accept.count() == 5
    shots(page, SHOTS, "13-goals-suggestions-dialog")
    accept.first.click()
    page.get_by_text(re.compile(r"^New goal: ")).wait_for()
    assert accept.count() == 4
    dialog.get_by_role("button", name="Close").click()
    dialog.wait_for(state="hidden")
    page.get_by_role("button", name="Mark complete").first.wait_for()
    page.get_by_text("Completed", exact=True).wait_for()
    assert page.get_by_text("Active", exact=True).count() == 1
    with session_scope() as s:
        user = s.exec(select(User).where(User.email == email)).one()
        goals = s.exec(select(Goal).where(Goal.student_id == user.id)).all()
        assert sorted(g.status for g in goals) == ["active", "completed"]
    shots(page, SHOTS, "14-goals-after")

    page.get_by_role("link", name="Suggestions").click()
    page.wait_for_url("**/suggestions")
    page.get_by_role("button", name="Add as a goal").first.wait_for()
    assert page.get_by_role("button", name="Add as a goal").count() == 4
    shots(page, SHOTS, "15-suggestions")

    # ---- notifications: mark one read --------------------------------------
    bell = page.get_by_role("link", name=re.compile(r"^Notifications, \d+ unread$"))
    bell.wait_for()
    before = int(re.search(r"(\d+) unread", bell.get_attribute("aria-label")).group(1))
    assert before >= 1
    bell.click()
    page.wait_for_url("**/notifications")
    page.get_by_text(f"{before} unread", exact=True).wait_for()
    shots(page, SHOTS, "16-notifications")
    page.get_by_role("button", name="Mark as read").first.click()
    page.get_by_text(f"{before - 1} unread", exact=True).wait_for()
    assert page.get_by_role("button", name="Mark as read").count() == before - 1
    if before - 1:
        page.get_by_role("link", name=f"Notifications, {before - 1} unread").wait_for()
    else:
        page.get_by_role("link", name="Notifications", exact=True).wait_for()
    shots(page, SHOTS, "17-notifications-after")

    # ---- the rest of the student's pages ----------------------------------
    page.get_by_role("link", name="Dashboard").first.click()
    page.wait_for_url("**/dashboard")
    page.wait_for_load_state("networkidle")
    shots(page, SHOTS, "18-dashboard-after")
    page.goto(app_url + "/progress")
    page.get_by_role("heading", name="Progress").first.wait_for()
    page.wait_for_load_state("networkidle")
    shots(page, SHOTS, "19-progress")


def _answer_all(page, total: int) -> dict:
    """Answer every problem: computed where trivial, an option otherwise, one wrong on purpose."""
    plan: dict = {"computed": [], "option": [], "wrong_on_purpose": [], "problems": []}
    for k in range(1, total + 1):
        marker = page.get_by_text(re.compile(rf"^Problem {k} of {total}$"))
        marker.wait_for()
        card = page.locator(".rt-Card").filter(has=marker).first
        lines = [ln.strip() for ln in card.inner_text().splitlines() if ln.strip()]
        question = lines[lines.index(f"Problem {k} of {total}") + 1]
        plan["problems"].append(question)
        answer = trivial_answer(question)
        choices = card.get_by_role("radio")
        last = k == total
        if choices.count():
            texts = [t.strip() for t in choices.all_inner_texts()]
            pick = next((i for i, t in enumerate(texts) if answer and _same(t, answer)), None)
            if pick is not None and not (
                last and not plan["wrong_on_purpose"] and plan["computed"]
            ):
                plan["computed"].append(k)
            elif pick is not None:
                # the last problem, nothing wrong yet: pick another option on purpose
                pick = (pick + 1) % len(texts)
                plan["wrong_on_purpose"].append(k)
            else:
                pick = 0
                plan["option"].append(k)
            choices.nth(pick).click()
        else:
            box = card.get_by_label("Your answer")
            if answer is not None and not (
                last and not plan["wrong_on_purpose"] and plan["computed"]
            ):
                box.fill(answer)
                plan["computed"].append(k)
            else:
                box.fill("I am not sure yet")
                plan["wrong_on_purpose"].append(k)
        page.wait_for_timeout(200)
        if not last:
            page.get_by_role("button", name="Next").click()
    return plan


# ---- keyboard only ------------------------------------------------------------------
FOCUSED = "document.activeElement"


def _tab_to(page, predicate_js: str, limit: int = 40) -> dict:
    """Press Tab until the focused element matches; return what it is, and its focus style."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        found = page.evaluate(
            f"""() => {{ const el = {FOCUSED}; if (!el || !({predicate_js})(el)) return null;
                const s = getComputedStyle(el);
                return {{tag: el.tagName, text: (el.innerText || el.getAttribute('aria-label') || '')
                         .trim(), outline: s.outlineStyle !== 'none' && s.outlineWidth !== '0px',
                         shadow: s.boxShadow !== 'none'}}; }}"""
        )
        if found:
            return found
    raise AssertionError(f"Tab never reached an element matching {predicate_js}")


def test_signing_in_and_moving_around_works_by_keyboard_alone(app_url, chromium):
    from companion.services.users import user_register

    email = f"kai-{uuid.uuid4().hex[:8]}@example.com"
    with session_scope() as s:
        user_register(s, email=email, name="Kai Keys", password=PASSWORD)
    context = chromium.new_context(viewport={"width": 1280, "height": 800})
    context.set_default_timeout(UI_WAIT)
    page = context.new_page()
    try:
        page.goto(app_url + "/login")
        page.get_by_role("heading", name="Welcome back").wait_for()
        _tab_to(page, "el => el.type === 'email'")
        page.keyboard.type(email)
        _tab_to(page, "el => el.type === 'password'", limit=3)
        page.keyboard.type(PASSWORD)
        page.keyboard.press("Enter")
        page.wait_for_url("**/dashboard", timeout=30_000)
        page.get_by_role("heading", name="Dashboard").first.wait_for()
        link = _tab_to(page, "el => el.tagName === 'A' && el.innerText.trim() === 'Sessions'")
        assert link["outline"] or link["shadow"], f"no visible focus on the nav link: {link}"
        page.keyboard.press("Enter")
        page.wait_for_url("**/sessions", timeout=UI_WAIT)
        button = _tab_to(page, "el => el.tagName === 'BUTTON' && el.innerText.trim().length > 0")
        assert button["outline"] or button["shadow"], f"no visible focus on a button: {button}"
    finally:
        context.close()
