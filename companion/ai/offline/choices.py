"""Multiple-choice answers: the option picked by letter, by its text or by an equal value."""

from __future__ import annotations

import re

from companion.ai.offline.answertext import final_text
from companion.ai.offline.feedbacktexts import CORRECT
from companion.ai.offline.mathanswers import is_math_answer
from companion.ai.offline.mathequivalence import equivalent
from companion.ai.offline.textanswers import bare_text
from companion.ai.offline.textgrading import words
from companion.ai.schemas import Grade, Problem

_LETTER = re.compile(r"^\(?([a-hA-H])[).:]?$")
# "option c", "choice (b)", "C. 3/4", "b) Green": a letter named as such, or with its option
_NAMED_LETTER = re.compile(r"^(?:option|choice|letter)\s+\(?([a-h])\)?$", re.I)
_LETTER_WITH_TEXT = re.compile(r"^\(?([a-hA-H])[).:]\s+(\S.*)$")


def _by_letter(options: list[str], answer: str) -> str | None:
    """The option a letter picks; a letter typed with an option's text picks it only when
    the text is that option's ("C. 3/4" for C = 3/4; "C. 2/3" names two options)."""
    text = answer.strip()
    letter = _LETTER.match(text) or _NAMED_LETTER.match(text)
    if letter is None and (with_text := _LETTER_WITH_TEXT.match(text)):
        index = ord(with_text[1].lower()) - ord("a")
        option = options[index] if index < len(options) else None
        same = option is not None and _same_option(option, with_text[2])
        return option if same else None
    if letter and (index := ord(letter[1].lower()) - ord("a")) < len(options):
        return options[index]
    return None


def _same_option(option: str, text: str) -> bool:
    if option.strip().lower() == text.strip().rstrip(".").lower():
        return True
    if is_math_answer(option):
        return equivalent(option, text)
    return words(option) == words(text)


def _chosen_option(problem: Problem, answer: str) -> str | None:
    """The option an answer picks: by letter, by text, or by an equal value."""
    if (by_letter := _by_letter(problem.options, answer)) is not None:
        return by_letter
    for option in problem.options:
        if option.strip().lower() == answer.strip().lower():
            return option
    matches = [o for o in problem.options if is_math_answer(o) and equivalent(o, answer)]
    if len(matches) == 1:
        return matches[0]
    texts = [o for o in problem.options if not is_math_answer(o) and words(o) == words(answer)]
    return texts[0] if texts else None


def grade_choice(problem: Problem, answer: str) -> Grade:
    """Multiple choice: right only when the chosen option is the correct one."""
    chosen = (
        _chosen_option(problem, answer)
        or _chosen_option(problem, final_text(answer))
        or _chosen_option(problem, bare_text(answer))  # "i think its B", "um mitochondria"
    )
    if chosen == problem.correctAnswer:
        return Grade(correct=True, score=1.0, feedback=CORRECT)
    if chosen is None:
        feedback = f"That is not one of the options. The answer is {problem.correctAnswer}."
    else:
        feedback = f"Not quite: the answer is {problem.correctAnswer}, not {chosen}."
    return Grade(correct=False, score=0.0, feedback=feedback)
