"""What the held-out chat sets share: a reply as text, and how an expected answer is found.

An expected value written "**v" must appear inside a bold span of the reply (the answer
line) with no digit running on either side (28 does not match 28.27); any other text must
appear as is. NO_NUMBER as the never-text means no bold span may hold a digit."""

from __future__ import annotations

import re

from companion.ai.offline.chat import chat
from companion.ai.schemas import ChatContext, ChatTurn, Problem

FALLBACK = "couldn't find that in your sessions"
NO_NUMBER = "<no bold number>"


def reply(message: str, history: list[ChatTurn] | None = None) -> str:
    return "".join(c.text for c in chat(ChatContext(message=message, history=history or [])))


def says(text: str, expected: str) -> bool:
    if not expected.startswith("**"):
        return expected in text
    value = re.escape(expected[2:])
    spans = re.findall(r"\*\*(.+?)\*\*", text, re.S)
    return any(re.search(rf"(?<![\d.]){value}(?!\d|\.\d)", span) for span in spans)


def never_says(text: str, never: str) -> bool:
    if never == NO_NUMBER:
        return not any(re.search(r"\d", span) for span in re.findall(r"\*\*(.+?)\*\*", text, re.S))
    return not says(text, never) if never.startswith("**") else never not in text


def quizzed(request: str) -> tuple[Problem | None, list[ChatTurn]]:
    """The quiz a request starts, and the conversation so far for grading a reply to it."""
    chunks = list(chat(ChatContext(message=request)))
    quiz = chunks[-1].quiz
    text = "".join(c.text for c in chunks)
    return quiz, [
        ChatTurn(role="user", content=request),
        ChatTurn(role="assistant", content=text, quiz=quiz),
    ]


def check_answer(question: str, expected: str | tuple[str, ...], never: str) -> None:
    """The reply gives one of the expected forms and never the never-text."""
    text = reply(question)
    forms = expected if isinstance(expected, tuple) else (expected,)
    assert any(says(text, form) for form in forms), text
    assert never_says(text, never), text


def check_all(question: str, expected: tuple[str, ...], never: str) -> None:
    """The reply holds every expected part and never the never-text."""
    text = reply(question)
    assert all(says(text, part) for part in expected), text
    assert never_says(text, never), text


def check_quiz(request: str, topic: str) -> None:
    """The quiz is on the topic; a reply with its answer is right, another is not."""
    quiz, history = quizzed(request)
    assert quiz is not None and topic in (quiz.conceptId or ""), quiz
    right = reply(f"i think its {quiz.correctAnswer}", history)
    assert right.startswith("✅ Correct"), right
    wrong = reply("is it 98765", history)
    assert wrong.startswith("Not quite"), wrong
