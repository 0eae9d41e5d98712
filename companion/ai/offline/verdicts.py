"""How a tutor turn judges the student's answer before it: corrections, confirmations, and
results the tutor states outright.

A correction comes in many forms ("not quite", "a little bit off", "recheck", "let's look
again", "are you sure", "I don't think that's right", "hold on", "other way around", "yes,
but ...", a leading "shouldn't you ...?", praise for trying: "Good job trying!", a doubt
asked back: "Is that even possible?", a lone "?"); confirmations come typed run together
("welldone") or in other words ("You are right", "Superb", "Bang on"); praise that
opens a turn and goes on to the next step confirms; a question ("Is that correct?") confirms
nothing, nor does praise for a question, for sharing or for news ("Good question!", "Thanks
for sharing", "Good to hear"). More forms, and partial credit, are in `correctionforms`.
"""

from __future__ import annotations

import re
from typing import Literal

from companion.ai.offline.correctionforms import (
    OTHER_CORRECTION,
    STRONG_OTHER,
    chat_verdict_words,
    partial_credit,
)
from companion.ai.offline.textmemo import per_text

_CORRECTION = re.compile(
    r"\b(not quite|not right|not correct|incorrect|not the (?:right |correct )?answer|"
    r"that'?s wrong|is wrong|(?:re-?|double[- ])?check (?:again|your?|it|that|the)|recheck|re-check|"
    r"try (?:\w+ ){0,3}again|try once more|take another look|not exactly|"
    r"(?:let'?s |let us )?(?:look|go) (?:over |at )?(?:it |that |this |(?:your|the) \w+ )?again|"
    r"different answer|something different|are you (?:certain|positive)|off by|"
    r"(?:you'?re|you are)(?: (?:so|very|too|really|quite|pretty|super))? close|"
    r"(?:so|very) close|go over (?:it|that|this)|"
    r"close,? but|almost|(?:a )?(?:little|tiny|bit) (?:bit )?off|a bit off|are you sure|"
    r"(?:good|nice|great) (?:try|effort|attempt)|for (?:your|the) (?:effort|try)|for trying|"
    r"read (?:the|that) (?:question|problem)(?: (?:again|once again|carefully))?|"
    r"that'?s not|that is not|isn'?t (?:right|correct)|think again|go back (?:and|to (?:your|the question|the problem)|over)|why would you|"
    r"mistake|an error|wrong|you missed|you forgot|careful|not what|no,|^no\b|nope|"
    r"let'?s (?:check|see) (?:that|this|again)|(?:start|begin) (?:again|over)|reconsider|revisit|"
    r"another (?:way|think|look)|think (?:about (?:it|this|that) )?again|nearly there|mixed up|"
    r"i disagree|(?:you )?(?:do not|don'?t) need to|instead of|(?:and )?not \$?\d|^but\b|"
    r"the answer (?:you'?re looking for )?is|the (?:correct|right) answer is|not understanding|"
    r"(?:take|be) more care|numerical error|contradict\w*|one more time|double[- ]?check|re-?read|"
    r"unfortunately|why (?:are|did) you|(?:^|[.!?,]\s*)do you need to|where does the|"
    r"is (?:that|this) (?:correct|right)\?|misunderst\w*|misread|misinterpret\w*|"
    # doubt: "how many times does she actually give them away?", "Actually, she only gets ..."
    r"\b(?:actually|really)\b[^.!?]*\?|^\W*actually\b|"
    # "Now you only repeated your calculation", "I think you have miscalculated"
    r"\byou (?:only |just )?repeated\b|\b(?:have |you )miscalculat\w*|"
    # "That number seems a bit high", "it shouldn't be that big"
    r"(?:seems|looks|is|sounds) (?:(?:a bit|a little|way|far|much) )?(?:too|rather|a bit|a little) "
    r"(?:high|low|big|small|large)\b|should(?:n'?t| not) be (?:that|so) (?:big|high|large|small|low)|"
    r"do you think (?:this|that)[^.?!]* correct|"
    # a leading question points at the slip: "should you not subtract 4?", "shouldn't it be 12?"
    r"should(?:n'?t| not) (?:you|it|that|we|this|there)|should (?:you|it|that|we) not|"
    r"would(?:n'?t| not) (?:it|that|this) be|"
    # a pause or a doubt that opens the reply: "Hold on, ...", "Not really.", "Hmm, I don't
    # think so", "I'm not sure that's right", "that doesn't look right", "other way around",
    # "give it another go", "think about that more carefully"
    r"^\W*(?:hm+,?\s*)?(?:hold on|not so fast|not really)\b|i (?:do not|don'?t) think so|"
    r"i'?m not (?:so |too )?sure (?:that'?s|that is|about that|it'?s|it is)|"
    r"(?:does not|doesn'?t|do not|don'?t) (?:look|seem|sound) (?:right|correct)|"
    r"can'?t be (?:right|correct)|(?:the )?other way (?:a)?round|"
    r"(?:give it|have) another (?:go|try|shot)|more carefully|"
    # a doubt about the answer itself, asked back: "Can such a triangle exist?", "Is that even
    # possible?", "Does this seem like a reasonable number of students?", "Does 120 / 40 = 0.5
    # make sense?"; a lone "?" asks the same
    r"\b(?:can|could) (?:such|that|this|a|an|there)\b[^.!?]*\bexist\b[^.!?]*\?|"
    r"\bis (?:that|this|it) (?:even |really )?(?:possible|realistic|reasonable|likely)\?|"
    r"\b(?:seem|seems|sound|sounds|look|looks) (?:like )?(?:a |an )?(?:reasonable|realistic|"
    r"possible|sensible|likely)\b[^.!?]*\?|"
    r"\bdoes (?:[^.!?]*\d[^.!?]*|(?:your|that|this|the) (?:answer|number|result|total)) "
    r"make sense\?|"
    # counted twice: "You already included the ingredient cost in your per pan profit"
    r"\byou(?:'?ve| have)? already (?:included|counted|added|subtracted|taken away|"
    r"accounted for|used)\b)"
)
# corrections that stand even after a word of praise ("Good try, but not quite", "Great -
# you're getting closer!", "Your method is correct now! Just a tiny calculation error.")
_STRONG_CORRECTION = re.compile(
    r"\b(not quite|not right|not correct|incorrect|wrong|mistake|an error|recheck|re-check|"
    r"(?:do not|don'?t) think (?:that'?s|that is|it'?s|it is|this is) (?:right|correct)|"
    r"check (?:again|your?)|try again|(?:little|tiny|bit) (?:bit )?off|are you sure|"
    r"(?:good|nice|great) (?:try|effort|attempt)|for (?:your|the) (?:effort|try)|that'?s not|"
    # praise for trying, not for the answer: "Good job trying!", "Awesome try!", "Well done
    # for trying!"
    r"(?:good|nice|great|awesome|super) (?:job|work) (?:on )?trying|for trying|"
    r"(?:awesome|amazing|fantastic|excellent|super|brilliant|wonderful) (?:try|attempt)|"
    r"that is not|isn'?t (?:right|correct)|nearly there|almost|getting closer|"
    r"(?:not|\w+n't) (?:\w+ )?(?:the|a) (?:correct|right) answer|"
    r"(?:calculation|small|tiny|little|careless|arithmetic) (?:error|slip))\b"
)
_CONFIRM = re.compile(
    r"\b(exactly|that'?s (?:right|correct|it)|that is (?:right|correct)|you'?re (?:right|correct)|"
    r"you were (?:right|correct)|corr?ect|right!|yes|yep|great job|good job|well done|nice work|"
    r"good work|perfect|excellent|spot on|you got it|nailed it|awesome|way to go|bravo|"
    r"fantastic|brilliant|good thinking|that'?s better|well spotted|super|good|great|nice|"
    r"wonderful|amazing|outstanding|terrific|true|brill|there you go|you'?ve got it|bingo|"
    r"you did it|that'?s the one|spot on|absolutely|precisely|indeed|there we go|"
    r"(?<!if )(?:that|it|this) checks out|"
    # run together or hyphenated ("welldone", "well-done"), "you are right", "superb", "bang on",
    # "that looks like the right answer", "you're a genius"
    r"well-?done|you are (?:right|correct)|superb|lovely|bang on|genius|"
    # "That's more like it!", "Agreed!", "I agree!" (not "I agree that ...", a part credited)
    r"more like it|agreed|i agree(?! with| that)|that'?s the answer|"
    r"(?:looks|seems|sounds) (?:like )?(?:the )?(?:right|correct)(?: answer)?)\b"
)
# "Good, so how much by week 4?": praise that opens a question still confirms the answer
_OPENING_PRAISE = re.compile(
    r"^\W*(yes|yep|agreed|good|great|corr?ect|right|exactly|perfect|excellent|well[- ]?done|"
    r"nice|super|"
    r"very (?:good|well)|brill\w*|spot on|absolutely|precisely|indeed|"
    # "That's right. Check it: plug it back in.": a verdict that opens the turn, then a habit
    r"that'?s (?:right|correct)|that is (?:right|correct)|you'?re (?:right|correct)|you got it)\b"
)
# "Exactly. Sign errors are the most common mistake here": advice about mistakes in general
# ("a common mistake", "easy to make"), not a verdict on the answer just given
_GENERAL_MISTAKES = re.compile(
    r"[^.!?\n]*\b(?:(?:the )?most |a |very |really )?common (?:mistakes?|errors?|slips?)\b"
    r"[^.!?\n]*(?:[.!?]+|$)|[^.!?\n]*\b(?:mistakes?|errors?|slips?)\b[^.!?\n]*\b(?:is|are) "
    r"(?:so |very |really )?(?:easy|common) to make\b[^.!?\n]*(?:[.!?]+|$)"
)
# "Perfect. Can you see where you initially went wrong?": after praise, a question about the
# earlier mistake looks back on a solved step; it corrects nothing
_LOOKING_BACK = re.compile(
    r"[^.!?,\n]*\b(?:where|what|why|how)\b[^.!?\n]{0,30}?\b(?:went wrong|were going wrong|"
    r"go wrong|going wrong|miscalculated|made (?:a|an|the|your|that) (?:mistake|error)|"
    r"got it wrong|had it wrong|(?:your|the) (?:mistake|error) was|"
    r"(?:reached|got|gave) (?:the|a) wrong)\b[^.!?\n]*(?:[.!?]+|$)"
)


