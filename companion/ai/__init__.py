"""The AI layer: one provider protocol, an offline engine and an OpenAI-compatible provider."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from companion.ai.provider import Provider
from companion.ai.schemas import Usage
from companion.settings import Settings, get_settings

UsageSink = Callable[[str, Usage], None]


def build_provider(settings: Settings, *, usage_sink: UsageSink | None = None) -> Provider:
    """The engine the settings ask for; the offline one is always the fallback."""
    from companion.ai.local import LocalProvider

    local = LocalProvider()
    if settings.ai_engine != "openai":
        return local
    from companion.ai.openai_provider import OpenAIProvider

    return OpenAIProvider(
        api_key=settings.openai_api_key or "not-needed",
        base_url=settings.openai_base_url or None,
        model=settings.ai_model,
        timeout=settings.ai_timeout_seconds,
        fallback=local,
        usage_sink=usage_sink,
    )


@cache
def get_provider() -> Provider:
    """The process-wide provider."""
    return build_provider(get_settings())
