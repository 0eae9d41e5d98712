"""What the held-out analysis tests read off a result or a transcript's attempts."""

from __future__ import annotations

from companion.ai.offline.analysis import analyze
from companion.ai.offline.answertrail import Attempt
from companion.ai.offline.attempts import find_attempts
from companion.ai.offline.transcripts import parse_transcript
from companion.ai.schemas import TranscriptAnalysis
from companion.evals.analysis import junk_concepts


def ids(result: TranscriptAnalysis) -> list[str]:
    """The knowledge-base ids of the concepts found, in order."""
    return [c.kb_id or "" for c in result.concepts]


def math_ids(text: str) -> list[str]:
    """The ids found in a math upload, which names no junk concept (a stop word, a name)."""
    result = analyze(text, subject_hint="Math")
    assert not junk_concepts(result, {"tutor", "student", "teacher"}), result.concepts
    return ids(result)


def points(result: TranscriptAnalysis) -> list[str]:
    """Every key point of every concept."""
    return [p for c in result.concepts for p in c.key_points]


def outcomes(text: str) -> list[str]:
    """The outcome of each attempt in the transcript, in order."""
    return [a.outcome for a in find_attempts(parse_transcript(text).turns)]


def outcome_of(text: str, student_says: str) -> str | None:
    """The outcome of the student turn that says exactly `student_says`, if it is an attempt."""
    turns = parse_transcript(text).turns
    for attempt in find_attempts(turns):
        if turns[attempt.turn].role == "student" and turns[attempt.turn].text == student_says:
            return attempt.outcome
    return None


def judged(text: str) -> list[str]:
    """The outcome of each of the student's answers, in order (help from the tutor aside)."""
    return [outcome for outcome in outcomes(text) if outcome != "helped"]


def outcome_starting(text: str, student_says: str) -> str | None:
    """The outcome of the student turn that starts with `student_says`, if it is an attempt."""
    turns = parse_transcript(text).turns
    for attempt in find_attempts(turns):
        if turns[attempt.turn].text.startswith(student_says):
            return attempt.outcome
    return None


def attempts_of(text: str) -> list[Attempt]:
    """The transcript's attempts, as the engine finds them."""
    return find_attempts(parse_transcript(text).turns)


def dialogue(*lines: str) -> str:
    """Alternating "Teacher:" / "Student:" lines; a line starting "S:" or "T:" names its own."""
    out = []
    for k, line in enumerate(lines):
        if line.startswith(("S:", "T:")):
            who, line = ("Student" if line[0] == "S" else "Teacher"), line[2:].strip()
        else:
            who = "Teacher" if k % 2 == 0 else "Student"
        out.append(f"{who}: {line}")
    return "\n".join(out) + "\n"