# "Well done for spotting the mistake and correcting it": praise for fixing the slip, which
# corrects nothing now
_FIXED_SLIP = re.compile(
    r"\b(?:spott|find|found|fix|correct|catch|caught|notic|identif|realis|realiz)\w*\s+"
    r"(?:the |your |that |this |my |an? )?(?:own )?(?:mistake|error|slip)s?\b"
)


# "No problem", "no worries": politeness, not a "no"; praise for a question, for sharing or
# for news ("Good question!", "Great, thanks for sharing", "Good to hear") judges no answer
# "almost" about the problem's people or amounts: "He's almost there!", "she is almost done
# with her pages", "almost twice as many" (not "You're almost there!")
_ABOUT_THE_STORY = re.compile(
    r"\b(?:he|she|they)(?:'s|'re| is| are| was| were)\s+(?:almost|nearly)\b|"
    r"\b(?:almost|nearly) (?:twice|double|triple|half|\$?\d)"
)
_POLITE = re.compile(
    r"\bno (?:problem|worries|worry)\b|\bnot a problem\b|"
    r"^\W*(?:(?:good|great|nice|ok(?:ay)?|wonderful|lovely|cool|oh)\b\W*)?thanks?(?: you)?"
    r"(?: so much| very much)? for (?:sharing|asking|explaining|telling|letting|showing|"
    r"walking)\b[^.!?]*[.!?]*|"
    r"\b(?:(?:really |very |such an? )?(?:good|great|nice|excellent|interesting|fair|brilliant)) "
    r"questions?\b[.!?]*|"
    r"^\W*(?:(?:that'?s|that is|it'?s)\s+)?(?:(?:so |really )?(?:good|great|nice|glad|happy|lovely|"
    r"wonderful)) (?:to (?:hear|meet you|see you|have you)|you (?:had|enjoyed))\b[^.!?]*[.!?]*"
)
# "you originally just used the wrong operation": a statement about the earlier slip
_LOOKED_BACK = re.compile(
    r"[^.!?\n]*\b(?:originally|at first|initially|the first time|in your first (?:answer|"
    r"attempt|try))\b[^.!?\n]*(?:[.!?]+|$)"
)
# "You've got the correct answer, but there is a quicker method": the answer is right
_RIGHT_ANSWER = re.compile(
    r"\byou(?:'ve| have)? (?!not\b|never\b)(?:\w+ )?(?:[^.!?]{0,30}? and )?(?:got|reached|found|have|gave|get) "
    r"(?:the|a) (?:correct|right) answer\b"
)


