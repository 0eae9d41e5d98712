"""What the chat quotes from a student's session: what was said, in any transcript format, and
the line that taught the concept.

Found by asking the demo student's chat about the demo sessions: a WebVTT session was quoted
as "WEBVTT 00:00:01.000 --> 00:00:07.000 <v Ms. Rivera>Today we're ...", an SRT one with its
cue numbers and timestamps, a JSON one as raw JSON; "explain distributive property" quoted
"Yes, that's the distributive property. Now keep going." (it names the concept, teaches
nothing) and "explain slope" quoted the student's "Can we do slope next time?". All 9 cases
failed on that code.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.chat import chat
from companion.ai.offline.retrieval import split_turns
from companion.ai.offline.transcripts import parse_transcript
from companion.ai.schemas import ChatContext, SessionDoc

DEMO = Path(__file__).resolve().parents[2] / "companion" / "demo"
QUOTE = re.compile(r'you covered this: "(.+?)"\n', re.S)


SUBJECTS = {
    "algebra_linear_equations.txt": "Algebra I",
    "biology_photosynthesis.vtt": "Biology",
    "chemistry_stoichiometry.srt": "Chemistry",
    "english_thesis.json": "English Writing",
    "python_loops.txt": "Intro to Programming (Python)",
}


def _doc(name: str, subject: str) -> SessionDoc:
    """A demo session as the chat gets it: its raw text and the concepts its analysis found."""
    text = (DEMO / name).read_text()
    found = analyze(text, subject_hint=subject, filename=name)
    return SessionDoc(
        id=list(SUBJECTS).index(name) + 1,
        subject=subject,
        date="2026-11-20",
        transcript=text,
        concepts=[c.name for c in found.concepts],
    )


DEMO_DOCS = [_doc(name, subject) for name, subject in SUBJECTS.items()]


def _quote(message: str, doc: SessionDoc) -> str:
    """The quote of the demo student's chat reply, which must come from `doc`."""
    sessions = [doc, *(d for d in DEMO_DOCS if d.id != doc.id)]
    chunks = list(chat(ChatContext(message=message, sessions=sessions)))
    reply = "".join(c.text for c in chunks)
    assert {c.session_id for chunk in chunks for c in chunk.citations} == {doc.id}, reply
    found = QUOTE.search(reply + "\n")
    assert found, reply
    return found.group(1)


@pytest.mark.parametrize(
    ("name", "subject", "message"),
    [
        ("biology_photosynthesis.vtt", "Biology", "what is the calvin cycle"),
        ("chemistry_stoichiometry.srt", "Chemistry", "explain limiting reactant"),
        ("english_thesis.json", "English Writing", "what is a thesis statement"),
    ],
)
def test_a_session_in_any_format_is_quoted_as_what_was_said(
    name: str, subject: str, message: str
) -> None:
    doc = _doc(name, subject)
    quote = _quote(message, doc)
    assert not re.search(r"-->|WEBVTT|\{\s*\"|\d\d:\d\d:\d\d", quote)
    said = {" ".join(t.text.split()) for t in parse_transcript(doc.transcript, name).turns}
    speaker, _, text = quote.partition(": ")
    assert speaker in {"Tutor", "Student"} and text.rstrip(" …") in " ".join(said)


@pytest.mark.parametrize(
    "name", ["biology_photosynthesis.vtt", "chemistry_stoichiometry.srt", "english_thesis.json"]
)
def test_turns_of_a_subtitle_or_json_session_are_its_speakers_turns(name: str) -> None:
    text = (DEMO / name).read_text()
    turns = split_turns(text)
    assert len(turns) == len(parse_transcript(text, name).turns)
    assert all(re.match(r"(Tutor|Student): \S", t) for t in turns)


def test_the_line_that_teaches_the_concept_is_quoted_not_the_one_that_names_it() -> None:
    quote = _quote(
        "can u explain distributive property", _doc("algebra_linear_equations.txt", "Algebra I")
    )
    assert "multiplies everything inside the parentheses" in quote


def test_the_tutors_explanation_is_quoted_not_the_students_request() -> None:
    quote = _quote("explain slope", _doc("algebra_linear_equations.txt", "Algebra I"))
    assert quote.startswith("Tutor:") and "rise over run" in quote


def test_a_transcript_with_named_speakers_is_quoted_with_their_roles() -> None:
    doc = SessionDoc(
        id=1,
        subject="Biology",
        date="2026-11-20",
        transcript=(
            "Ms. Rivera: Where does photosynthesis happen?\n"
            "Maya: In the chloroplast?\n"
            "Ms. Rivera: Exactly. Chloroplasts hold chlorophyll, which absorbs light energy.\n"
            "Maya: So the green colour is the chlorophyll.\n"
        ),
        concepts=["Photosynthesis"],
    )
    quote = _quote("what does chlorophyll do", doc)
    assert quote.startswith("Tutor: Exactly. Chloroplasts hold chlorophyll")
