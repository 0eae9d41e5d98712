"""Student state stays small after big uploads, and odd input gets a message, not a crash."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
import reflex as rx

from companion import routes
from companion.ai.offline.transcriptlimits import MAX_TRANSCRIPT_BYTES
from companion.db import session_scope
from companion.models import Practice
from companion.services.signin import token_for
from companion.state.answers import read_as
from companion.state.params import strict_id
from companion.state.practice import PracticeState
from companion.state.session_detail import SessionDetailState
from companion.state.sessions import SAMPLE, SessionsState
from companion.state.transcript_form import BAD_UPLOAD, PASTE_MAX_CHARS, PASTE_TOO_LONG
from companion.state.tutor import TutorState
from tests.factories import make_student, make_tutor
from tests.state.fire import fire
from tests.state.router import open_page

MAX_VAR_BYTES = 16 * 1024


@pytest.fixture
def student(database) -> str:
    with session_scope() as s:
        return token_for(make_student(s))


def _big_transcript(limit: int) -> str:
    turns, size = [], 0
    while size + len(SAMPLE) < limit:
        turns.append(SAMPLE)
        size += len(SAMPLE)
    return "".join(turns)


def _largest_var(state: rx.State) -> tuple[str, int]:
    """The biggest of the state's own vars (sent and backend-only), as JSON bytes."""
    sizes = {n: len(json.dumps(getattr(state, n), default=str)) for n in type(state).__fields__}
    name = max(sizes, key=sizes.__getitem__)
    return name, sizes[name]


def _file(text: str, name: str = "lesson.txt") -> rx.UploadFile:
    return rx.UploadFile(file=io.BytesIO(text.encode()), path=Path(name))


def test_a_big_paste_and_a_big_file_leave_only_an_id_and_a_preview_in_state(student, make_state):
    state = make_state(SessionsState, student)
    pasted = _big_transcript(PASTE_MAX_CHARS)
    fire(SessionsState.stash_pasted, state, pasted)
    assert state.content_error == "" and state.preview_total > 1000
    assert _largest_var(state)[1] < MAX_VAR_BYTES, _largest_var(state)
    assert len(state._serialize()) < 4 * MAX_VAR_BYTES  # what the state manager keeps
    fire(SessionsState.handle_upload, state, [_file(_big_transcript(MAX_TRANSCRIPT_BYTES - 1))])
    assert state.file_name == "lesson.txt" and state.content_error == ""
    assert _largest_var(state)[1] < MAX_VAR_BYTES, _largest_var(state)


def test_the_tutor_form_keeps_a_big_file_out_of_state_too(database, make_state):
    with session_scope() as s:
        tutor = token_for(make_tutor(s))
    state = make_state(TutorState, tutor)
    fire(TutorState.handle_upload, state, [_file(_big_transcript(MAX_TRANSCRIPT_BYTES - 1))])
    assert state.file_name == "lesson.txt" and state.preview_total > 1000
    assert _largest_var(state)[1] < MAX_VAR_BYTES, _largest_var(state)


def test_a_paste_too_long_for_the_socket_is_sent_to_the_file_drop(student, make_state):
    state = make_state(SessionsState, student)
    fire(SessionsState.stash_pasted, state, "x" * (PASTE_MAX_CHARS + 1))
    assert state.content_error == PASTE_TOO_LONG and state._draft_id == ""


@pytest.mark.parametrize("junk", [[1], ["lesson.txt"], [None], [{"name": "x"}], "x", None, 5, []])
def test_junk_uploads_get_a_message_not_an_exception(student, make_state, junk):
    state = make_state(SessionsState, student)
    assert fire(SessionsState.handle_upload, state, junk) is None
    assert state.content_error == BAD_UPLOAD and state._draft_id == ""


@pytest.mark.parametrize("junk", [None, 5, ["a"], {"text": SAMPLE}])
def test_junk_pastes_get_a_message(student, make_state, junk):
    state = make_state(SessionsState, student)
    fire(SessionsState.stash_pasted, state, junk)
    assert state.content_error and state._draft_id == ""


def test_a_file_that_is_not_a_transcript_is_refused_with_its_reason(student, make_state):
    state = make_state(SessionsState, student)
    fire(SessionsState.handle_upload, state, [_file("{not json", "notes.json")])
    assert state.content_error and state._draft_id == ""
    fire(SessionsState.handle_upload, state, [_file(SAMPLE, "lesson.exe")])
    assert "Choose a .txt" in state.content_error


@pytest.mark.parametrize("raw", ["²", "١٢", "1²", "+1", " 1", "1.0", "0", "-3", "9" * 19, ""])
def test_strict_ids_accept_only_ascii_digits(raw):
    assert strict_id(raw) is None


def test_strict_ids_accept_plain_ids():
    assert (strict_id("42"), strict_id(42), strict_id(True), strict_id(0)) == (42, 42, None, None)


@pytest.mark.parametrize(
    ("cls", "loader"), [(PracticeState, "load_set"), (SessionDetailState, "load_detail")]
)
@pytest.mark.parametrize("raw", ["²", "٣", "1e3"])
def test_odd_digit_routes_show_not_found_instead_of_crashing(student, make_state, cls, loader, raw):
    route = routes.PRACTICE if cls is PracticeState else routes.SESSION
    state = open_page(make_state(cls, student), route, id=raw)
    assert fire(getattr(cls, loader), state) is None
    assert not state.found


def test_the_answer_preview_reads_math_and_ignores_words():
    assert read_as("2x + 1").replace(" ", "") == "2x+1"
    assert read_as("x(x+3)").replace(" ", "") == "x·(x+3)"
    assert read_as("x^2+1").replace(" ", "") == "x^2+1"
    assert read_as("") == ""
    assert read_as("because it doubles") == ""


def test_the_answer_box_shows_how_the_typed_answer_is_read(database, make_state):
    with session_scope() as s:
        user = make_student(s)
        practice = Practice(
            student_id=user.id,
            status="ready",
            problems=[{"question": "Simplify x + x + 1", "type": "short_answer"}],
        )
        s.add(practice)
        s.flush()
        token, pid = token_for(user), practice.id
    state = open_page(make_state(PracticeState, token), routes.PRACTICE, id=pid)
    fire(PracticeState.load_set, state)
    assert state.readings == [""]
    fire(PracticeState.set_answer, state, 0, "2x + 1")
    # Read exactly as typed: no preview line is needed.
    assert state.answers == ["2x + 1"] and state.readings == [""]
    fire(PracticeState.set_answer, state, 0, "x(x+3)")
    assert state.readings == ["x·(x + 3)"]
    fire(PracticeState.set_answer, state, 0, "because")
    assert state.readings == [""]


def test_a_wrong_paste_after_a_good_file_is_not_saved_as_the_file(student, make_state):
    state = make_state(SessionsState, student)
    fire(SessionsState.handle_upload, state, [_file(SAMPLE)])
    assert state._draft_id and state.file_name == "lesson.txt"
    fire(SessionsState.stash_pasted, state, "   ")  # empty box: the file stays
    assert state._draft_id
    fire(SessionsState.handle_upload, state, [_file("{not json", "bad.json")])
    assert state.content_error and state._draft_id == "" and state.preview_total == 0
    fire(SessionsState.set_subject, state, "Algebra I")
    state.session_date = "2026-11-02"
    fire(SessionsState.save_session, state)
    assert state.content_error  # nothing to save, and it says why
