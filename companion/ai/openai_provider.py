"""The OpenAI-compatible provider: JSON mode, one repair, then the fallback engine (the calls
themselves, with our retries: openai_calls.py)."""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import Any, TypeVar, cast

import openai
from pydantic import BaseModel

from companion.ai import conceptkeys, prompts, replies, verify
from companion.ai.offline import grading
from companion.ai.openai_calls import OpenAICalls, ProviderFailure, UsageSink, text_of
from companion.ai.provider import Provider
from companion.ai.schemas import (
    ChatChunk,
    ChatContext,
    ConceptRef,
    Difficulty,
    Grade,
    Nudge,
    PracticeSet,
    Problem,
    Routing,
    RoutingSignals,
    StudentActivity,
    SuggestionList,
    TranscriptAnalysis,
    Usage,
)

log = logging.getLogger(__name__)

ANALYSIS_TEMPERATURE = 0.3
GENERATION_TEMPERATURE = 0.7
JSON_MODE: dict[str, Any] = {"type": "json_object"}
M = TypeVar("M", bound=BaseModel)
_SPECS: dict[str, tuple[type[BaseModel], float]] = {
    "analyze_transcript": (TranscriptAnalysis, ANALYSIS_TEMPERATURE),
    "grade_answer": (Grade, ANALYSIS_TEMPERATURE),
    "route_to_tutor": (Routing, ANALYSIS_TEMPERATURE),
    "generate_practice": (PracticeSet, GENERATION_TEMPERATURE),
    "suggest_subjects": (SuggestionList, GENERATION_TEMPERATURE),
    "nudge_message": (Nudge, GENERATION_TEMPERATURE),
}
_CHECKS: dict[str, replies.Check] = {"generate_practice": replies.check_practice}


