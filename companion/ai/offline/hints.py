"""Open practice in chat: which problem a message is about, and hints that never give it away."""

from __future__ import annotations

import re

from companion.ai.offline import mathspans
from companion.ai.offline.retrieval import tokenize
from companion.ai.schemas import Problem

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_PROBLEM_NUMBER = re.compile(
    r"\b(?:problem|question|number|exercise|q)\s*#?\s*(\d+)\b|#(\d+)\b", re.I
)
_ORDINAL = re.compile(
    r"\b(first|second|third|fourth|fifth|last)\s+(?:problem|question|one)\b", re.I
)
HELP = re.compile(
    r"\b(?:hint|stuck|help|answer|this\s+(?:one|problem|question)|how\s+do\s+i)\b", re.I
)


def reveals(text: str, problem: Problem) -> bool:
    """Whether the text contains the problem's answer (or its value after 'x =')."""
    answer = problem.correctAnswer.strip()
    forms = {answer, answer.split("=")[-1].strip()} - {""}
    return any(re.search(rf"(?<![\w.]){re.escape(f)}(?![\w]|\.\d)", text, re.I) for f in forms)


# ---- open practice ------------------------------------------------------------


def practice_problem(message: str, problems: list[Problem]) -> Problem | None:
    """The open problem the message is about: by number, by its words or its math."""
    index = _numbered(message, len(problems))
    if index is not None:
        return problems[index]
    words = set(tokenize(message))
    for problem in problems:
        question = set(tokenize(problem.question))
        if question and len(words & question) / len(question) >= 0.5:
            return problem
        if mathspans.same_math(message, problem.question):
            return problem
    return problems[0] if len(problems) == 1 and HELP.search(message) else None


def _numbered(message: str, count: int) -> int | None:
    if match := _PROBLEM_NUMBER.search(message):
        number = int(match.group(1) or match.group(2))
        return number - 1 if 1 <= number <= count else None
    if match := _ORDINAL.search(message):
        word = match.group(1).lower()
        number = count if word == "last" else ORDINALS[word]
        return number - 1 if number <= count else None
    return None


def practice_hint(problem: Problem, problems: list[Problem]) -> str:
    """A Socratic nudge toward the next step; sentences that would give the answer away are dropped."""
    number = problems.index(problem) + 1 if problem in problems else 1
    parts = [f"Let's think through problem {number} together."]
    if problem.hint:
        parts.append(problem.hint.strip())
    parts.append(guiding_question(problem))
    parts.append("Give it a try and submit your answer in the practice panel to check it.")
    sentences = re.split(r"(?<=[.!?])\s+", " ".join(parts))
    return " ".join(s for s in sentences if not reveals(s, problem))


def guiding_question(problem: Problem) -> str:
    if problem.type == "multiple_choice":
        return "Which option can you rule out first, and what makes it wrong?"
    if mathspans.has_equation(problem.question):
        return "What could you do to both sides to get the variable closer to being by itself?"
    if problem.type == "problem_solving":
        return "What do you know already, and what is the question really asking you to find?"
    return "Which key word in the question points to the idea you need?"


def which_problem(count: int) -> str:
    return f"Happy to help! Which problem are you on? Tell me its number (1 to {count}) and I'll give you a hint."
