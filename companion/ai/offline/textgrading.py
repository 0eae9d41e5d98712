"""Short text answers (normalised match, key terms) and explanations (shown, not scored)."""

from __future__ import annotations

import re

from companion.ai.offline.answerform import asks_order
from companion.ai.offline.answerwords import (
    contradiction,
    flipped_sign,
    label_clash,
    math_clash,
    negated,
    quantifier_clash,
)
from companion.ai.offline.chemnames import named, other_substance
from companion.ai.offline.feedbacktexts import GUESSED, HEDGED
from companion.ai.offline.letterlabels import is_article, raw_words
from companion.ai.offline.plurals import plural_free, singular
from companion.ai.offline.textalternatives import alternatives, answer_parts
from companion.ai.offline.textanswers import bare_text, text_hedge, two_answers, without_guess
from companion.ai.offline.wordlists import listed_mismatch
from companion.ai.schemas import Grade, Problem

CORRECT = "Correct!"
NOT_SCORED = (
    "Not scored: explanations are not marked automatically. Compare yours with the model answer."
)
COMPARE = "Not scored: a statement is not marked by its words. Compare yours with the answer:"
SENTENCE_WORDS = 6
_ARTICLES = {"a", "an", "the"}
_STOPWORDS = _ARTICLES | set(
    re.findall(
        r"\w+",
        "and or of to in on at by for with from is are was were be as it its this that these those"
        " than then so both because which when where what how into can has have you your",
    )
)
_EXPLAIN = re.compile(r"\b(?:explain|describe|in your own words|discuss)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|isn't|aren't|doesn't|don't|cannot|can't)\b", re.I)
MIN_WORDS = 5
_CLAUSE = re.compile(r"[.;!?]+")
FACT_OVERLAP = 0.5


def stem(word: str) -> str:
    """A crude English stem: plurals (also Latin and Greek ones) and common endings removed."""
    word = singular(word)
    return plural_free(_regular_stem(word), word)


def _regular_stem(word: str) -> str:
    for suffix, repl in (
        ("ies", "y"),
        ("sses", "ss"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("xes", "x"),
    ):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: -len(suffix)] + repl
    for suffix in ("ing", "ed", "s"):
        if word.endswith(suffix) and not word.endswith("ss") and len(word) > len(suffix) + 3:
            return word[: -len(suffix)]
    return word


def words(text: str) -> list[str]:
    """Lower-cased, punctuation-free, article-free word stems; a letter that names a choice
    ("A is the function", "it's A") is no article and is kept, and so is an answer that is
    only a label ("a")."""
    raw = raw_words(text)
    tokens = [t.lower() for t in raw]
    kept = [
        stem(t)
        for i, t in enumerate(tokens)
        if t not in _ARTICLES or (t == "a" and not is_article(raw, i))
    ]
    return kept or tokens


def keywords(text: str) -> dict[str, str]:
    """The content words of an expected answer, stem -> word (what partial credit looks for)."""
    tokens = re.findall(r"[a-z0-9]+", text.lower())
    return {stem(t): t for t in reversed(tokens) if t not in _STOPWORDS and len(t) > 2}


def _contains(given: list[str], wanted: list[str]) -> bool:
    """The expected words stand in the answer as whole words ("II" is not in "III")."""
    return f" {' '.join(wanted)} " in f" {' '.join(given)} "


def _says_both(answer: str) -> bool:
    """ "It is a solution. It is not a solution.": one statement both made and denied."""
    clauses = [c for c in _CLAUSE.split(answer) if c.strip()]
    for i, first in enumerate(clauses):
        for second in clauses[i + 1 :]:
            a, b = (set(keywords(_NEGATION.sub(" ", c))) for c in (first, second))
            if a and a == b and negated(first) != negated(second):
                return True
    return False


def _clash(expected: str, answer: str) -> str | None:
    """Why the answer's words contradict the expected answer, whatever else they share."""
    if _says_both(answer):
        return "your answer says it is and it is not"
    if negated(answer) != negated(expected):
        return "your answer says the opposite"
    if sign := flipped_sign(expected, answer):
        return f'your answer says "{sign}" where the answer does not'

    if word := quantifier_clash(expected, answer):
        return f'your answer and the answer differ on "{word}"'
    if label_clash(expected, answer):
        return "your answer names another one"
    if math_clash(expected, answer):
        return "the math in your answer is not the expected answer's"
    return contradiction(expected, answer)


def _right(answer: str, bare: str) -> Grade:
    """A right text answer; the feedback says what was read when fillers were left out."""
    typed = re.sub(r"[\s.!?]+$", "", answer.strip())
    read = f" Read as {bare}." if bare.rstrip(".!?") != typed else ""
    return Grade(correct=True, score=1.0, feedback=CORRECT + read)


def _grade_names(problem: Problem, answer: str, names: list[str]) -> Grade:
    """An expected answer with two names ("Nucleus or nuclei"): right as either; each term
    of an answer that offers several must be one of the names."""

    def graded(name: str, given: str) -> Grade:
        return grade_text(problem.model_copy(update={"correctAnswer": name}), given, whole=False)

    bare = bare_text(answer, problem.correctAnswer)
    if parts := answer_parts(bare):
        if all(any(graded(n, p).correct for n in names) for p in parts):
            return _right(answer, bare)
        return Grade(correct=False, score=0.0, feedback=f"Read as {bare}: {HEDGED}")
    grades = [graded(name, answer) for name in names]
    return next((g for g in grades if g.correct), max(grades, key=lambda g: g.score))


