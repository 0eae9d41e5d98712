"""Reading tutoring transcripts: plain text, dialogue, WebVTT, SRT and JSON, with speaker roles
(size limits and errors: transcriptlimits.py; who is the tutor: transcriptroles.py)."""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import PurePath
from typing import Literal

from companion.ai.offline.transcriptlimits import (
    ERR_JSON,
    ERR_NO_TEXT,
    TranscriptError,
    checked_text,
    loads_bounded,
)
from companion.ai.offline.transcriptroles import Role, role_from_name, speaker_roles

Format = Literal["txt", "vtt", "srt", "json", "dialogue"]


@dataclass(frozen=True)
class Turn:
    speaker: str
    role: Role
    text: str


@dataclass(frozen=True)
class ParsedTranscript:
    turns: list[Turn]
    format: Format


# "[00:01:23]", "10:02:15", "[10:02 AM]", "2024-01-12 10:03:40 -": a time, maybe dated
_TIMESTAMP = (
    r"(?:[\[(]?(?:\d{4}-\d{2}-\d{2}[ T]\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?"
    r"(?:\s*[AaPp]\.?[Mm]\.?)?[\])]?\s*[-–]?\s*)?"
)
_SPEAKER_LINE = re.compile(
    rf"^\s*{_TIMESTAMP}(?:\*\*)?(?P<speaker>[A-Za-z][\w.'’ ()-]{{0,60}}?)(?:\*\*)?\s*:(?:\*\*)?"
    r"(?:\s+(?P<text>\S.*)|\s*)$"  # no text: a message that lost it in the export
)
_SRT_START = re.compile(r"\d+\s*\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->")
_CUE_TIMING = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?[,.]\d{1,3}\s*-->")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"<[^>]*>")
_JSON_LISTS = ("turns", "messages", "conversation", "dialogue", "transcript", "utterances")
_JSON_SPEAKER = ("speaker", "name", "role", "user", "author", "from")
_JSON_TEXT = ("text", "content", "message", "utterance", "body", "value")
_MAX_SPEAKERS = 8
# an annotation glued to the start of a turn, not said: MathDial's "(probing)", "(telling)"
_MOVE_TAG = re.compile(r"^\((?:probing|focus|telling|generic|seek strategy|guiding)\)\s*", re.I)


def parse_transcript(text: str | bytes, filename: str = "") -> ParsedTranscript:
    """Split a transcript into turns with speaker and tutor/student role, detecting the format."""
    text = checked_text(text)
    fmt = detect_format(text, filename)
    parser = {"vtt": _parse_cues, "srt": _parse_cues, "json": _parse_json}.get(fmt)
    raw = (
        parser(text)
        if parser
        else (_headed_turns(text) or _parse_dialogue(text))
        if fmt == "dialogue"
        else _paragraphs(text)
    )
    raw = [(speaker, _MOVE_TAG.sub("", body.strip())) for speaker, body in raw]
    raw = [(speaker, body) for speaker, body in raw if body]
    if not raw:
        raise TranscriptError(ERR_NO_TEXT)
    return ParsedTranscript(turns=assign_roles(raw), format=fmt)


def detect_format(text: str, filename: str = "") -> Format:
    """The transcript format, read from the content; the file extension only breaks ties."""
    ext = PurePath(filename).suffix.lower().lstrip(".")
    head = text.lstrip()[:2000]
    if head.startswith("WEBVTT"):
        return "vtt"
    if head[:1] in "[{" and text.rstrip()[-1:] in "]}" and _is_json(text):
        return "json"
    if ext == "json":
        _parse_json(text)  # raises with the decoder's message
        raise TranscriptError(ERR_JSON)
    if _SRT_START.match(head):
        return "srt"
    if ext in ("vtt", "srt") and _CUE_TIMING.search(head):
        return "vtt" if ext == "vtt" else "srt"
    return "dialogue" if _looks_like_dialogue(text) or _headed_turns(text) else "txt"


def assign_roles(raw: list[tuple[str, str]]) -> list[Turn]:
    """Give each (speaker, text) a role: by the speaker's name, else by how each speaker talks."""
    roles = speaker_roles(raw)
    return [Turn(speaker=s, role=roles.get(s, "unknown"), text=body) for s, body in raw]


# a label inside a turn's working, never a speaker: "Total: 20 + 30 = 50", "Week one: ...",
# "Answer: 12", "Step 2: ..."
_WORKING_LABEL = re.compile(
    r"^(?:total|sum|answer|final answer|solution|step|week|day|month|year|part|note|hint|"
    r"example|given|result|check|equation|formula|working|method|remember|tip|key|rule|"
    r"question|definition|reminder|warning|goal|idea|fact|important)\b",
    re.I,
)


# a person's name as a label: "Jay", "Ms. Lee", "Maya R" (not "Key idea" or "Tip 2")
_PERSON = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][a-z]+(?: [A-Z][a-z]*\.?)?$")


# a meeting chat's sender: Zoom's "From Ms. Lopez to Everyone", "From Jordan Smith to Me
# (Privately)", "From Jordan Smith " (the newer export)
_CHAT_SENDER = re.compile(
    r"^from\s+(?P<name>.+?)(?:\s+to\s+(?:everyone|me|[^()]+?))?(?:\s*\((?:privately|direct message)\))?$",
    re.I,
)


def _speaker_of(line: str) -> tuple[str, str] | None:
    match = _SPEAKER_LINE.match(line)
    if not match or not match["text"]:
        return None
    speaker = _sender(match["speaker"].strip(" *"))
    if len(speaker.split()) > 4 or _WORKING_LABEL.match(speaker):
        return None
    return speaker, match["text"].strip()