# "Can you see where you made your error?", "can you now see what you did not do right?": the
# whole turn asks the student to look back at a slip already dealt with; it judges nothing now
_LOOK_BACK_QUESTION = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|now|right|then)\b[,.!]?\s*)*(?:can|could|do|did) you (?:now )?"
    r"(?:see|tell|spot|find|notice) (?:now )?(?!(?:[^.!?]*)\b(?:might|may|first step)\b)"
    r"(?:the (?:mistake|error)s?\b|(?:where|what)\b[^.!?]{0,40}?\b(?:wrong|mistakes?|errors?|"
    r"miscalculat\w*|(?:did not|didn'?t) do right)\b)[^.!?]{0,40}\??\W*$"
)


_TRY_AGAIN_QUESTION = re.compile(r"[^.!?\n]*\btry (?:it |this |that )?again\b[^.!?\n]*\?")


def _looks_back(lowered: str) -> bool:
    """Whether `_LOOKING_BACK` can match (each of its forms holds one of these words): the
    pattern tries every position of a turn, the words are found in one pass."""
    return any(word in lowered for word in ("wrong", "miscalculated", "mistake", "error"))


@per_text
def reaction(text: str) -> Literal["right", "wrong"] | None:
    """How a tutor turn judges the answer before it, if it does.

    Praise that opens the turn and goes on to the next step ("Great work -- but what if
    ...?") confirms; praise with a correction in it ("Good effort, not quite") or a "but"
    that states what is missing ("Yes, but you need to add the tax") does not. "You've got
    the correct answer, but ..." confirms the answer; praise for fixing a slip, a look back
    at the earlier one ("you originally used the wrong operation") and "no problem" correct
    nothing.
    """
    lowered = _POLITE.sub(" ", chat_verdict_words(text.lower().replace("\u2019", "'")))
    lowered = _ABOUT_THE_STORY.sub(" ", lowered)
    if _LOOK_BACK_QUESTION.match(lowered):
        return None
    if re.fullmatch(r"\W*\?+\W*", lowered):
        return "wrong"  # a lone "?": the answer is asked back
    if _RIGHT_ANSWER.search(re.sub(r"[^.!?\n]*\?", "", lowered)):
        return "right"  # what else it says is about the method or the write-up
    if partial_credit(lowered):
        return "wrong"  # "half right", "You've correctly worked out the first step. So ...?"
    praised = _OPENING_PRAISE.search(lowered)
    if praised:
        lowered = _without_general_mistakes(lowered)
    fixed = _FIXED_SLIP.sub(" ", lowered)
    if fixed != lowered and (praised or _CONFIRM.search(fixed)):
        lowered = fixed  # the praise is for the fix
    looking_back = _LOOKING_BACK.sub(" ", lowered) if _looks_back(lowered) else lowered
    looking_back = _LOOKED_BACK.sub(" ", looking_back)
    if looking_back != lowered and (praised or _CONFIRM.search(looking_back)):
        lowered = looking_back  # the praise judges the answer; the rest looks back
    if praised and not _STRONG_CORRECTION.search(praised[0]) and not re.search(r"\bbut\b", lowered):
        # "Super work! Can you try again now, remembering it is 7?": after real praise, a
        # question to try again takes the confirmed step into the whole problem
        lowered = _TRY_AGAIN_QUESTION.sub(" ", lowered)
    corrects = _CORRECTION.search(lowered) or OTHER_CORRECTION.search(lowered)
    if _STRONG_CORRECTION.search(lowered) or STRONG_OTHER.search(lowered):
        return "wrong"
    if corrects and not praised:
        return "wrong"
    statements = re.sub(r"[^.!?\n]*\?", "", lowered)  # "Is that correct?" confirms nothing
    if praised:
        # "Yes, but you need to add the tax": a statement after the "but" is what is missing;
        # "Good, well done. But she wants 20 more than double." goes on to the next fact
        return "wrong" if _but_missing(statements) else "right"
    if _CONFIRM.search(statements):
        return "wrong" if re.search(r"\b(but|however|though|although)\b", statements) else "right"
    return None


