"""Grading figures: GSM8K final answers in many forms, OpenStax step answers typed plainly."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from companion.ai.offline.grading import grade_values
from companion.evals import Figure, read_jsonl, suite
from companion.evals._phrasings import in_sentence, right_forms, wrong_forms
from companion.evals._typing import (
    change_number,
    drop_factor,
    flip_sign,
    gradable,
    really_different,
    skip_reason,
    typed,
)

GSM8K = "gsm8k_train1000.jsonl"
OPENSTAX = "oatutor_openstax_dev2000.jsonl"
GSM8K_GOAL = 0.995
OPENSTAX_GOAL = 0.98
_UNITS = ("dollars", "apples", "cm", "minutes", "people", "miles")
_SO = ("So the total is {} dollars.", "So she spends ${}.", "So it comes to {} dollars in all.")
_INTERMEDIATE = re.compile(r"<<[^=>]*=([-\d.]+)>>")


def _forms(n: int, i: int) -> dict[str, str]:
    """The final answer N written the 8 ways students write it."""
    return {
        "bare": str(n),
        "commas": f"{n:,}",
        "dollar": f"${n:,}",
        "cents": f"{n}.00",
        "units": f"{n:,} {_UNITS[i % len(_UNITS)]}",
        "sentence": f"The answer is {n:,}",
        "so": _SO[i % len(_SO)].format(f"{n:,}"),
        "x_equals": f"x = {n}",
    }


def _intermediate(solution: str, n: int) -> int | None:
    """A value the worked solution computes on the way that is not the final answer."""
    for raw in _INTERMEDIATE.findall(solution):
        try:
            value = float(raw)
        except ValueError:
            continue
        if value.is_integer() and int(value) != n:
            return int(value)
    return None


def _wrongs(n: int, solution: str) -> dict[str, str]:
    """Six kinds of wrong answer (a kind is left out when it does not apply)."""
    other = _intermediate(solution, n)
    m = other if other is not None else n + 1
    wrong = {
        "off_by_one": str(n + 1),
        "times_ten": str(n * 10),
        "sign": str(-n),
        "intermediate": str(other),
        "hedge_or": f"{n} or {m}",
        "m_not_n": f"{m}, not {n}",
    }
    if n == 0:
        del wrong["sign"], wrong["times_ten"]
    if other is None:
        del wrong["intermediate"]
    return wrong


def _rate(hits: Counter, totals: Counter) -> float:
    return sum(hits.values()) / max(1, sum(totals.values()))


def _detail(hits: Counter, totals: Counter) -> str:
    return ", ".join(f"{k} {hits[k]}/{totals[k]}" for k in totals)


def _tally(
    hits: Counter, totals: Counter, row: dict, answers: dict[str, str], *, right: bool
) -> None:
    """Count, by kind, the answers graded as `right` says they should be."""
    expected = row["answer"].replace(",", "")
    for kind, answer in answers.items():
        totals[kind] += 1
        graded = grade_values(expected, answer, question=row["question"]).correct
        hits[kind] += graded == right


@suite("gsm8k", GSM8K)
def gsm8k(data: Path, limit: int | None) -> list[Figure]:
    """Each GSM8K final answer in 8 equivalent forms (accepted) and 6 wrong ones (rejected),
    then in the held-out student phrasings of evals/_phrasings.py, right and wrong."""
    ok, seen, bad, tried = Counter(), Counter(), Counter(), Counter()
    heard, said, caught, slips = Counter(), Counter(), Counter(), Counter()
    for i, row in enumerate(read_jsonl(data / GSM8K, limit)):
        n, question = int(row["answer"].replace(",", "")), row["question"]
        _tally(ok, seen, row, _forms(n, i), right=True)
        _tally(bad, tried, row, _wrongs(n, row["solution"]), right=False)
        _tally(heard, said, row, right_forms(n, question, i), right=True)
        _tally(caught, slips, row, wrong_forms(n, question), right=False)
    return [
        Figure("equivalent forms accepted", _rate(ok, seen), GSM8K_GOAL, detail=_detail(ok, seen)),
        Figure("wrong answers rejected", _rate(bad, tried), GSM8K_GOAL, detail=_detail(bad, tried)),
        Figure(
            "student phrasings accepted (held out)",
            _rate(heard, said),
            GSM8K_GOAL,
            detail=_detail(heard, said),
        ),
        Figure(
            "hedges and slips rejected (held out)",
            _rate(caught, slips),
            GSM8K_GOAL,
            detail=_detail(caught, slips),
        ),
    ]


def _steps(data: Path, limit: int | None):
    for row in read_jsonl(data / OPENSTAX, limit):
        for step in row["steps"]:
            if step.get("answer"):
                yield step


def _same_choice(right: str, other: str) -> bool:
    """A choice that says the same as the answer (case, a full stop, 53 vs 53.0)."""
    if right.strip().rstrip(".").lower() == other.strip().rstrip(".").lower():
        return True
    return gradable(right) and gradable(other) and not really_different(typed(right), typed(other))


def _wrong_choices(data: Path, limit: int | None) -> tuple[Counter, Counter]:
    """Each other choice of a multiple-choice step, typed as the answer: rejected, by the
    kind of the authored answer (math, prose, matrix...)."""
    rejected, choices = Counter(), Counter()
    for step in _steps(data, limit):
        right = step["answer"][0]
        kind = skip_reason(right) or "math"
        for other in step.get("choices") or []:
            if _same_choice(right, other):
                continue
            choices[kind] += 1
            rejected[kind] += not grade_values(
                right, other, question=step.get("prompt", "")
            ).correct
    return rejected, choices


@suite("openstax-steps", OPENSTAX)
def openstax_steps(data: Path, limit: int | None) -> list[Figure]:
    """OpenStax step answers (authored LaTeX) typed plainly are accepted; perturbed, rejected."""
    ok, seen, bad, tried = Counter(), Counter(), Counter(), Counter()
    heard, said, caught, slips = Counter(), Counter(), Counter(), Counter()
    skipped: Counter = Counter()
    for i, step in enumerate(_steps(data, limit)):
        expected = step["answer"][0]
        if reason := skip_reason(expected):
            skipped[reason] += 1
            continue
        answer, question = typed(expected), step.get("prompt", "")

        def right(typed_answer: str, expected: str = expected, question: str = question) -> bool:
            return grade_values(expected, typed_answer, question=question).correct

        seen["typed"] += 1
        ok["typed"] += right(answer)
        said["typed"] += 1
        heard["typed"] += right(in_sentence(answer, i))
        for kind, perturb in (
            ("number", change_number),
            ("sign", flip_sign),
            ("factor", drop_factor),
        ):
            wrong = perturb(answer)
            if wrong is None or not really_different(answer, wrong):
                continue
            tried[kind] += 1
            bad[kind] += not right(wrong)
            slips[kind] += 1
            caught[kind] += not right(in_sentence(wrong, i))
    rejected, choices = _wrong_choices(data, limit)
    total = sum(seen.values()) + sum(skipped.values())
    why = ", ".join(f"{reason} {n}" for reason, n in skipped.most_common())
    return [
        Figure("typed answers accepted", _rate(ok, seen), OPENSTAX_GOAL, detail=_detail(ok, seen)),
        Figure(
            "perturbed answers rejected",
            _rate(bad, tried),
            OPENSTAX_GOAL,
            detail=_detail(bad, tried),
        ),
        Figure(
            "typed in a sentence accepted (held out)",
            _rate(heard, said),
            OPENSTAX_GOAL,
            detail=_detail(heard, said),
        ),
        Figure(
            "perturbed in a sentence rejected (held out)",
            _rate(caught, slips),
            OPENSTAX_GOAL,
            detail=_detail(caught, slips),
        ),
        Figure(
            "other choices given as the answer rejected (every kind of answer)",
            _rate(rejected, choices),
            OPENSTAX_GOAL,
            detail=_detail(rejected, choices),
        ),
        Figure(
            "steps skipped (not typed math)",
            sum(skipped.values()),
            total,
            higher_is_better=False,
            detail=f"{sum(skipped.values())} of {total} steps: {why}",
        ),
    ]