def _sender(label: str) -> str:
    """The person a speaker label names: a chat export's sender, else the label itself."""
    sent = _CHAT_SENDER.match(label)
    return " ".join(sent["name"].split()) if sent else label


def _looks_like_dialogue(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    labelled = [found for line in lines if (found := _speaker_of(line))]
    speakers = {speaker.lower() for speaker, _ in labelled}
    return len(labelled) >= 2 and len(labelled) >= 0.3 * len(lines) and len(speakers) <= 12


def _parse_dialogue(text: str) -> list[tuple[str, str]]:
    lines = [line for line in text.split("\n") if line.strip()]
    labelled = [_speaker_of(line) for line in lines]
    counts: dict[str, int] = defaultdict(int)
    for line, found in zip(lines, labelled, strict=True):
        if found:
            counts[found[0]] += 1
        elif speaker := _empty_message(line):
            counts[speaker] += 1
    # "Remember: ..." inside a tutor's turn is not a speaker; real speakers recur
    frequent = sorted(counts, key=counts.__getitem__, reverse=True)[:_MAX_SPEAKERS]
    real = {s for s in frequent if counts[s] >= 2 or role_from_name(s) != "unknown"}
    if len(real) == 1:
        # a dialogue has two sides: a student named once ("Jay: so slope is 2?") answering the
        # only recurring speaker is the other side, if the label is a name
        real |= {s for s in frequent if _PERSON.match(s) and not _WORKING_LABEL.match(s)}
    real = real or set(frequent)
    turns: list[tuple[str, str]] = []
    for line, found in zip(lines, labelled, strict=True):
        if found and found[0] in real:
            turns.append(found)
        elif _empty_message(line) in real:
            continue  # says nothing; its speaker's name is no part of the previous turn
        elif turns:
            turns[-1] = (turns[-1][0], f"{turns[-1][1]}\n{line.strip()}")
        else:
            turns.append(("", line.strip()))
    return turns


def _empty_message(line: str) -> str:
    """The speaker of a labelled line without text ("Student:"), else ""."""
    match = _SPEAKER_LINE.match(line)
    return _sender(match["speaker"].strip(" *")) if match and not match["text"] else ""


def _parse_cues(text: str) -> list[tuple[str, str]]:
    turns: list[tuple[str, str]] = []
    speaker = ""
    for block in re.split(r"\n\s*\n", text):
        lines = block.strip().split("\n")
        timing = next((i for i, line in enumerate(lines) if "-->" in line), None)
        if timing is None:
            continue  # header, NOTE, STYLE or a stray index
        for line in lines[timing + 1 :]:
            speaker, body = _cue_line(line, speaker)
            if not body:
                continue
            if turns and turns[-1][0] == speaker:
                turns[-1] = (speaker, f"{turns[-1][1]}\n{body}")
            else:
                turns.append((speaker, body))
    return turns


def _cue_line(line: str, previous_speaker: str) -> tuple[str, str]:
    """A caption line's speaker (voice tag or "Name:" prefix, else the previous one) and text."""
    voice = _VOICE.search(line)
    body = html.unescape(_TAG.sub("", line)).strip().lstrip("-– ").strip()
    if voice:
        return voice[1].strip(), body
    found = _speaker_of(body)
    return found if found else (previous_speaker, body)


def _is_json(text: str) -> bool:
    try:
        loads_bounded(text)
    except json.JSONDecodeError:
        return False
    return True


def _parse_json(text: str) -> list[tuple[str, str]]:
    try:
        data = loads_bounded(text)
    except json.JSONDecodeError as exc:
        raise TranscriptError(f"{ERR_JSON} ({exc.msg} at line {exc.lineno})") from exc
    if isinstance(data, dict):
        data = next((data[k] for k in _JSON_LISTS if isinstance(data.get(k), list)), None)
    if not isinstance(data, list) or not data:
        raise TranscriptError(ERR_JSON)
    return [_json_turn(item) for item in data]


def _json_turn(item: object) -> tuple[str, str]:
    if isinstance(item, str):
        return _speaker_of(item) or ("", item)
    if not isinstance(item, dict):
        raise TranscriptError(ERR_JSON)
    speaker = next((str(item[k]) for k in _JSON_SPEAKER if item.get(k)), "")
    body = next((item[k] for k in _JSON_TEXT if isinstance(item.get(k), str)), None)
    if body is None:
        raise TranscriptError(ERR_JSON)
    return speaker.strip(), body


# a recording's transcript (Otter, Teams): "Priya Patel  0:41" on its own line, the words below
_HEADER = re.compile(
    r"^\s*(?P<speaker>[A-Za-z][\w.'’ ()-]{0,40}?)\s+\(?(?:\d{1,2}:)?\d{1,2}:\d{2}\)?\s*$"
)


def _headed_turns(text: str) -> list[tuple[str, str]] | None:
    """Turns of a transcript whose every block opens with its speaker and time, else None."""
    turns: list[tuple[str, str]] = []
    for block in (b.strip() for b in re.split(r"\n\s*\n", text) if b.strip()):
        first, _, rest = block.partition("\n")
        header = _HEADER.match(first)
        if header and rest.strip() and len(header["speaker"].split()) <= 4:
            turns.append((header["speaker"].strip(), rest.strip()))
        elif turns:
            turns[-1] = (turns[-1][0], f"{turns[-1][1]}\n{block}")
        else:
            return None
    speakers = {speaker for speaker, _ in turns}
    return turns if len(turns) >= 2 and len(speakers) <= _MAX_SPEAKERS else None


def _paragraphs(text: str) -> list[tuple[str, str]]:
    return [("", block.strip()) for block in re.split(r"\n\s*\n", text) if block.strip()]