def _without_general_mistakes(lowered: str) -> str:
    """After a praising first sentence that corrects nothing ("Exactly."), later sentences
    about mistakes in general ("Sign errors are the most common mistake here") go; "Good
    try, but that's a common mistake" keeps its verdict."""
    first = re.match(r"[^.!?\n]*(?:[.!?]+|$)", lowered)
    head = first.group() if first else ""
    if _STRONG_CORRECTION.search(head) or re.search(r"\bbut\b", head):
        return lowered
    return head + _GENERAL_MISTAKES.sub(_unless_about_answer, lowered[len(head) :])


def _unless_about_answer(match: re.Match[str]) -> str:
    """ "That is a common mistake" is about the answer just given: it stays."""
    sentence = match.group()
    return sentence if re.match(r"\W*(?:that|this)(?:'s|\s+(?:is|was))\b", sentence) else " "


def _but_missing(statements: str) -> bool:
    """A "but" in the praising sentence, or a later "but" sentence about the student's answer
    ("But you forgot the tax", "But that is not the total")."""
    sentences = [x for x in re.split(r"(?<=[.!])\s+", statements.strip()) if x]
    if not sentences:
        return False
    if re.search(r"\bbut\b", sentences[0]):
        return True
    return any(
        re.search(r"\bbut\b", x) and re.search(r"\b(?:you|your|not|no)\b|n't\b", x)
        for x in sentences[1:]
    )