def _grade_named(problem: Problem, answer: str, key: str) -> Grade:
    """An answer or expected answer with formulas ("CO2", "NaCl"), read with their names;
    a formula for another substance than the expected one names is wrong."""
    if other := other_substance(problem.correctAnswer, bare_text(answer)):
        feedback = f"Not quite: {other}. Expected: {problem.correctAnswer}."
        return Grade(correct=False, score=0.0, feedback=feedback)
    given = named(answer, problem.correctAnswer)
    grade = grade_text(problem.model_copy(update={"correctAnswer": key}), given, whole=False)
    if key == problem.correctAnswer:
        return grade
    feedback = grade.feedback.replace(f"Expected: {key}.", f"Expected: {problem.correctAnswer}.")
    return grade.model_copy(update={"feedback": feedback})


def grade_text(problem: Problem, answer: str, *, whole: bool = True) -> Grade:
    """Short answers (a term, a phrase): normalised match, else key-term partial credit; a
    denial, an opposite word, another unit or other numbers are wrong whatever is shared.
    An answer with two names is right as either (`whole`: not yet split into its names)."""
    expected = problem.correctAnswer
    if whole and (names := alternatives(expected)):
        return _grade_names(problem, answer, names)
    if (key := named(expected, answer)) != expected or named(answer, expected) != answer:
        return _grade_named(problem, answer, key)
    bare = bare_text(answer, expected)
    if two_answers(expected, bare, lambda a, b: words(a) == words(b)):
        return Grade(correct=False, score=0.0, feedback=f"Read as {bare}: {HEDGED}")
    if guess := text_hedge(expected, bare):
        feedback = f"Read as {without_guess(bare)}, but “{guess}” makes it a guess. {GUESSED}"
        return Grade(correct=False, score=0.0, feedback=feedback)
    right = _right(answer, bare)
    answer = bare
    given = words(answer)
    listed = listed_mismatch(expected, answer, ordered=asks_order(problem.question))
    if listed is not None:
        if not listed:
            return right
        return Grade(
            correct=False, score=0.0, feedback=f"Not quite: {listed}. Expected: {expected}."
        )
    if clash := _clash(expected, answer):
        return Grade(
            correct=False, score=0.0, feedback=f"Not quite: {clash}. Expected: {expected}."
        )
    if given == words(expected) or _contains(given, words(expected)):
        return right
    wanted = keywords(expected)
    if not wanted:
        return Grade(correct=False, score=0.0, feedback=f"The expected answer is {expected}.")
    if len(wanted) >= SENTENCE_WORDS:  # a statement: shared words are no proof it says the same
        return Grade(correct=False, score=0.0, scored=False, feedback=f"{COMPARE} {expected}")
    found = [k for k in wanted if k in set(given)]
    missing = [word for k, word in reversed(wanted.items()) if k not in found]
    score = round(len(found) / len(wanted), 2)
    if not missing:
        return right
    prefix = "Partly right" if found else "Not quite"
    feedback = f"{prefix}. Missing: {', '.join(missing)}. Expected: {expected}."
    return Grade(correct=False, score=score, feedback=feedback)


def is_explain(problem: Problem) -> bool:
    """Whether a problem asks for an explanation in the student's own words."""
    return problem.type != "multiple_choice" and bool(_EXPLAIN.search(problem.question))


def _facts(problem: Problem) -> list[str]:
    """The model answer's statements (the concept's description and facts)."""
    parts = re.split(r"(?<=[.!?])\s+", problem.explanation.strip())
    return [p for p in parts if len(keywords(p)) >= 2]


def _touches(fact: str, given: set[str], negated: bool) -> bool:
    """The answer uses most of a fact's content words, with the same polarity."""
    wanted = keywords(fact)
    share = sum(k in given for k in wanted) / len(wanted)
    return share >= FACT_OVERLAP and negated == bool(_NEGATION.search(fact))


def grade_explain(problem: Problem, answer: str) -> Grade:
    """An explanation is checked against the model answer's facts and shown, never scored."""
    facts = _facts(problem)
    given = set(words(answer))
    negated = bool(_NEGATION.search(answer))
    lines = [NOT_SCORED]
    if len(answer.split()) < MIN_WORDS:
        lines.append("Your answer is very short; say in full sentences what it means and why.")
    elif facts:
        touched = [f for f in facts if _touches(f, given, negated)]
        lines.append(
            f"Your answer uses the wording of {len(touched)} of the {len(facts)} points in it;"
            " check that it also says the same thing."
        )
        missed = [f for f in facts if f not in touched]
        if missed and len(facts) > 1:
            lines.append(f"Not mentioned: {missed[0]}")
    lines.append(f"Model answer: {problem.explanation.strip()}")
    return Grade(correct=False, score=0.0, scored=False, feedback=" ".join(lines))