class OpenAIProvider:
    """Any OpenAI-compatible endpoint (OpenAI, Ollama, vLLM, llama.cpp) behind the Provider API."""

    name = "openai"

    def __init__(
        self,
        *,
        api_key: str | None,
        model: str,
        fallback: Provider,
        base_url: str | None = None,
        timeout: float = 30.0,
        max_retries: int = 3,
        base_delay: float = 0.5,
        max_delay: float = 20.0,
        usage_sink: UsageSink | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.model = model
        self.engine = f"openai:{model}"
        self._fallback = fallback
        # Local servers need no key; a placeholder keeps the SDK from reading the environment.
        self._client = openai.OpenAI(
            api_key=api_key or "unused", base_url=base_url, timeout=timeout, max_retries=0
        )
        self._calls = OpenAICalls(
            self._client,
            model=model,
            max_retries=max_retries,
            base_delay=base_delay,
            max_delay=max_delay,
            usage_sink=usage_sink,
            sleep=sleep,
        )

    def analyze_transcript(self, text: str, *, subject_hint: str = "") -> TranscriptAnalysis:
        """Concepts covered (with mastery), topics, summary and subject of one session."""
        fallback = partial(self._fallback.analyze_transcript, text, subject_hint=subject_hint)
        messages = prompts.analysis_messages(text, subject_hint)
        result = self._structured("analyze_transcript", messages, fallback)
        if result.engine != self.engine:
            return result
        try:  # the student's attempts, counted by the offline engine
            counted = self._fallback.analyze_transcript(text, subject_hint=subject_hint)
        except ValueError:  # a transcript it cannot read: the LLM's estimates stand
            counted = None
        return conceptkeys.ground_concepts(result, text, subject_hint, counted)

    def generate_practice(
        self,
        concepts: list[ConceptRef],
        *,
        difficulty: Difficulty = "medium",
        count: int = 5,
        transcript: str = "",
        seed: int | None = None,
    ) -> PracticeSet:
        """Problems for the given concepts, each with an answer and explanation."""
        options: dict[str, Any] = {
            "difficulty": difficulty,
            "count": count,
            "transcript": transcript,
        }
        fallback = partial(self._fallback.generate_practice, concepts, **options, seed=seed)
        messages = prompts.practice_messages(concepts, difficulty, count, transcript)
        extra = {"seed": seed} if seed is not None else {}
        result = self._structured("generate_practice", messages, fallback, **extra)
        if result.engine != self.engine:
            return result.model_copy(update={"problems": result.problems[:count]})
        kept, fill, offline = verify.topped_up(result.problems, concepts, count, fallback)
        engine = f"{self.engine} + {offline}" if kept and fill else self.engine
        if not kept:
            engine = _fallback_label(offline, "no problem passed the checks")
        return result.model_copy(update={"problems": kept + fill, "engine": engine})

    def grade_answer(self, problem: Problem, answer: str) -> Grade:
        """Score one answer: math and options by the exact offline grader, free text by the LLM."""
        if grading.is_deterministic(problem):
            return grading.grade(problem, answer)
        fallback = partial(self._fallback.grade_answer, problem, answer)
        return self._structured("grade_answer", prompts.grade_messages(problem, answer), fallback)

    def suggest_subjects(
        self, *, completed_subject: str, mastered_concepts: list[str], studied_subjects: list[str]
    ) -> SuggestionList:
        """Five ranked next subjects after a goal is completed."""
        fallback = partial(
            self._fallback.suggest_subjects,
            completed_subject=completed_subject,
            mastered_concepts=mastered_concepts,
            studied_subjects=studied_subjects,
        )
        messages = prompts.suggestion_messages(
            completed_subject, mastered_concepts, studied_subjects
        )
        return self._structured("suggest_subjects", messages, fallback)

    def nudge_message(self, activity: StudentActivity) -> Nudge:
        """A short, encouraging message that brings a drifting student back."""
        fallback = partial(self._fallback.nudge_message, activity)
        return self._structured("nudge_message", prompts.nudge_messages(activity), fallback)

    def route_to_tutor(self, signals: RoutingSignals) -> Routing:
        """Whether a human tutor should take over, with urgency, topic and minutes."""
        fallback = partial(self._fallback.route_to_tutor, signals)
        return self._structured("route_to_tutor", prompts.routing_messages(signals), fallback)

    def chat(self, ctx: ChatContext) -> Iterator[ChatChunk]:
        """Stream a reply grounded in the student's own sessions; fall back before the first token."""
        messages = prompts.chat_messages(ctx)
        try:
            chunks, buffered = self._calls.retrying("chat", lambda: self._calls.open_chat(messages))
        except ProviderFailure as failure:
            yield from self._chat_fallback(ctx, str(failure))
            return
        yield from self._relay(ctx, itertools.chain(buffered, chunks))

    def _structured(
        self, kind: str, messages: list[prompts.Message], fallback: Callable[[], M], **extra: Any
    ) -> M:
        """Ask in JSON mode, validate (repairing once), or let the fallback answer."""
        try:
            result, usage = self._validated(kind, messages, extra)
        except ProviderFailure as failure:
            log.warning("openai %s failed (%s); the fallback answers", kind, failure)
            answer = fallback()
            label = _fallback_label(getattr(answer, "engine", ""), failure)
            return answer.model_copy(update={"engine": label})
        update: dict[str, Any] = {"engine": self.engine}
        if "usage" in type(result).model_fields:
            update["usage"] = usage
        return cast(M, result.model_copy(update=update))

    def _validated(
        self, kind: str, messages: list[prompts.Message], extra: dict[str, Any]
    ) -> tuple[BaseModel, Usage]:
        """One call plus at most one repair call; raises ProviderFailure when both fail."""
        model_cls, temperature = _SPECS[kind]
        options = {"temperature": temperature, "response_format": JSON_MODE, **extra}
        check = _CHECKS.get(kind)
        content, usage = self._calls.complete(kind, messages, options)
        try:
            return replies.parse_reply(content, model_cls, check), usage
        except ValueError as err:
            log.warning("openai %s: invalid output, asking once for a repair", kind)
            repair = prompts.repair_messages(messages, content, replies.describe_error(err))
        content, more = self._calls.complete(kind, repair, options)
        usage = Usage(**{k: getattr(usage, k) + getattr(more, k) for k in Usage.model_fields})
        try:
            return replies.parse_reply(content, model_cls, check), usage
        except ValueError as err:
            raise ProviderFailure("invalid output after repair") from err

    def _relay(self, ctx: ChatContext, chunks: Iterable[Any]) -> Iterator[ChatChunk]:
        """Yield text pieces as they arrive, then a final chunk with usage and citations."""
        parts: list[str] = []
        usage: Usage | None = None
        engine = self.engine
        try:
            for chunk in chunks:
                if text := text_of(chunk):
                    parts.append(text)
                    yield ChatChunk(text=text, engine=engine)
                if getattr(chunk, "usage", None):
                    usage = self._calls.record("chat", chunk.usage)
        except (openai.OpenAIError, ValueError):
            log.warning("openai chat: stream interrupted after the first token")
            engine = f"{self.engine} (stream interrupted)"
        citations = prompts.cited_sessions("".join(parts), ctx.sessions)
        yield ChatChunk(done=True, engine=engine, usage=usage, citations=citations)

    def _chat_fallback(self, ctx: ChatContext, reason: str) -> Iterator[ChatChunk]:
        """The fallback engine's streamed reply, each chunk naming why OpenAI was not used."""
        log.warning("openai chat failed (%s); the fallback answers", reason)
        for chunk in self._fallback.chat(ctx):
            yield chunk.model_copy(update={"engine": _fallback_label(chunk.engine, reason)})


def _fallback_label(engine: str, reason: object) -> str:
    """The engine label of an answer the fallback gave instead of OpenAI."""
    return f"{engine} (fallback: openai failed: {reason})"