def plain_number(number: str) -> str:
    """'1,200.50' -> '1200.5': one spelling per value."""
    value = number.replace(",", "")
    return value.rstrip("0").rstrip(".") if "." in value else value


# what a correction opens with: "Not quite, ...", "Almost! ...", "No, ...", "Good thinking, but"
_OPENING_CORRECTION = re.compile(
    r"^\W*(?:(?:(?:no|nope|not quite|not exactly|almost|so close|close|nearly(?: there)?|oops|"
    r"hmm+|(?:be )?careful|watch out|(?:good|nice|great) (?:try|effort|attempt)|you'?re close)"
    r"(?:\s*[,.!]+\s*|\s+(?=but\b))|(?:good|nice|great|interesting) (?:thinking|thought|idea|"
    r"guess|start)\s*[,.!]*\s*(?=but\b))(?:but\b,?\s*)?)+",
    re.I,
)
_OPENING_BUT = re.compile(r"^\W*but\b,?\s*", re.I)


def without_correction(text: str, *, after_correction: bool = False) -> str:
    """The statement a correction teaches, without the words it opens with ("Not quite, the 2
    multiplies both terms" -> "The 2 multiplies both terms"); after a correction said on its
    own ("Good try!"), the next sentence's leading "But" goes too ("But 7 x 8 is 56.")."""
    rest = _OPENING_CORRECTION.sub("", text, count=1)
    if after_correction or rest != text:
        rest = _OPENING_BUT.sub("", rest, count=1)
    if rest == text or not re.search(r"\w", rest):
        return text
    first = re.match(r"[a-z]{2,}\b|a\s+[a-z]{2,}", rest)  # "the 2", "a big"; never "x" -> "X"
    return rest[0].upper() + rest[1:] if first else rest
