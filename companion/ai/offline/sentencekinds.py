"""What kind of sentence a tutor's or a student's line is, for key points: a question (with or
without its question mark), a step left to the student, an order, the task or the agenda, or
classroom talk. None of these states a fact the session covered."""

from __future__ import annotations

import re

from companion.ai.offline.problemturns import NEW_PROBLEM

# "Jim's was 10000, what is the total", "if you had 10 sweets and saved 5 more how many would
# you have": a question even without its question mark
QUESTION = re.compile(
    r"\?\s*$|(?:^|[,;:]\s*|\b(?:so|and|then|now)\s+)(?:what|how|why|which|where|when|who|"
    r"can you|could you|do you|would you|will you|did you|is it|is that|are there|have you)\b|"
    r"\b(?:what|how many|how much|how long)\s+(?:would|will|do|does|did|is|are|should|can|could)"
    r"\s+(?:you|we|it|this|that|they|he|she|i)\b[^.!]*$",
    re.I,
)
# a step left for the student to compute: "so 33 * 2 for the rides =", "so 20.25 - 4.50"
_OPEN_STEP = re.compile(  # "1/3" at the end is a fraction, not a division left to do
    r"(?:[-+*/×÷=]|\d\s*x)\s*\??\s*$|^[^=]*\d\s*[-+*x×÷]\s*\$?\d[\d,]*(?:\.\d+)?\s*$"
)
# the tutor telling the student what to do next, not a fact: "Go ahead and subtract the values
# now", "Don't take away the 2 bags", "Remember we only count water", "Take another look at
# this", "I'd suggest a calculator"; an operation ordered on the problem's own numbers or on
# "this" ("Then add 3 to this", "add 15 to 105", "Solve 3x = 21") is a step to do, while
# "Multiply the length by the width" states a method and stays
_LEAD = (
    r"^\W*(?:(?:so|then|now|ok(?:ay)?|next|and|just|please|yes|no|good|great|super|but|well|"
    r"sure|alright|all right)\b[,.!]?\s*)*"
)
_INSTRUCTION = re.compile(
    _LEAD + r"(?:go ahead|don'?t|do not|remember|try|take another look|look (?:again|at)|"
    r"have a look|i'?d suggest|i suggest|imagine|colou?r|let'?s think|let us think|work out)\b|"
    + _LEAD
    + r"(?:add|subtract|take away|multiply|divide|plug|put|write|drop|use|solve|simplify|"
    r"evaluate|factor|expand|find|calculate|compute|round|convert)\b"
    r"(?=[^.!?]*(?:\d|\b(?:this|that|it|them|these|those|your)\b))",
    re.I,
)
# setting the task or the agenda is not a point yet: "Let's find the area of a rectangle 4 m
# long ...", "Today we work on perimeter and on line symmetry.", "We are asked to round ..."
_TASK = re.compile(
    _LEAD + r"(?:let'?s|let us)\s+(?:find|calculate|compute|"
    r"work|solve|look|try|see|check|figure|start|begin|do|move|go|practi[cs]e|review|change|switch|"
    r"convert|turn|write|round|compare|add|subtract|multiply|divide|simplify|plug|put|"
    r"substitute)\b|"
    # "So the next step is working out how many are left": the agenda, not a point yet
    r"\b(?:the )?next step (?:is|would be|will be)\b|"
    r"\b(?:today|this lesson|this session|in this (?:lesson|session))\b[^.!?]*\b(?:work on|"
    r"learn|look at|focus on|practi[cs]e|review|talk about|cover|study)\b|"
    # "We are learning about photosynthesis today", "We're going to be working on fractions"
    r"^\W*(?:(?:now|ok(?:ay)?|so|today|next),?\s+)?(?:we are|we're|we will|we'll|we are going to|"
    r"we're going to)\s+(?:be\s+)?(?:learning|learn|working on|work on|looking at|look at|"
    r"practi[cs]ing|reviewing|studying|talking about|focusing on)\b|"
    # "We need to find the prism's height", "Here we have to find out how many inches taller"
    # "We are supposed to find ...", "In the first step, we need to determine ...", "First of
    # all, we need to figure out ..."
    r"^\W*(?:(?:here|now|so|first|next|today|first of all|to (?:begin|start)|in (?:the )?"
    r"(?:first|second|third|next|last|final) step|in step \d+),?\s+)*"
    r"we (?:(?:need|have|want|are going) to|(?:are|were|'re) supposed to|will|'ll) "
    r"(?:find|identify|"
    r"work out|figure out|calculate|compute|determine|solve)\b|\blet'?s use\b|\blet us use\b|"
    # "We are asked to round 1551 to the nearest 100", "The question asks for the total"
    r"\b(?:we|you) (?:are|were|'re) asked\b|\b(?:question|problem) (?:asks|wants)\b",
    re.I,
)
# classroom talk, not content
_TALK = re.compile(
    r"\b(?:let me \w+|i will|i'?ll|i have shown|does (?:that|this) (?:step )?make sense|"
    r"read the (?:question|problem)|show your work|keep (?:going|it up)|"
    r"try (?:it |that |this )?ag(?:ain|in|ian)\b|look(?:ing|ed)? back\b|"
    # back to an earlier turn: "We just calculated it to be 14", "you told me 2x65 = 130"
    r"we (?:just|already) (?:calculated|worked out|found|did|said)\b|you (?:\w+ly )?(?:told|showed) me\b|"
    # how the tutor feels about the work: "I'm glad you're using ratios", "I like how you ..."
    r"\bi(?:'m| am) (?:so |really |very |just )?(?:glad|happy|pleased|impressed|proud)\b|"
    r"\bi (?:really )?(?:like|love) (?:how|that|the way) you\b|"
    # back to the problem: "Okay so think about the word problem again"
    r"\bthink (?:about |over )?(?:the |this |that )?(?:\w+ )?(?:problem|question)\b[^.!?]*\bagain\b|"
    # a verdict with its exception: "Ok, that is correct apart from the addition at the end"
    r"(?:that|this|it)(?:'s| is) (?:correct|right) (?:apart from|except)\b|"
    # pointing at the problem's wording, not teaching: "The question says she reads 1/3",
    # "It tells you in the question how long", "We already know from the problem how many"
    r"(?:question|problem) (?:says|said|tells|told|states|mentions|is (?:looking|asking))\b|"
    r"(?:says|said|tells? (?:you|us)|told (?:you|us)|stated|given) in the (?:question|problem)\b|"
    r"in the (?:question|problem),? (?:it )?(?:says|tells|states)\b|"
    r"(?:know|knew|see|saw|told|given) (?:\w+ ){0,2}from the (?:question|problem)\b|"
    r"whiteboard|good (?:try|effort)|for (?:your|the) effort|to help you|"
    r"next (?:time|session|class|lesson|week))|"
    r"^\W*(?:please|thanks?|thank you|here (?:is|are) (?:the|your|a|an|our)|imagine)\b",
    re.I,
)
# "When the denominators are the same, the bigger numerator is the bigger fraction": a rule
# stated with its condition, no question (unless what follows the comma asks one); without the
# comma too when it ends as a statement ("When the long hand points at 6 it is 30 minutes.",
# not "When is it 30 minutes.")
CONDITION = re.compile(
    r"^\W*(?:when|whenever)\b[^?,]*,\s*(?!(?:what|how|which|who|why|where|can|could|do|does|"
    r"would|will|is|are)\b)[^?]*$|^\W*(?:when|whenever)\s+(?!(?:is|are|was|were|do|does|did|"
    r"will|would|can|could|should|shall|am|has|have)\b)[^?,]*[.!]\W*$",
    re.I,
)


