"""How a student turn reads: an answer (a number, an expression or a real sentence, or a word
or two given to a content question), a hedge, confusion, a question of the student's own, or
the reply to small talk; and what an answer gives, to know it again when it is repeated.

Small talk ("How was your weekend?") and a student's own question ("Why do the bottom numbers
have to match?") answer nothing; a word or two answers a content question ("Which shape is
this?"), an either-or one ("Is it bigger or smaller?") or a request to name something. A turn
that agrees and gives the number the tutor just stated echoes the tutor.
"""

from __future__ import annotations

import re

from companion.ai.offline.answertext import DENIED_AFTER, spelled_short
from companion.ai.offline.explainedvalues import (
    answer_part,
    computed_value,
    lone_fraction,
    mixed_as_fractions,
    trailing_value,
)
from companion.ai.offline.verdicts import plain_number

# "I'm guessing 81", "possibly 12", "not 100% sure but ...", "would it be 3/5"
_HEDGE = re.compile(
    r"\b(i think|i guess|i believe|i reckon|i suppose|i'?m guessing|my guess|maybe|not sure|"
    r"probably|possibly|perhaps|"
    r"i'?m not sure|not (?:\d+ ?%|totally|completely|entirely|really|too|very|that|quite) sure|"
    r"is it|might be|^\W*(?:would|could) (?:it|that|this) be|(?:it|that) could be|i'?d (?:say|guess))\b"
    r"|\?\s*$"
    # two values at once: "12 or 14 eggs", "maybe $5 or $6"
    r"|^\W*(?:(?:maybe|either|it'?s|is it)\s+)?\$?\d[\d,.]*(?:\s*[a-z]+)?\s+or\s+\$?\d[\d,.]*"
    r"(?:\s*[a-z]+)?\W*$"
)
_CONFUSED = re.compile(
    r"\b(i don'?t (?:get|understand|know|no\b)|i'?m (?:confused|lost|stuck)|confus\w*|wait,? what|"
    r"(?:i )?(?:keep |always |still )?(?:get|getting|got) (?:\w+ )?(?:lost|stuck|mixed up)|"
    r"no idea|makes no sense|what do you mean|huh)\b"
)
_ACK = re.compile(
    r"^\W*(ok(?:ay)?|yes|yeah|yep|no|nope|sure|done|thanks?(?: you)?|hi|hello|bye|alright|"
    r"got it|i see|cool|right|fine|ready|good|great|sorry|hm+|um+|uh+)\W*$"
)
_SUBSTANCE = re.compile(r"\d|[=+*/^×÷]|\b\w{3,}\b.*\b\w{3,}\b.*\b\w{3,}\b")
_HELP = re.compile(
    r"\b(help|hint|i don'?t know|i dont no|i don'?t no|idk|dunno|no clue|no idea|can you explain)\b"
)
# "i did it", "I'm done", "I finished": saying the work is done is no answer to a question
_DONE = re.compile(
    r"^\W*(?:i(?:'ve| have)? (?:did|done|finished|completed|got) (?:it|that|this)|i'?m (?:done|finished)|"
    r"i did|i finished|finished|i tried)\W*$"
)
# "How do you feel about your method?": the reply tells how the student feels, it answers
# nothing ("I feel confident about my method"); nor does the reply to small talk about the
# student's day ("How was your weekend?", "How are you doing?")
_FEELINGS = re.compile(
    r"\bhow (?:do|did|are) you feel(?:ing)?\b|\bhow confident\b|\bare you (?:confident|happy)\b|"
    r"\bhow (?:are|were) you(?: doing| today)?\W*$|\bhow(?:'s| is| was| were| are) (?:it going|things|"
    r"(?:your|the) (?:day|weekend|week|morning|afternoon|evening|night|holiday|holidays|break|"
    r"vacation|trip|game|match|practice))\b|\bwhat did you do (?:this|last|over|at|on|for)\b|"
    # how school went: "how did the quiz go?", "How was your test?", "how's school?"
    r"\bhow (?:did|'d) (?:it|that|things|(?:the|your|today'?s) \w+(?: \w+)?) go\b|"
    r"\bhow(?:'s| is| was| were) (?:school|class|(?:the|your) (?:test|quiz|exam|class|school|"
    r"presentation|recital|tryout)s?)\W*$|"
    # what the student likes: "which do you prefer: soda or water?", "your favorite fruit"
    r"\b(?:which|what) (?:one )?(?:do|would) you (?:prefer|like (?:better|more|best))\b|"
    r"\byour fav(?:ou?rite)?\b|\bdo you (?:like|love|enjoy)\b(?![^?]*\b(?:to (?:solve|use|try|do|"
    r"start|work|check)|using|doing|working|solving)\b)",
    re.I,
)
# a content question ("Which shape is this?"), not a check-in ("Is that your final answer?",
# "Did you get it?"): a word or two in reply is an answer to it; an either-or question ("Is 0.6
# bigger or smaller than 0.58?") and a request to name something ("Can you name ...?") ask too
_ASKS = re.compile(
    r"^(?!.*\b(?:final answer|are you (?:there|done|ready)|make sense|any questions|understand|"
    r"get it|follow|want to|would you like|shall (?:i|we)|should i)\b)"
    r"(?:.*\b(?:what|which|how|where|when|who|why)\b[^?]*\?\s*$|.*\bor\b[^?]*\?\s*$|"
    r".*\b(?:can|could) you (?:name|tell me|think of|list|spell|give)\b|"
    r"(?:^|.*[.!?:]\s+)(?:name|spell|list|give me) (?:a|an|the|one|two|three|some|all|any)\b)",
    re.I | re.S,
)
# a question the student asks ("Why do the bottom numbers have to match?"): no answer
_STUDENT_ASKS = re.compile(
    r"^\W*(?:(?:but|and|so|wait|um+|oh)\W+)*(?:why|how (?:do|does|did|can|come|would|should|is|are)|"
    r"what (?:does|do|if|happens|is the difference)|can you|could you|do (?:we|i|you)|"
    r"should (?:we|i)|is there|are there|"
    # "Wait, so my first answer was right?": asks about an answer, gives none
    r"(?:my|the) (?:\w+ )?(?:answer|method|guess) (?:was|is) (?:right|correct|wrong))\b[^\d]*\?\s*$|"
    # "What if the tax was 10%?": a case of their own, whatever its numbers
    r"^\W*(?:(?:but|and|so|wait|um+|oh)\W+)*what if\b[^=]*\?\s*$",
    re.I,
)
# "Oh nice, that's actually not that bad", "this is fun", "Can we do slope next time? I have a
# quiz on Friday": how the student finds the work, or a wish for the session, answers nothing
_ABOUT_THE_WORK = re.compile(
    r"^\W*(?:(?:oh|ok(?:ay)?|yeah|yes|wow|cool|nice|great|haha|lol)\b\W*)*"
    r"(?:(?:that|this|it)(?:'?s| is| was) (?:actually |really |so |not |kind of |pretty )*"
    r"(?:that |so |too )?(?:bad|hard|easy|difficult|fun|cool|interesting|confusing|tricky|simple)\b|"
    r"i (?:like|love|hate|enjoy)(?:d)? (?:this|these|it|that|them)\b)[^\d=]*$|"
    r"^\W*(?:(?:oh|ok(?:ay)?|yeah|yes|sure|alright)\b\W*)*(?:can|could|shall) we (?:do|go|try|start|"
    r"move|work|practi[cs]e|review|look at|stop|take|finish|cover)\b[^\d=]*$",
    re.I,
)
# "Thank you! I'm glad I was able to figure it out.", "I feel much more confident now", "You
# are the best": thanks, how the student feels and compliments answer nothing (a number or a
# computation in it still does)
_THANKS_OR_FEELING = re.compile(
    r"^\W*(?:(?:oh|ok(?:ay)?|yeah|yes|wow|aw+)\b\W*)*(?:thanks?\b|thank you|thx\b|"
    r"i(?:'?m| am) (?:so |really |very |just )?(?:glad|happy|relieved|excited|proud|grateful)\b|"
    r"i (?:feel|felt) (?:so |much |a lot |really |very )*(?:more |better|good|great|confident)|"
    # a compliment to the tutor: "You are the best", "you're so helpful"
    r"you(?:'?re| are) (?:so |really |very |the )*(?:best|nice|kind|awesome|amazing|great|cool|"
    r"funny|helpful|smart|patient)\b)"
    r"[^\d=+*/^×÷]*$",
    re.I,
)
_HEDGE_ONLY = re.compile(r"^\W*(?:idk|dunno|i'?m not sure|not sure|maybe|is that right)\W*$")
_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")
_CLOCK = re.compile(r"(?<![\d:.])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])")
_VALUE = re.compile(rf"(?P<clock>{_CLOCK.pattern})|{_NUMBER.pattern}")
# "x=5", "y = 4": one unknown's value (not "x = 5 x 2", a computation still to do)
_ASSIGNED = re.compile(
    r"(?<![\w.])([a-zA-Z])\s*=\s*(-?\d[\d,]*(?:\.\d+)?)(?![\d/.]*\s*[-+*/x×÷]\s*\d)"
)


