"""Which number of a student's turn is its answer (see `studentturns.final_value`): the value
of a turn that is only a computation ("10 - 3" is 7) or ends in one ("so 150 minus 60" is
90), and in an explanation the value its
work results in, not a number that only explains it.

An explanation names numbers that are no answer: the reason after a value ("3 boxes, since
each box holds 24", "It's 12. That's because ..."), or before it ("Since each bag has 6,
she has 24"); the operands of an operation named by its verb ("then subtracted 3", "took 15
from 60", "I found it by dividing $60 by 5") or written out ("36 + 8" in "36 + 8 = 44"); a
check of what would follow otherwise ("If he doesn't read them, his total is only 58"); and
what comes after a concluding sentence ("It takes a total of 17 days. On the first 3 days
..."), unless it goes on to a result. What results from an operation ("to get 20", "= 44",
"that gives 37") stays. A mixed number is one fraction ("2 1/2 cups" is 5/2), and a part of a
counted whole is worked out ("1/2 of the 8 slices" is 4).
"""

from __future__ import annotations

import re
from fractions import Fraction

from companion.ai.offline.answertext import FRACTION_NAME, fraction_named
from companion.ai.offline.correctionforms import SENTENCE_BREAK
from companion.ai.offline.verdicts import plain_number

_TERM = r"\$?\d[\d,]*(?:\.\d+)?"
# a computation on numbers and nothing else, a unit word at most after it
_COMPUTATION = re.compile(
    rf"^\W*?({_TERM}(?:\s*[-+x*/×÷]\s*{_TERM})+)\s*(?:[a-z]+\s*){{0,2}}[.!]?$"
)
_OPERAND = re.compile(r"(^|[-+x*/×÷])\s*(\d[\d,]*(?:\.\d+)?)")


def computed_value(text: str) -> str | None:
    """The value of an answer that is only a computation on numbers ("10 -3", "12 x 3 cm",
    "$4 + $5"), multiplying and dividing first; None for anything else."""
    match = _COMPUTATION.match(text.strip().lower())
    if match is None:
        return None
    parts = _OPERAND.findall(match.group(1).replace("$", ""))
    terms: list[Fraction] = [Fraction(parts[0][1].replace(",", ""))]
    signs: list[str] = []
    for op, number in parts[1:]:
        value = Fraction(number.replace(",", ""))
        if op in "x*×/÷":
            if op in "/÷" and value == 0:
                return None
            terms[-1] = terms[-1] * value if op in "x*×" else terms[-1] / value
        else:
            terms.append(value)
            signs.append(op)
    total = terms[0]
    for sign, term in zip(signs, terms[1:], strict=True):
        total = total + term if sign == "+" else total - term
    if total.denominator == 1:
        return str(total.numerator)
    if "." in match.group(1):  # decimals in, a decimal out ("1.5 + 2" is 3.5)
        return plain_number(f"{float(total):.10f}")
    return f"{total.numerator}/{total.denominator}"


# a computation the turn ends in, its operators in symbols or words, not worked out: "so 150
# minus 60", "it's 3 times 12", "the answer is 5/8 of the cake"
_OPERATORS = {"divided by": "/", "multiplied by": "x", "times": "x", "plus": "+", "minus": "-"}
_OPERATORS |= {"*": "x", "×": "x", "÷": "/"}
_OPERATOR = re.compile(r"\b(?:divided by|multiplied by|times|plus|minus)\b|[*×÷]")


def symbol_operators(text: str) -> str:
    """The operators of a computation in one spelling: "7 times 8" is "7 x 8", "7 * 8" too."""
    return _OPERATOR.sub(lambda m: _OPERATORS[m.group()], text)


_ENDS_IN_COMPUTATION = re.compile(
    rf"(?:^|(?<=[\s(]))({_TERM}(?:\s*(?:[-+x*/×÷]|\b(?:plus|minus|times|divided by|"
    rf"multiplied by)\b)\s*{_TERM})+)\s*(?:of\s+)?(?:[a-z]+\s*){{0,2}}[.!?]*\s*$"
)


_DIGITS_RUN = re.compile(r"\d+")


