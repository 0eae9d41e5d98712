"""Reading an LLM's replies: one JSON object (out of fences or prose), validated against the
schemas with the checks the shapes cannot state, and refusals recognised as such."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from companion.ai.schemas import PracticeSet

Check = Callable[[Any], None]
M = TypeVar("M", bound=BaseModel)

OURS = ("engine", "usage", "scored")  # fields the provider sets, never the model
_FENCE = re.compile(r"^```(?:json)?\s*|\s*```$")
_REFUSAL = re.compile(
    r"^\W*(?:I'?m sorry|I am sorry|sorry|I can(?:no|')t|I am (?:not able|unable)|"
    r"I'?m (?:not able|unable)|I won'?t|As an AI)\b",
    re.I,
)


def parse_reply(content: str, model_cls: type[M], check: Check | None = None) -> M:
    """JSON reply text to a validated model; engine and usage are ours, never the model's."""
    data = _json_object(_FENCE.sub("", content.strip()))
    if not isinstance(data, dict):
        raise ValueError("expected one JSON object")
    result = model_cls.model_validate({k: v for k, v in data.items() if k not in OURS})
    if check is not None:
        check(result)
    return result


def _json_object(text: str) -> Any:
    """The JSON of a reply; a model that wraps one object in prose gets it read all the same."""
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        start, end = text.find("{"), text.rfind("}")
        if 0 < start < end:
            return json.loads(text[start : end + 1])
        raise


def is_refusal(content: str) -> bool:
    """A reply that declines the task in prose instead of answering in JSON."""
    text = content.strip()
    return bool(text) and "{" not in text and bool(_REFUSAL.match(text))


def describe_error(err: ValueError) -> str:
    """What was wrong with a reply, in words the repair prompt can use."""
    if isinstance(err, json.JSONDecodeError):
        return f"not valid JSON ({err.msg} at position {err.pos})"
    if isinstance(err, ValidationError):
        problems = err.errors(include_url=False, include_input=False)[:10]
        return "; ".join(f"{'.'.join(map(str, e['loc'])) or 'root'}: {e['msg']}" for e in problems)
    return str(err)


def check_practice(practice: PracticeSet) -> None:
    """Problems exist and every multiple-choice answer is one of its options."""
    if not practice.problems:
        raise ValueError("problems: at least one problem is required")
    for index, problem in enumerate(practice.problems):
        if problem.type == "multiple_choice" and problem.correctAnswer not in problem.options:
            raise ValueError(f"problems.{index}: correctAnswer must be one of options")


def refused(choice: Any) -> bool:
    """A completion choice that declines: the refusal field, the content filter, or prose."""
    if getattr(choice.message, "refusal", None) or choice.finish_reason == "content_filter":
        return True
    return is_refusal(choice.message.content or "")
