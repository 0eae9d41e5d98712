"""What an uploaded transcript may be: its size and JSON nesting limits, the errors when it is
not, and the checks that raise them."""

from __future__ import annotations

import json
import re
from itertools import accumulate

# The one size limit of a transcript: the upload widget, /_upload, the REST API and the
# services all read it from here.
MAX_TRANSCRIPT_BYTES = 2 * 1024 * 1024
# A whole upload request: the transcript plus the other fields and the multipart framing.
MAX_UPLOAD_BODY_BYTES = MAX_TRANSCRIPT_BYTES + 64 * 1024
# Real transcripts nest 3 or 4 levels; deeper JSON only exhausts the parser's recursion.
MAX_JSON_DEPTH = 32

ERR_EMPTY = "The transcript is empty."
ERR_BINARY = "The transcript is not text; it looks like a binary file."
ERR_TOO_LARGE = f"The transcript is larger than {MAX_TRANSCRIPT_BYTES // (1024 * 1024)} MB."
ERR_JSON = 'A JSON transcript must be a list of {"speaker", "text"} objects or {"turns": [...]}.'
ERR_NO_TEXT = "No readable dialogue was found in the transcript."
ERR_TOO_DEEP = f"The JSON is nested more than {MAX_JSON_DEPTH} levels deep."

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffd]")


class TranscriptError(ValueError):
    """The input cannot be read as a transcript; the message says why."""


def checked_text(text: str | bytes) -> str:
    """The transcript as text with plain newlines; TranscriptError if empty, binary or too large."""
    if isinstance(text, bytes):
        if len(text) > MAX_TRANSCRIPT_BYTES:
            raise TranscriptError(ERR_TOO_LARGE)
        if b"\x00" in text[:8192]:
            raise TranscriptError(ERR_BINARY)
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise TranscriptError(ERR_BINARY) from exc
    # a character is at most 4 bytes, so only long texts need the exact byte count
    if len(text) * 4 > MAX_TRANSCRIPT_BYTES and len(text.encode("utf-8")) > MAX_TRANSCRIPT_BYTES:
        raise TranscriptError(ERR_TOO_LARGE)
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise TranscriptError(ERR_EMPTY)
    sample = text[:4096]
    if "\x00" in sample or len(_CONTROL.findall(sample)) > len(sample) * 0.05:
        raise TranscriptError(ERR_BINARY)
    return text


# Possessive, and an unterminated string runs to the end: linear time on any input.
_JSON_STRING = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\\?\Z)', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


def json_depth(text: str | bytes) -> int:
    """How deep the JSON's arrays and objects nest (brackets inside strings do not count)."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", errors="replace")
    brackets = _NOT_BRACKET.sub("", _JSON_STRING.sub("", text))
    return max(accumulate(1 if b in "[{" else -1 for b in brackets), default=0)


def loads_bounded(text: str | bytes, max_depth: int = MAX_JSON_DEPTH) -> object:
    """json.loads, refusing input nested deeper than `max_depth` with TranscriptError."""
    if json_depth(text) > max_depth:
        raise TranscriptError(ERR_TOO_DEEP)
    return json.loads(text)