def is_answer(text: str) -> bool:
    """A student turn that answers something, not an acknowledgement or a call for help."""
    lowered = text.lower()
    if _ACK.match(lowered) or _DONE.match(lowered) or _ABOUT_THE_WORK.match(lowered):
        return False
    if _THANKS_OR_FEELING.match(lowered):
        return False
    if _HELP.search(lowered) and not re.search(r"\d", lowered):
        return False
    return bool(_SUBSTANCE.search(spelled_short(lowered)))


def is_short_answer(text: str) -> bool:
    """A word or two given straight after the tutor's question ("a sphere", "the tens")."""
    lowered = text.lower().strip()
    words = re.findall(r"[a-z]+", lowered)
    return (
        0 < len(words) <= 4
        and not _ACK.match(lowered)
        and not _DONE.match(lowered)
        and not _HELP.search(lowered)
        and not _CONFUSED.search(lowered)
        and not _HEDGE_ONLY.match(lowered)
    )


def is_hedged(text: str) -> bool:
    """An answer given with a hedge ("I think", "maybe", "is it ...?")."""
    return bool(_HEDGE.search(text.lower()))


def is_confused(text: str) -> bool:
    """The student says they are lost ("I'm confused", "what do you mean")."""
    return bool(_CONFUSED.search(text.lower().replace("\u2019", "'")))


