"""The student's attempts in a transcript and how the tutor judged each: evidence for mastery.

An attempt is a student turn that answers something (see `studentturns`; a word or two counts
after a content question or a correction, which asks for another try). The tutor's next turns
judge it: a correction ("not quite", "a little bit off", "recheck", "let's look again", "are
you sure", "good try") marks it wrong, and the same answer given again stays wrong unless
confirmed; "that happens to be right, but for the wrong reason" corrects the reasoning, not
the value. A confirmation marks it right (right after a correction whose question is not
settled yet counts less, see `problemturns`: a new problem starts fresh), and an answer given
with a hedge ("I think", "maybe", "is it ...?") counts less even when right. Praise that
follows no attempt ("Excellent work so far!") is not evidence. Once the student has
answered, help counts against them: a right answer to a step the tutor wrote out ("300 * 0.5
= ?", "so 150 minus the 60 would be"; not the problem's own, asked again) is only "guided",
and each tutor turn that brings numbers without confirming the answer is "helped", which
discounts the mastery the answers earned. A result the tutor states outright ("the answer is
17", "X = $180") corrects a different answer before it, and the student repeating it later
is only "told", as is the result a correction works out ("Not quite, one quarter of 80 is
20"), until the tutor confirms an answer and the question is settled.
A session that ends on the student's answer, unchallenged, has accepted it; one that ends
with the tutor bringing the numbers after it ("Socks come in pairs, so 90") leaves it open, and
an answer straight after a tutor turn that brought the numbers is only "guided". A doubt asked
back ("Can such a triangle exist?", "Is that even possible?", a lone "?") corrects it.
Credit for part of the answer ("You've correctly worked out the first step. So ...?", "Good
thinking, but ...", see `correctionforms`) is "partial": corrected, but not all wrong. Picking
one of two values the tutor offered ("Is the total 8000 or 10000?") is only "guided", and
agreeing with the number the tutor just stated ("That's correct. He needs 42 books.") "told".
See `answerrevisions`: a student's own "wait, no, it's 56" withdraws the value before it, and
the same value explained to "How did you get that?" is one answer; a confirmation taken back
("Apologies, I've just noticed your answer is not right") makes the answer wrong; one that
names only a step and asks again is partial credit; and a session that ends on a value the
tutor already let pass and asked about again has not had it accepted.
"""

from __future__ import annotations

import re

from companion.ai.offline.answerrevisions import (
    confirms_step_only,
    last_confirmed,
    passed_over,
    retracts,
    same_answer_again,
)
from companion.ai.offline.answertrail import Attempt, Outcome, abandoned
from companion.ai.offline.correctionforms import partial_credit
from companion.ai.offline.cues import has_numbers
from companion.ai.offline.explainedvalues import symbol_operators
from companion.ai.offline.problemturns import (
    Corrections,
    right_for_wrong_reason,
    starts_new_problem,
)
from companion.ai.offline.statedresults import corrected_to, stated_results
from companion.ai.offline.studentturns import (
    answer_keys,
    answers_yes_no,
    asks_content,
    asks_own_question,
    echoes,
    final_value,
    given_values,
    is_answer,
    is_confused,
    is_hedged,
    is_short_answer,
    is_small_talk,
)
from companion.ai.offline.transcripts import Turn
from companion.ai.offline.verdicts import plain_number, reaction

_TELLING = re.compile(r"\d\s*[-+x*/×÷]\s*\$?\d[\d,.]*\s*(?:=|is|equals)\s*\$?\d")
# "So how much ...?", "And then ...?": the tutor takes the answer and asks the next step;
# "Then minus your 5000 to give the final total": the next step takes the student's number
# "And how many seconds then in 6 minutes", "And then do the same with 20 seconds": the next
# step asked without its question mark
_BUILDS_ON = re.compile(
    r"^\W*(?:ok(?:ay)?,?\s+)?(?:and|so|now|next|then)\b(?:[^.!]*\?\s*$|[^.!?]*\byour \$?\d|"
    r"(?:\s+then)?\s+(?:how (?:many|much|long)|what|which|do the same)\b[^.!?]*$)"
)
# "Yes and at her peak 300 * 0.5 = ?": the tutor sets up the step, the student only computes it
# "So 150 minus the 60 she started at would be": the operands and the operation, in words too
# (whole numbers, to know the same computation when it is asked again); "3/4" written without
# spaces is a fraction, a number of the problem, no division set up
_SETS_UP = re.compile(
    r"(?<![\d.,/])\d[\d,.]*(?:/\d+)?[^.?!\d]{0,12}?(?:[-+x*×÷]|(?<!\d)/|/(?!\d)|\b(?:times|"
    r"plus|minus|divided by|multiplied by)\b)[^.?!\d]{0,12}?\d[\d,]*(?:\.\d+|/\d+)?"
)
# "So is the total we're aiming for 8000 or 10000?"
_OFFERS = re.compile(
    r"\$?(\d[\d,]*(?:\.\d+)?)(?:\s*[a-z]+)?\s+or\s+\$?(\d[\d,]*(?:\.\d+)?)[^.!?]*\?"
)
_DIGIT = re.compile(r"\d")
_CLAUSES = re.compile(r"(?<=[.,!;])\s+")
_LAST_QUESTION = re.compile(r"[^.!?]*\?\s*$")


