"""More ways a student types a final answer, right and wrong (eval only).

Held out from the 8 forms and 6 wrong kinds of the gsm8k figures: written from how
students answer in a chat box, not from the grader's rules. The semantics they test:
"I think N" and "N?" give one answer, N; "N%" answers N only where the question asks
for a percent; a number the question gives, restated in a
sentence, is not a second answer ("there are 5 boxes, so 40" and "40, from the 5" answer 40); working whose
links are all true ends in its answer ("5 x 8 = 40"); two values ("N or M", "between N
and M", "N to M") are a hedge, and a false link ("5 x 9 = 40") is wrong working.
"""

from __future__ import annotations

import re

_WORDS = re.findall(
    r"\w+",
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
    " fifteen sixteen seventeen eighteen nineteen twenty",
)
_TENS = dict(
    enumerate(re.findall(r"\w+", "twenty thirty forty fifty sixty seventy eighty ninety"), 2)
)
_HOW_MANY = re.compile(
    r"\bhow\s+many\s+(?:more\s+|fewer\s+|less\s+|total\s+|different\s+|extra\s+)?([a-z]{3,})", re.I
)
_GIVEN = re.compile(r"(?<![\w.,/$])\$?(\d+)(?![\d.,/])")


def asks_percent(question: str) -> bool:
    """Whether the question's last sentence asks for a percent (not "how many ... percentage")."""
    last = re.split(r"(?<=[.!?])\s+", question.strip())[-1]
    return "percent" in last.lower() and not re.match(r"how\s+(?:many|much)", last, re.I)


def spelled(n: int) -> str | None:
    """N in words for 0..99 ("forty-two"), else None."""
    if 0 <= n <= 20:
        return _WORDS[n]
    if 20 < n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (f"-{_WORDS[ones]}" if ones else "")
    return None


def unit_noun(question: str) -> str | None:
    """The thing a "how many ..." question counts ("how many apples" -> "apples")."""
    match = _HOW_MANY.search(question)
    noun = match[1].lower() if match else None
    return None if noun in (*_WORDS, *_TENS.values()) else noun


def given(question: str, n: int) -> int | None:
    """A whole number the question states that is not the answer."""
    for match in _GIVEN.finditer(question):
        if int(match[1]) != n:
            return int(match[1])
    return None


def _states(question: str, n: int) -> bool:
    """Whether the question itself states N (as digits or in words)."""
    words = spelled(n)
    digits = re.search(rf"(?<![\d.]){n}(?![\d]|\.\d)", question.replace(",", ""))
    return bool(digits or (words and re.search(rf"\b{words}\b", question, re.I)))


def right_forms(n: int, question: str, i: int) -> dict[str, str]:
    """The answer N in more ways students type it, each meaning N."""
    forms = {
        "i_got": f"I got {n}",
        "is_the_answer": f"{n} is the answer",
        "its": f"it's {n:,}",
        "answer_colon": f"Answer: {n}",
        "equals": f"= {n}",
        "full_stop": f"{n}.",
        "in_total": f"{n:,} in total",
        "checked": f"{n} (I checked)",
        "spaced": f"  {n} !  " if i % 2 else f"{n} ;\n",
        "ans": ("ans {}", "ans: {}", "Ans = {}")[i % 3].format(n),
        "i_think": f"I think {n}",
        "question_mark": f"{n}?",
        "bold": f"**{n}**",
    }
    if noun := unit_noun(question):
        forms["noun"] = f"{n:,} {noun}"
    if "$" in question:
        forms["money"] = ("${}", "${}.00", "${} total")[i % 3].format(f"{n:,}")
    if words := spelled(n):
        forms["words"] = words if i % 2 else f"I got {words}"
    if (g := given(question, n)) is not None:
        if not _states(question, n):  # else both numbers are given and either may be meant
            forms["restated_after"] = f"{n} in total, from the {g}"
        forms["restated"] = (
            f"there are {g} of them, so {n}"
            if i % 2
            else f"{g} to start with, so the answer is {n}"
        )
    if n > 1 and n % 2 == 0:
        forms["working"] = f"{n // 2} x 2 = {n}" if i % 2 else f"{n // 2}*2 = {n}"
        forms["aside"] = f"{n} ({n // 2} x 2)"
    if asks_percent(question):
        forms["percent"] = f"{n}%" if i % 2 else f"{n} percent"
    forms["my_final_answer"] = f"{n} is my final answer."
    return forms


def wrong_forms(n: int, question: str) -> dict[str, str]:
    """Answers that are not N: hedges between values, slips, false working."""
    m, k = n + 1, n - 1  # a hedge that ends on N must still be wrong
    wrong = {
        "maybe_or": f"maybe {m} or {n}",
        "between": f"between {k} and {n}",
        "range_to": f"{k} to {n}",
        "unsure": f"not sure, {n} or {m}",
        "over": f"{n}/{m}",
        "minus_one": f"{n}-1",
        "times_hundred": f"{n}*100",
        "unevaluated_plus": f"{n}+{m}",
        "question_mark": f"{m}?",
        "i_think": f"I think {m}",
        "false_link": f"{n} + 1 = {n}",
        "denied": f"the answer is not {n}",
        "sign_word": f"negative {abs(n)}" if n >= 0 else f"positive {-n}",
    }
    if (g := given(question, n)) is not None:
        wrong["restated_then_wrong"] = f"there are {g} of them, so {m}"
        wrong["only_a_given"] = f"there are {g} of them"
    if n != 0 and not asks_percent(question):
        wrong["percent_not_asked"] = f"{n}%"
    if n == 0:
        del wrong["times_hundred"]
    return wrong


_SENTENCES = (
    "I got {}.",
    "the answer is {}",
    "{} is my answer",
    "so it's {}",
    "Answer: {}",
    "{} (final)",
)


def in_sentence(answer: str, i: int) -> str:
    """A typed answer inside one of the sentences students wrap answers in."""
    return _SENTENCES[i % len(_SENTENCES)].format(answer)