# a part of a number the turn ends in, not worked out: "1/2 of 30", "25% of 80", "half of 30"
# "1/2 of the 8 slices", "25% of those 80 students": a part of a counted whole too
_PART_OF = re.compile(
    rf"(?:^|(?<=[\s(]))(?:(\d+)\s*/\s*(\d+)|(\d+(?:\.\d+)?)\s*%)\s+of\s+"
    rf"(?:(?:the|those|these|all(?: the)?|his|her|their|my|our|your|its)\s+)?({_TERM})\s*"
    r"(?:[a-z]+\s*){0,2}[.!?]*\s*$"
)
# a turn whose only number is one fraction: "she has 3/4 of the pizza left"
_LONE_FRACTION = re.compile(r"^[^\d]*?(?<![\d.,])(\d+\s*/\s*\d+)(?![\d.,])[^\d]*$")


# a mixed number: "2 1/2", "3 and 1/4" ("2 and a half" once its fraction is named); not a
# whole number and a fraction apart ("4, 1/2", "3 miles and 1/2 of them"), nor two operands
# ("between 5 and 1/2", "the sum of 3 and 1/4", "multiply 2 and 1/3")
_MIXED = re.compile(
    r"(?<![\d.,/])(\d+)\s+(and\s+(?![^.!?]*\b(?:together|by)\b))?(\d+)\s*/\s*(\d+)"
    r"(?![\d.,]*\d|\s*/)"
)
_OPERANDS_NAMED = re.compile(
    r"\b(?:between|(?:sum|product|difference|quotient) of|add|multiply|both)\s+$"
)


def mixed_as_fractions(text: str) -> str:
    """The text with each mixed number as one fraction: "2 1/2 cups" -> "5/2 cups", "3 and 1/4"
    -> "13/4", "2 and a half" -> "5/2"."""
    named = FRACTION_NAME.sub(lambda m: fraction_named(m) if m["whole"] else m[0], text)
    return _MIXED.sub(_improper, named)


def _improper(match: re.Match[str]) -> str:
    whole, top, bottom = (int(match[k]) for k in (1, 3, 4))
    named = match[2] and _OPERANDS_NAMED.search(match.string, 0, match.start())
    if bottom == 0 or top >= bottom or named:
        return match[0]  # "2 3/2", "1 4/0": no mixed number
    return f"{whole * bottom + top}/{bottom}"


def lone_fraction(text: str) -> str | None:
    """The fraction a turn gives when it is its only number ("she has 3/4 of the pizza left"
    is 3/4, not its 4); None otherwise."""
    match = _LONE_FRACTION.match(text)
    return "".join(match.group(1).split()) if match else None


def trailing_value(text: str) -> str | None:
    """The value of the computation a turn ends in, fully given but not worked out ("so 150
    minus 60" is 90, "I think it's 3/4" is 3/4, "1/2 of 30" is 15); None when the turn ends
    otherwise."""
    part = _PART_OF.search(FRACTION_NAME.sub(fraction_named, text.lower()))
    if part is not None:
        top, bottom, percent, whole = part.groups()
        return computed_value(f"{top}/{bottom} x {whole}" if top else f"{percent}/100 x {whole}")
    match = _ENDS_IN_COMPUTATION.search(text.lower())
    if match is None:
        return None
    chain = symbol_operators(match.group(1))
    if re.fullmatch(r"\d+-\d+", chain):
        return None  # "a score of 37-23", "pages 10-15": a score or a range, no sum
    if re.fullmatch(r"\d+/\d+", chain) and len(_DIGITS_RUN.findall(text)) > 2:
        return None  # "2/6 are left and 4/6 were sold": one of several values named
    return computed_value(chain)