def find_attempts(turns: list[Turn]) -> list[Attempt]:
    """Every judged attempt and every confused turn, in order.

    An answer that repeats a value the tutor already corrected is wrong again, judged or not,
    unless the tutor's next step builds on it.
    """
    found: list[Attempt] = []
    pending: int | None = None
    repeated = False  # the pending answer repeats a corrected value: wrong unless confirmed now
    rejected: set[str] = set()
    revealed: set[str] = set()
    retry_at = -1  # the tutor turn that last corrected an answer: it asks for another try
    posed: set[str] = set()  # computations the problems themselves write out
    settled = False  # the last answer was confirmed and the student has not answered since
    corrections = Corrections()  # whether a confirmed answer comes after an unsettled correction
    for i, turn in enumerate(turns):
        if turn.role == "tutor":
            answered = any(a.outcome not in ("helped", "confused") for a in found)
            taken_back = last_confirmed(found) if pending is None and retracts(turn.text) else None
            if taken_back is not None:  # "Apologies, I've just noticed your answer is not right"
                found[taken_back] = Attempt(found[taken_back].turn, "wrong", i)
                rejected.update(answer_keys(turns[found[taken_back].turn].text))
                settled = False
            verdict = reaction(turn.text) if pending is not None else None
            # "That happens to be right, but for the wrong reason": the reasoning is corrected,
            # the value stands (it is no wrong value to hold against a later answer)
            lucky = pending is not None and right_for_wrong_reason(turn.text)
            if lucky:
                verdict = "wrong"
            # "You've correctly found the first step. So ...?": part of the answer is credited
            # "She did indeed sell 6 at the green house. So how many did she have?": a step
            step_only = (
                verdict == "right"
                and pending is not None
                and confirms_step_only(turn.text, turns[pending].text)
            )
            verdict = "wrong" if step_only else verdict
            partly = step_only or (verdict == "wrong" and partial_credit(turn.text.lower()))
            new_problem = starts_new_problem(turn.text)
            fresh = settled and new_problem
            if (pending is None and (not answered or fresh)) or (
                new_problem and verdict == "right"
            ):
                posed |= _set_ups(turn.text)  # a problem posed, not a step of the student's work
            builds_on = verdict is None and bool(_BUILDS_ON.search(turn.text.lower()))
            if repeated and verdict != "right" and not builds_on:
                verdict = "wrong"
            if verdict is None and pending is not None and _TELLING.search(turn.text):
                verdict = "wrong"  # the tutor works the step out for the student
            stated = stated_results(turn.text)
            # the tutor states a result other than the student's: a correction
            if verdict is None and pending is not None and stated:
                verdict = None if stated & given_values(turns[pending].text) else "wrong"
            if verdict is None and pending is not None and builds_on:
                found.append(Attempt(pending, "accepted", i))  # the next step builds on it
                corrections.tutor_turn(turn.text, corrects=False)
                pending = None
                continue
            # the tutor brings the numbers: scaffolding ("Plus 1 point" brings none); after a
            # confirmed answer, "Now one with parentheses: 3(x - 4) = 2x + 1" poses a new problem
            open_work = pending is not None or (answered and not fresh)
            if verdict != "right" and open_work and has_numbers(turn.text):
                found.append(Attempt(i, "helped"))
            if verdict is not None and pending is not None:
                outcome = _outcome(turns[pending].text, verdict, corrections.open)
                # after the student's own work, a step the tutor wrote out is only computed
                if verdict == "right" and found and _set_up_by_tutor(turns, pending, posed):
                    outcome = "guided"
                if verdict == "right" and set(final_value(turns[pending].text)) & _offered(
                    _asked_before(turns, pending)
                ):  # "Is the total 8000 or 10000?": a pick between the tutor's two values
                    outcome = "guided"
                outcome = "weak_reasoning" if lucky else "partial" if partly else outcome
                found.append(Attempt(pending, outcome, i))
                if verdict == "wrong":
                    corrections.corrected(i, turn.text)
                    if not (lucky or partly):
                        rejected.update(answer_keys(turns[pending].text))
                    retry_at = i
                    if _asks_next(turn.text):
                        rejected.clear()  # a new question: the old wrong value may be its answer
                else:  # that question is settled: its old wrong values and the results the
                    rejected.clear()  # tutor gave away say nothing about the next
                    revealed.clear()
                    tutors = [t.text for t in turns[retry_at + 1 : pending] if t.role == "tutor"]
                    corrections.judged_right(pending, tutors)
                pending, repeated = None, False
                settled = verdict == "right"
            corrections.tutor_turn(turn.text, corrects=verdict == "wrong")
            if verdict == "wrong" and not lucky:
                revealed.update(corrected_to(turn.text))
            elif verdict is None:
                revealed.update(stated)
            continue
        corrections.student_turn(turn.text)
        if is_confused(turn.text):
            found.append(Attempt(i, "confused"))
            last = _CLAUSES.split(turn.text.strip())[-1]
            guess = last.endswith("?") and not asks_own_question(last)
            if not _DIGIT.search(turn.text) and not guess:
                # "I keep getting lost", "I'm confused, do I distribute the negative too?"
                # answer nothing; "I don't get it. Is that where the light is used?" guesses
                continue
        before = turns[i - 1] if i > 0 and turns[i - 1].role == "tutor" else None
        if before is not None and is_small_talk(before.text) and not _DIGIT.search(turn.text):
            continue
        asked = before is not None and (retry_at == i - 1 or asks_content(before.text))
        if asks_own_question(turn.text):
            continue  # the student asks a question of their own
        yes_no = before is not None and answers_yes_no(before.text, turn.text)
        if not (is_answer(turn.text) or (asked and is_short_answer(turn.text)) or yes_no):
            continue
        if pending is not None and same_answer_again(turns, found, pending, i):
            pending = None  # withdrawn by the student, or restated to explain it: one answer
        if pending is not None:
            found.append(Attempt(pending, "wrong" if repeated else "unconfirmed"))
        pending, repeated, settled = i, False, False
        if rejected & set(answer_keys(turn.text)):
            repeated = True  # wrong again, unless the tutor now confirms it
        elif revealed & set(final_value(turn.text)) or (
            before is not None and echoes(turn.text, before.text)
        ):
            found.append(Attempt(i, "told"))  # repeating the answer the tutor gave away
            corrections.told()
            pending = None
    if pending is not None and not (found and found[-1] == Attempt(pending, "confused")):
        # the session ends on it, unchallenged (a repeated wrong value stays wrong)
        ending: Outcome = "wrong" if repeated else _unchallenged(found, pending)
        if ending == "accepted" and passed_over(turns, found, pending):
            ending = "unconfirmed"  # the answer the tutor let pass and asked again, given again
        found.append(Attempt(pending, ending))
    return abandoned(turns, found)


