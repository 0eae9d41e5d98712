"""Who in a transcript is the tutor and who the student: by a speaker's name, else by how each
speaker talks."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Literal

Role = Literal["tutor", "student", "unknown"]

_TUTOR_NAME = re.compile(
    r"\b(tutor|teacher|instructor|coach|professor|prof|lecturer|mentor|mr|mrs|ms|miss|dr|sir|ta)\b"
)
_STUDENT_NAME = re.compile(r"\b(student|learner|pupil|kid|child)\b")
_TUTOR_TALK = re.compile(
    r"\b(let's|lets|remember|notice|for example|what do you|can you|why do|how would|try|"
    r"good|great|exactly|correct|right|the idea|means that|we can|you need)\b"
)
_STUDENT_TALK = re.compile(
    r"\b(i don't|i dont|i'm confused|im confused|confused|i think|i guess|maybe|oh|ok|okay|"
    r"wait|i see|i get it|i forgot|sorry)\b"
)


def speaker_roles(raw: list[tuple[str, str]]) -> dict[str, Role]:
    """Each named speaker's role: by the name, else by how each speaker talks."""
    by_speaker: dict[str, list[str]] = defaultdict(list)
    for speaker, body in raw:
        if speaker:
            by_speaker[speaker].append(body)
    roles = {speaker: role_from_name(speaker) for speaker in by_speaker}
    unresolved = [s for s, role in roles.items() if role == "unknown"]
    known = set(roles.values()) - {"unknown"}
    if unresolved and known == {"tutor"}:
        roles.update(dict.fromkeys(unresolved, "student"))
    elif unresolved and known == {"student"}:
        roles.update(dict.fromkeys(unresolved, "tutor"))
    elif len(unresolved) >= 2 and not known:
        tutor = max(unresolved, key=lambda s: _tutor_score(by_speaker[s]))
        roles.update({s: "tutor" if s == tutor else "student" for s in unresolved})
    return roles


def role_from_name(speaker: str) -> Role:
    """The role a speaker's name says ("Mr Lee": tutor, "Student 2": student), else "unknown"."""
    name = speaker.lower()
    if _TUTOR_NAME.search(name):
        return "tutor"
    if _STUDENT_NAME.search(name):
        return "student"
    return "unknown"


def _tutor_score(bodies: list[str]) -> float:
    """How tutor-like a speaker talks: questions and explanations up, short confused answers down."""
    n = len(bodies)
    text = "\n".join(bodies).lower()
    questions = text.count("?") / n
    explaining = len(_TUTOR_TALK.findall(text)) / n
    unsure = len(_STUDENT_TALK.findall(text)) / n
    short = sum(len(body.split()) <= 4 for body in bodies) / n
    words = len(text.split()) / n
    return questions + explaining + min(words, 40) / 20 - 1.5 * unsure - 1.5 * short