# "Is the playground a square?", "Are all squares rectangles?": a yes/no question about the
# content (none about the student, the answer given or the session: "Do you need help?", "Is
# that picture visible to you?", "Is this your final answer?")
_ASKS_YES_NO = re.compile(
    r"(?:^|[.!]\s+)(?:is|are|can|could|does|do|will|would|was|were|has|have)\s+"
    r"(?![^?]*\b(?:you|your|yours|u|me|my|we|us|our|i|answer|correct|right|wrong|sure|sense)\b)"
    r"[^?.!]*\?\s*$",
    re.I,
)
_YES_OR_NO = re.compile(r"^\W*(?:yes|yeah|yep|no|nope)\W*$", re.I)


def answers_yes_no(tutor_text: str, text: str) -> bool:
    """A bare yes or no to the tutor's yes/no question about the content."""
    return bool(_YES_OR_NO.match(text)) and bool(_ASKS_YES_NO.search(tutor_text))


def asks_content(tutor_text: str) -> bool:
    """A tutor turn that asks for content, which a word or two answers."""
    return bool(_ASKS.search(tutor_text))


def is_small_talk(tutor_text: str) -> bool:
    """A tutor turn asking how the student feels or how their day went."""
    return bool(_FEELINGS.search(tutor_text))


def asks_own_question(text: str) -> bool:
    """A student turn that asks a question of its own rather than answering one."""
    return bool(_STUDENT_ASKS.match(text))


