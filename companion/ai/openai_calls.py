"""Calls to one OpenAI-compatible endpoint: our own retries and backoff, the usage of each
response, and opening a chat stream up to its first text."""

from __future__ import annotations

import logging
import math
import random
from collections.abc import Callable, Iterator, Mapping
from functools import partial
from typing import Any, TypeVar

import openai

from companion.ai import prompts, replies
from companion.ai.schemas import Usage

log = logging.getLogger(__name__)

CHAT_TEMPERATURE = 0.5
UsageSink = Callable[[str, Usage], None]
T = TypeVar("T")


class ProviderFailure(Exception):
    """An OpenAI call that cannot succeed; the message is a short reason without secrets."""


class OpenAICalls:
    """One client's completions and streams, each retried on 429/5xx/timeouts/connection errors."""

    def __init__(
        self,
        client: openai.OpenAI,
        *,
        model: str,
        max_retries: int,
        base_delay: float,
        max_delay: float,
        usage_sink: UsageSink | None,
        sleep: Callable[[float], None],
    ) -> None:
        self._client = client
        self.model = model
        self._max_retries = max_retries
        self._base_delay = base_delay
        self._max_delay = max_delay
        self._usage_sink = usage_sink
        self._sleep = sleep

    def complete(
        self, kind: str, messages: list[prompts.Message], options: dict[str, Any]
    ) -> tuple[str, Usage]:
        """One non-streamed completion (with retries); returns its text and usage."""
        create = self._client.chat.completions.create
        response = self.retrying(
            kind, partial(create, model=self.model, messages=messages, **options)
        )
        usage = self.record(kind, response.usage)
        choice = response.choices[0] if response.choices else None
        if choice is not None and replies.refused(choice):
            raise ProviderFailure("refused")  # asking again for a repair would not help
        content = (choice.message.content if choice else None) or ""
        return content, usage

    def retrying(self, kind: str, call: Callable[[], T]) -> T:
        """Run call, retrying 429/5xx/timeouts/connection errors (Retry-After or backoff)."""
        for attempt in range(self._max_retries + 1):
            try:
                return call()
            except openai.OpenAIError as err:
                reason, retryable, retry_after = _classify(err)
                if not retryable or attempt == self._max_retries:
                    raise ProviderFailure(reason) from err
            backoff = self._base_delay * 2**attempt + random.uniform(0, self._base_delay)
            delay = min(backoff if retry_after is None else retry_after, self._max_delay)
            log.warning("openai %s: %s; retry %d in %.2fs", kind, reason, attempt + 1, delay)
            self._sleep(delay)
        raise ProviderFailure("no attempt allowed")

    def record(self, kind: str, raw: Any) -> Usage:
        """Usage of one response as our model, reported to the sink when the server sent it."""
        if raw is None:
            return Usage()
        usage = Usage(**{k: getattr(raw, k, 0) or 0 for k in Usage.model_fields})
        if self._usage_sink is not None:
            self._usage_sink(kind, usage)
        return usage

    def open_chat(self, messages: list[prompts.Message]) -> tuple[Iterator[Any], list[Any]]:
        """Open the stream and read up to the first text, so early failures can be retried."""
        request = {"model": self.model, "messages": messages, "temperature": CHAT_TEMPERATURE}
        create = partial(self._client.chat.completions.create, stream=True, **request)
        try:
            chunks = iter(create(stream_options={"include_usage": True}))
        except openai.BadRequestError:  # a server that rejects stream_options
            chunks = iter(create())
        buffered: list[Any] = []
        try:
            for chunk in chunks:
                buffered.append(chunk)
                if text_of(chunk):
                    return chunks, buffered
        except ValueError as err:
            raise ProviderFailure("malformed stream") from err
        raise ProviderFailure("empty reply")


def _classify(err: openai.OpenAIError) -> tuple[str, bool, float | None]:
    """A short reason, whether to retry, and the server's Retry-After in seconds."""
    if isinstance(err, openai.APITimeoutError):
        return "timeout", True, None
    if isinstance(err, openai.APIConnectionError):
        return "connection error", True, None
    if isinstance(err, openai.APIStatusError):
        code = err.status_code
        return f"HTTP {code}", code == 429 or code >= 500, _retry_after(err.response.headers)
    return type(err).__name__, False, None


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a numeric Retry-After header (the HTTP-date form falls back to backoff)."""
    try:
        value = float(headers.get("retry-after", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) and value >= 0 else None


def text_of(chunk: Any) -> str:
    """The text delta of one stream chunk ('' for usage-only chunks)."""
    return (chunk.choices[0].delta.content or "") if chunk.choices else ""
