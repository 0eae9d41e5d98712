"""What a student says around a chat quiz that is not an answer: a hint asked for while the
question is open ("give me a hint", "i'm stuck"), the answer asked for ("what's the answer?",
"can you just tell me the answer"), and "why?" or "i don't get it" after the grade, which
explains the quiz just graded instead of starting a new topic."""

from __future__ import annotations

import re

from companion.ai.offline.hints import guiding_question, reveals
from companion.ai.offline.quizzes import LETTERS, md, reveal
from companion.ai.schemas import ChatContext, Problem

HINT = re.compile(
    r"\b(?:hint|clue|stuck|nudge|help\s+me|where\s+do\s+i\s+(?:start|begin)|"
    r"how\s+do\s+i\s+(?:start|begin|do\s+(?:it|this|that))|i'?m\s+confused)\b",
    re.I,
)
ANSWER_ASKED = re.compile(
    r"\b(?:what'?s|what\s+is|what\s+was|tell\s+me|show\s+me|give\s+me|reveal)\s+"
    r"(?:me\s+)?(?:the\s+|your\s+)?(?:right\s+|correct\s+|real\s+)?answer\b|\bjust\s+tell\s+me\b",
    re.I,
)
WHY = re.compile(
    r"^\s*(?:why|how|how\s+come|huh|wait|really)\s*\W*$"
    r"|\bi\s+(?:don'?t|dont|do\s+not|still\s+don'?t)\s+(?:get|understand|see)\b"
    r"|\b(?:can\s+you\s+|could\s+you\s+|please\s+)?explain\s+(?:that|it|this|why|the\s+answer)\b"
    r"|\b(?:why|how)\s+(?:is|was|did)\s+(?:that|it|you\s+get)\b|\bwhy\s+not\b"
    r"|\bshow\s+(?:me\s+)?(?:the\s+)?(?:work|steps)\b|\bwalk\s+me\s+through\b|\bconfused\b",
    re.I,
)
_MORE = "Say “another” for one more, or “quiz me on …” for a new topic."
_GRADED = ("✅", "Not quite", "No problem")


def quiz_hint(quiz: Problem) -> str:
    """A nudge toward the open quiz's answer that never gives it away."""
    parts = [quiz.hint.strip()] if quiz.hint.strip() else []
    parts.append(guiding_question(quiz))
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(parts))
    kept = " ".join(s for s in sentences if not reveals(s, quiz))
    lines = [f"Here's a hint: {kept}", f"The question again: **{quiz.question}**"]
    if quiz.options:
        lines.append("\n".join(f"{LETTERS[i]}. {o}" for i, o in enumerate(quiz.options)))
    lines.append("Reply with your answer when you're ready.")
    return md("\n\n".join(lines))


def follow_up(message: str, quiz: Problem | None) -> tuple[str, Problem | None] | None:
    """While a quiz is open: the reply to a hint asked for (the quiz stays open) or to the
    answer asked for (the quiz is closed); None for anything else."""
    if quiz is None:
        return None
    if ANSWER_ASKED.search(message):
        return reveal(quiz), None
    if HINT.search(message) or WHY.search(message):
        return quiz_hint(quiz), quiz
    return None


def graded_quiz(ctx: ChatContext) -> Problem | None:
    """The quiz the companion's last turn graded (the turn before it asked it), if any."""
    said = [t for t in ctx.history if t.role == "assistant"]
    if len(said) < 2 or said[-1].quiz is not None or said[-2].quiz is None:
        return None
    return said[-2].quiz if said[-1].content.lstrip().startswith(_GRADED) else None


def explain_graded(message: str, ctx: ChatContext) -> str | None:
    """ "why?" after a graded quiz: the question, its answer and how it is found."""
    quiz = graded_quiz(ctx)
    if quiz is None or not (WHY.search(message) or ANSWER_ASKED.search(message)):
        return None
    return (
        f"The question was: **{md(quiz.question)}**\n\nThe answer is **{md(quiz.correctAnswer)}**."
        f" Here's how to get it:\n\n{md(quiz.explanation)}\n\n{_MORE}"
    )