def _unchallenged(found: list[Attempt], pending: int) -> Outcome:
    """The session ends after an answer no tutor turn judged: accepted, unless the tutor went
    on to bring the numbers themselves ("Socks come in pairs, so 90"), leaving it open, or had
    just brought them, judging nothing ("8 for the cars, 6 for the bikes, and you have?"): then
    it only computed what the tutor set out (after a correction it is the student's own fix)."""
    if any(a.outcome == "helped" and a.turn > pending for a in found):
        return "unconfirmed"
    before = pending - 1  # a tutor turn that brought numbers and judged no answer: it set out
    if any(a.turn == before and a.outcome == "helped" for a in found) and all(
        a.reply != before for a in found
    ):
        return "guided"
    return "accepted"


def _asks_next(text: str) -> bool:
    """A correction that works the step out and asks another computation ("Good try! But
    7 x 8 is 56. What is 6 x 8?"): the old question is settled, a new one is asked."""
    asked = _LAST_QUESTION.search(text)
    if asked is None:
        return False
    told = text[: asked.start()]
    new = _set_ups(asked.group())
    return bool(new and _TELLING.search(told)) and not new & _set_ups(told)


def _set_up_by_tutor(turns: list[Turn], student: int, posed: set[str]) -> bool:
    """The tutor turn just before the answer already wrote out the computation to do (not
    the problem's own, asked again: "So what is 12 + 9?")."""
    return bool(_set_ups(_asked_before(turns, student)) - posed)


def _asked_before(turns: list[Turn], student: int) -> str:
    before = turns[student - 1] if student else None
    return before.text if before is not None and before.role == "tutor" else ""


def _offered(text: str) -> set[str]:
    """The values a tutor's either-or question offers ("Is it 8000 or 10000?"); a comparison
    asked ("Which is bigger, 0.7 or 0.65?") offers none: picking one is the task."""
    if _COMPARES.search(text):
        return set()
    return {plain_number(v) for m in _OFFERS.finditer(text) for v in m.groups()}


_COMPARES = re.compile(
    r"\bwhich\b[^.!?]*\b(?:bigger|larger|smaller|greater|less|more|heavier|lighter|longer|"
    r"shorter|higher|lower|closer|further|farther)\b",
    re.I,
)


def _set_ups(text: str) -> set[str]:
    return {symbol_operators(" ".join(m.group().split())) for m in _SETS_UP.finditer(text)}


def _outcome(text: str, verdict: str, corrected: bool) -> Outcome:
    if verdict == "wrong":
        return "wrong"
    if is_hedged(text):
        return "hedged"
    return "right_after_correction" if corrected else "right"
