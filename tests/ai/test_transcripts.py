"""Reading transcripts: formats, speaker roles and clear errors for bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.ai.offline.transcriptlimits import (
    ERR_BINARY,
    ERR_EMPTY,
    ERR_TOO_LARGE,
    MAX_TRANSCRIPT_BYTES,
    TranscriptError,
)
from companion.ai.offline.transcripts import parse_transcript

FIXTURES = Path(__file__).parent.parent / "fixtures"
TRANSCRIPTS = FIXTURES / "transcripts"


def read(name: str) -> str:
    return (TRANSCRIPTS / name).read_text(encoding="utf-8")


def mathdial_transcripts() -> list[str]:
    """MathDial dialogues as one `Speaker: text` line per turn."""
    rows = [json.loads(line) for line in (FIXTURES / "mathdial_excerpt.jsonl").open()]
    return [
        "\n".join(f"{t['speaker'].title()}: {' '.join(t['text'].split())}" for t in row["turns"])
        for row in rows
    ]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("algebra_confused.txt", "dialogue"),
        ("us_history_constitution.txt", "dialogue"),
        ("biology_photosynthesis.vtt", "vtt"),
        ("chemistry_stoichiometry.srt", "srt"),
        ("english_thesis.json", "json"),
        ("python_loops.json", "json"),
        ("geometry_notes.txt", "txt"),
    ],
)
def test_format_is_detected_from_the_content(name: str, expected: str) -> None:
    assert parse_transcript(read(name), name).format == expected
    # the extension is only a hint: the same content without a name reads the same way
    assert parse_transcript(read(name)).format == expected


@pytest.mark.parametrize(
    ("name", "tutor", "student"),
    [
        ("algebra_confused.txt", "Tutor", "Student"),
        ("biology_photosynthesis.vtt", "Tutor", "Student"),
        ("chemistry_stoichiometry.srt", "Tutor", "Student"),
        ("english_thesis.json", "Ms. Alvarez", "Jordan"),
        ("python_loops.json", "Instructor", "Sam"),
        ("us_history_constitution.txt", "Mr. Okafor", "Priya"),
    ],
)
def test_tutor_and_student_are_told_apart(name: str, tutor: str, student: str) -> None:
    roles = {turn.speaker: turn.role for turn in parse_transcript(read(name), name).turns}
    assert roles == {tutor: "tutor", student: "student"}


def test_speakers_without_role_names_are_told_apart_by_how_they_talk() -> None:
    text = (
        "Alex: Let's look at fractions. What do you get when you add 1/2 and 1/4?\n"
        "Sam: 2/6?\n"
        "Alex: Not quite. Remember that we need a common denominator first. Can you find one?\n"
        "Sam: I don't get it. Is it 4?\n"
        "Alex: Yes, 4 works. So 1/2 is the same as 2/4. What is 2/4 plus 1/4?\n"
        "Sam: ok 3/4\n"
    )
    roles = {turn.speaker: turn.role for turn in parse_transcript(text).turns}
    assert roles == {"Alex": "tutor", "Sam": "student"}


def test_vtt_voice_tags_give_speakers_and_cues_of_one_speaker_merge() -> None:
    turns = parse_transcript(read("biology_photosynthesis.vtt")).turns
    assert turns[0].speaker == "Tutor"
    assert "Where in the plant cell" in turns[0].text  # second cue, same speaker
    assert turns[1].text == "In the chloroplast, right? The green part."
    assert all("-->" not in turn.text and "<v" not in turn.text for turn in turns)


def test_vtt_cues_with_speaker_prefixes_are_read() -> None:
    text = (
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:03.000\nDr. Chen: What is a prime number?\n\n"
        "2\n00:00:03.500 --> 00:00:06.000\nLeo: A number with exactly two factors.\n"
    )
    turns = parse_transcript(text, "session.vtt").turns
    assert [(t.speaker, t.role, t.text) for t in turns] == [
        ("Dr. Chen", "tutor", "What is a prime number?"),
        ("Leo", "student", "A number with exactly two factors."),
    ]


def test_srt_cue_numbers_and_timings_are_not_part_of_the_text() -> None:
    turns = parse_transcript(read("chemistry_stoichiometry.srt")).turns
    assert turns[0].text.startswith("Let's do a stoichiometry problem")
    assert not any(line.strip().isdigit() for turn in turns for line in turn.text.split("\n"))


def test_json_accepts_a_turns_object_and_other_common_keys() -> None:
    bridge = json.loads((FIXTURES / "bridge_excerpt.jsonl").open().readline())
    parsed = parse_transcript(json.dumps({"messages": bridge["c_h"]}))
    assert parsed.format == "json"
    assert [t.role for t in parsed.turns] == [t["user"] for t in bridge["c_h"]]


def test_a_label_inside_a_turn_is_not_taken_for_a_new_speaker() -> None:
    text = (
        "Tutor: Let's review slope.\nRemember: slope is rise over run.\n"
        "Student: So it is change in y over change in x?\nTutor: Exactly.\n"
        "Student: Got it.\n"
    )
    turns = parse_transcript(text).turns
    assert [t.speaker for t in turns] == ["Tutor", "Student", "Tutor", "Student"]
    assert turns[0].text.endswith("Remember: slope is rise over run.")


@pytest.mark.parametrize(
    "text",
    [
        "Tutor: What is the slope of y = 2x + 1?\nJay: so slope is 2?\n"
        "Tutor: Yes, the slope is the number in front of x.\n",
        "Ms. Lee: What is 3 x 4?\nJay: 12\nMs. Lee: Right, 3 groups of 4.\n",
    ],
)
def test_a_student_who_speaks_once_is_the_other_side_of_the_dialogue(text: str) -> None:
    turns = parse_transcript(text).turns
    assert [t.speaker for t in turns][1] == "Jay"
    assert [t.role for t in turns] == ["tutor", "student", "tutor"]
    assert all("Jay" not in t.text for t in turns)


def test_a_tip_inside_a_one_speaker_text_stays_in_its_turn() -> None:
    text = "Tutor: Fractions today.\nTip: find a common denominator first.\nTutor: Now 1/2 + 1/3?\n"
    turns = parse_transcript(text).turns
    assert [t.speaker for t in turns] == ["Tutor", "Tutor"]
    assert turns[0].text.endswith("Tip: find a common denominator first.")


def test_a_message_without_text_is_dropped_and_its_speaker_still_counts() -> None:
    text = (
        "Ms. Okafor: What is 3 x 4?\nNia Tanaka:\nMs. Okafor: Are you there?\n"
        "Nia Tanaka: 12\nMs. Okafor: Well done.\n"
    )
    turns = parse_transcript(text).turns
    assert [t.speaker for t in turns] == ["Ms. Okafor", "Ms. Okafor", "Nia Tanaka", "Ms. Okafor"]
    assert all("Nia" not in t.text for t in turns)


def test_plain_notes_become_paragraph_turns_with_unknown_roles() -> None:
    turns = parse_transcript(read("geometry_notes.txt")).turns
    assert len(turns) == 4
    assert {t.role for t in turns} == {"unknown"}


def test_mathdial_dialogues_read_as_teacher_and_student_turns() -> None:
    transcripts = mathdial_transcripts()
    assert len(transcripts) >= 10
    for text in transcripts:
        parsed = parse_transcript(text)
        assert parsed.format == "dialogue"
        assert {t.role for t in parsed.turns} <= {"tutor", "student"}
        assert parsed.turns[0].role == "tutor"


@pytest.mark.parametrize("text", ["", "   \n\t\n"])
def test_empty_input_is_refused(text: str) -> None:
    with pytest.raises(TranscriptError, match=ERR_EMPTY):
        parse_transcript(text)


@pytest.mark.parametrize(
    "data", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"PK\x03\x04\x14\x00\x00\x00", b"\xff\xfe\xfa"]
)
def test_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(TranscriptError, match=ERR_BINARY):
        parse_transcript(data)


def test_text_full_of_control_characters_is_refused_as_binary() -> None:
    with pytest.raises(TranscriptError, match=ERR_BINARY):
        parse_transcript("Tutor: hi\x00\x01\x02\x03" * 50)


@pytest.mark.parametrize("as_bytes", [False, True])
def test_input_over_the_size_cap_is_refused(as_bytes: bool) -> None:
    text = "Tutor: " + "a" * MAX_TRANSCRIPT_BYTES
    with pytest.raises(TranscriptError, match=ERR_TOO_LARGE):
        parse_transcript(text.encode() if as_bytes else text)


def test_input_just_under_the_cap_is_read() -> None:
    line = "Tutor: Let's solve the equation.\nStudent: Okay.\n"
    text = line * ((MAX_TRANSCRIPT_BYTES - 1) // len(line))
    assert parse_transcript(text).format == "dialogue"


def test_multibyte_text_is_measured_in_bytes() -> None:
    with pytest.raises(TranscriptError, match=ERR_TOO_LARGE):
        parse_transcript("é" * (MAX_TRANSCRIPT_BYTES // 2 + 1))


@pytest.mark.parametrize(
    "text", ['[{"speaker": "Tutor", "text": "hi"', '{"speaker": "Tutor"}', "[1, 2, 3]"]
)
def test_broken_or_misshapen_json_is_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(TranscriptError, match="JSON transcript"):
        parse_transcript(text, "session.json")


def test_transcript_error_is_a_value_error() -> None:
    assert issubclass(TranscriptError, ValueError)