_SENTENCE_BREAK = re.compile(f"({SENTENCE_BREAK.pattern})")  # kept, to join them again
_DIGITS = re.compile(r"\d")
# a sentence after the first that only gives the reason ("That's because ...", "Because 36 + 8
# = 44."; a leading "Because ..., she has 24" keeps its main clause) or checks the answer by
# what would follow otherwise ("If he doesn't read the 42 books, his total will only be 58.")
_REASON_SENTENCE = re.compile(
    r"^\W*(?:(?:that|this|it)(?:'s| is| was) (?:all )?because\b|because\b(?![^,]*,)|"
    r"otherwise\b|if\b[^,]*(?:\bnot|n't|\bnever)\b)",
    re.I,
)
# a leading reason, to its comma: "Since each bag has 6 oranges and she bought 4 bags, ..."
_LEADING_REASON = re.compile(r"^\W*(?:since|because|as)\b[^,]*,", re.I)
# a reason after the value ("3 boxes, since each box holds 24", "..., as each of the 9
# tickets costs $5") or a purpose ("in order to reach 120"), up to a clause that goes on to
# the result (", but since ..., the answer is 3", "..., to get 640")
_LATER_REASON = re.compile(
    r"(?:,\s*|\s+)(?:since|because|in order to)\b|,\s*as\s+(?=(?:there|each|every|she|he|"
    r"they|it|we|i|you|the|his|her|their|that|this)\b)",
    re.I,
)
_GOES_ON = re.compile(
    r",\s*(?:so|then|therefore|thus|hence|the answer|that means|this means|which|to get|"
    r"giving|making)\b",
    re.I,
)
_THEN_OR_SO = r"\b(?:then|so)\b"
# before what an operation results in: "to get 20", "and got 44", "which is 37", "= 44"
_RESULT_CUE = (
    r"\bto (?:get|give|make|find)\b|\band (?:got|get|that|it)\b|\bwhich\b|=|"
    r"\b(?:gives?|gave|giving|makes?|making|equals?|leaves?|leaving|is|was|are|were|comes?)\b"
)
# "took 15 from 60", "take 3 away", not "it took 3 hours"
_TAKE = rf"(?=\s+(?:away\b|(?:the\s+)?{_TERM}(?:\s+[a-z]+){{0,3}}\s+(?:away|from|off)\b))"
# an operation named by its verb, and its operands up to what it results in ("then subtract 3",
# "multiplied 5 by 4 to get 20"); a verb in the present only after the one who works ("They
# add $150" states a result); "halved 36", "doubled 9", "times 2", "minus 3" name one operand
_OPERATION = re.compile(
    rf"(?:\b(?:subtracted|subtracting|added|adding|multiplied|multiplying|divided|dividing|"
    rf"(?:took|taking){_TAKE})|(?:^|\b(?:i|we|you|then|to|and|also|just|can|could|should|"
    rf"would|will|must|first|next)\s+)(?:subtract|add|multiply|divide|take{_TAKE}))\b"
    rf"(?:(?!{_RESULT_CUE}|{_THEN_OR_SO})(?:[^,.;:!?]|[.,](?=\d)))*|"
    rf"\b(?:halv\w*|doubl\w*|tripl\w*|times(?: by)?|plus|minus)\s+{_TERM}",
    re.I,
)
# a computation written out, its operators in symbols or words: "12 x 3", "$500 divided by 0.8"
_CHAIN = re.compile(
    rf"{_TERM}(?:\s*(?:[-+x*/×÷]|\b(?:plus|minus|times|divided by|multiplied by)\b)\s*{_TERM})+"
)
# a sentence that concludes ("Therefore ...", "the answer is", "a total of 17 days"), and one
# after it that goes on to another result ("So ...", "that means", "= 44")
_CONCLUDES = re.compile(
    r"\b(?:therefore|thus|hence|the (?:final |correct )?answer (?:is|was|would be)|in total|"
    r"a total of|altogether|in all)\b",
    re.I,
)
_GOES_ON_TO = re.compile(
    r"^\W*(?:so|then|now|next|finally|after that)\b|\b(?:therefore|means|gives?|answer)\b|=",
    re.I,
)


def answer_part(text: str) -> str:
    """The turn with the numbers that only explain its answer masked ("#"), or the turn as it
    is when no number would be left."""
    parts = [_masked_sentence(part, k > 0) for k, part in enumerate(_SENTENCE_BREAK.split(text))]
    concluded = [
        k for k, part in enumerate(parts) if _CONCLUDES.search(part) and _DIGITS.search(part)
    ]
    if concluded:  # "It takes a total of 17 days. On the first 3 days ...": the rest explains
        end = concluded[-1]
        parts[end + 1 :] = [
            part if _GOES_ON_TO.search(part) else _mask(part, 0, len(part))
            for part in parts[end + 1 :]
        ]
    masked = "".join(parts)
    return masked if _DIGITS.search(masked) else text


def _masked_sentence(sentence: str, after_first: bool) -> str:
    if after_first and _REASON_SENTENCE.match(sentence):
        return _mask(sentence, 0, len(sentence))
    lead = _LEADING_REASON.match(sentence)
    out = _mask(sentence, 0, lead.end()) if lead else sentence
    later = _LATER_REASON.search(out, lead.end() if lead else 0)
    if later and _DIGITS.search(out[: later.start()]):
        goes_on = _GOES_ON.search(out, later.end())
        out = _mask(out, later.start(), goes_on.start() if goes_on else len(out))
    for pattern in (_OPERATION, _CHAIN):
        for m in pattern.finditer(out):
            out = _mask(out, m.start(), m.end())
    return out


def _mask(text: str, start: int, end: int) -> str:
    return text[:start] + _DIGITS.sub("#", text[start:end]) + text[end:]