def final_value(text: str) -> list[str]:
    """The answer's result, in one spelling: the values of several unknowns together ("x=5
    y=5" is "x=5,y=5", no single 5), the value of a bare computation ("10 -3" is 7, no -3;
    "2/5" is itself, not its 5) or of one the turn ends in ("so 150 minus 60" is 90), a clock time ("4:30"), else its last number that only explains
    nothing (no reason, operand or given quantity: see `explainedvalues`); number words are
    values ("forty-five dollars" is 45), a part of one not worked out ("1/2 of 30") is its value
    (15), a mixed number one fraction ("2 1/2" is 5/2), a lone fraction in a sentence is itself, a unit's power ("24 cm^2") is no value, and a
    value denied after it ("40, not 64") is none."""
    text = _UNIT_POWER.sub(r"\1", DENIED_AFTER.sub("", spelled_short(mixed_as_fractions(text))))
    assigned = _assignments(text)
    if len(assigned) >= 2:
        return [",".join(f"{name}={value}" for name, value in sorted(assigned.items()))]
    computed = computed_value(text) or trailing_value(text) or lone_fraction(text)
    if computed is not None:
        return [computed]
    clock = _CLOCK.search(text)
    if clock is not None and not _NUMBER.search(text, clock.end()):
        return [clock.group()]  # "4:30" is one time, no 30
    numbers = _NUMBER.findall(answer_part(_MONEY_WORDS.sub(_as_decimal, text)))
    return [plain_number(numbers[-1])] if numbers else []


def values_in(text: str) -> list[str]:
    """Every value the turn says, in order and in `final_value`'s spelling: a clock time
    ("6:40") is one value, not 6 and 40."""
    return [
        m.group() if m.group("clock") else plain_number(m.group())
        for m in _VALUE.finditer(spelled_short(text))
    ]


# a unit's power is no value: "24 cm^2", "24 cm2", "8 m^3" (not "1 in 3")
_UNIT_POWER = re.compile(
    r"(?<=\d)(\s*(?:mm|cm|km|m|in|ft|yd|mi|units?|inch(?:es)?|feet|meters?|metres?))"
    r"(?:\s*\^\s*[23]|[23])(?![\d.,/])",
    re.I,
)
# money in words: "12 dollars and 40 cents" is 12.40
_MONEY_WORDS = re.compile(
    r"(\d[\d,]*)\s*(?:dollars?|pounds?|euros?)\s*(?:and\s*)?(\d{1,2})\s*(?:cents?|pence|p)\b", re.I
)


def _as_decimal(match: re.Match[str]) -> str:
    return f"{match.group(1)}.{int(match.group(2)):02d}"


def given_values(text: str) -> set[str]:
    """Every value the answer gives: each unknown's ("x=5 y=3" gives 5 and 3), else its result."""
    assigned = _assignments(text)
    return set(assigned.values()) if len(assigned) >= 2 else set(final_value(text))


def _assignments(text: str) -> dict[str, str]:
    return {name.lower(): plain_number(value) for name, value in _ASSIGNED.findall(text)}


# the words around a short answer that are not the answer ("I still think it's the lungs")
_FILLER = frozenset(
    {
        *("i", "think", "it", "is", "its", "s", "still", "say", "guess", "maybe", "perhaps"),
        *("probably", "the", "a", "an", "would", "could", "be"),
    }
)


def answer_keys(text: str) -> list[str]:
    """What an answer gives, to know it again: its result, else the words of a short answer
    ("maybe the lungs?" gives what "the lungs" gave)."""
    value = final_value(text)
    if value:
        return value
    words = [w for w in re.findall(r"[a-z]+", text.lower()) if w not in _FILLER]
    return [" ".join(words)] if 0 < len(words) <= 3 else []


# "Yes, ...", "That's correct.", "Oh, I see.": the student agrees with what the tutor just said
_AGREES = re.compile(
    r"^\W*(?:(?:oh|ah|ok(?:ay)?)\W+)?(?:yes|yeah|yep|right|true|correct|i see|"
    r"that'?s (?:right|correct|true)|you'?re (?:right|correct))\b",
    re.I,
)


def echoes(text: str, tutor_text: str) -> bool:
    """The student agrees and gives as the result a number the tutor's turn just stated, not
    asked ("He needs to read 42 more." "That's correct. Carlos needs to read 42 books.")."""
    value = final_value(text)
    if not value or not _AGREES.match(text):
        return False
    sentences = re.split(r"(?<=[.!?])\s+", tutor_text.strip())
    stated = " ".join(x for x in sentences if not x.endswith("?"))
    return value[0] in {plain_number(n) for n in _NUMBER.findall(stated)}