# ", which is 6 x 2 = 12": a relative clause that gives a value, no question (", which is
# bigger" without its question mark still asks)
_RELATIVE = re.compile(
    r",\s*which\s+(?:is|are|was|were|gives?|makes?|means?|equals?|brings?|leaves?|shows?)\b(?!\s+(?:the\s+)?(?:bigger|"
    r"smaller|larger|greater|more|less|fewer|longer|shorter|heavier|lighter|higher|lower|"
    r"correct|right|true|better|best|biggest|smallest|largest|greatest|most|least)\b)[^?]*$",
    re.I,
)


# "Yes, that's the distributive property.", "Right, that's called photosynthesis.": a verdict
# that names what the answer was, nothing said about it
_NAMES_ONLY = re.compile(
    r"^\W*(?:(?:yes|yep|yeah|right|correct|exactly|good|great|perfect|excellent|nice|well done)"
    r"\b[,.!:]*\s*)*(?:that|this|it)(?:'s|\s+is|\s+was)\s+(?:(?:called|known as|exactly|just|"
    r"actually|also)\s+)*(?:the\s+|an?\s+)?(?P<name>[\w'-]+(?:\s+[\w'-]+){0,3})\W*$",
    re.I,
)
_NOT_A_NAME = re.compile(
    r"\b(?:why|because|how|what|where|when|not|right|correct|wrong|true)\b", re.I
)


def names_only(text: str) -> bool:
    """A verdict that only names the concept ("Yes, that's the distributive property.")."""
    found = _NAMES_ONLY.match(text)
    if found is None or any(ch.isdigit() for ch in text):
        return False
    return not _NOT_A_NAME.search(found["name"])


def asks(text: str) -> bool:
    """A question, with or without its question mark; a rule stated with its condition
    ("When the denominators are the same, ...") or a value given in a relative clause
    ("..., which is 12.") asks nothing."""
    return bool(QUESTION.search(_RELATIVE.sub("", text))) and not CONDITION.match(text)


def sets_task(text: str) -> bool:
    """The task or the agenda: "Let's find the area ...", "Today we work on perimeter", or the
    next problem announced ("Next one: round 62 to the nearest ten.")."""
    return bool(_TASK.search(text) or NEW_PROBLEM.match(text.lstrip(" \"'(*-")))


def is_talk(text: str) -> bool:
    """Classroom talk: "Let me explain", "Keep going", "Thank you"."""
    return bool(_TALK.search(text))


def leaves_step(text: str) -> bool:
    """A step left to the student or an order: "so 33 * 2 for the rides =", "Add 15 to 105",
    or where the problem now stands ("Now the x's are still on both sides.")."""
    return bool(_OPEN_STEP.search(text) or _INSTRUCTION.search(text) or _STANDS.match(text))


# where the worked problem stands, leaving the next step: "Now the x's are still on both
# sides.", "Now the balanced equation 2H2 + O2 -> 2H2O." (no reason given, no rule)
_STANDS = re.compile(
    r"^\W*now,?\s+(?:the|there|we|you)\b(?![^.!?]*\b(?:so|because|means|always|never|when|if)\b)"
    r"[^.!?]{0,60}[.!]?\s*$",
    re.I,
)
