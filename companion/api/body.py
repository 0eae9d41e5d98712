"""The base of every request body: text with a NUL character in it is refused with a clear
422 before any route runs (PostgreSQL cannot store NUL, and no real input holds one)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, model_validator

NUL_REFUSED = "Text must not contain a NUL character."


class Body(BaseModel):
    """A request body whose declared fields hold no NUL character, however deeply nested."""

    @model_validator(mode="before")
    @classmethod
    def _no_nul(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for name in cls.model_fields:
                if _holds_nul(data.get(name)):
                    raise ValueError(f"{name}: {NUL_REFUSED}")
        return data


def _holds_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(_holds_nul(k) or _holds_nul(v) for k, v in value.items())
    if isinstance(value, list | tuple):
        return any(_holds_nul(v) for v in value)
    return False
