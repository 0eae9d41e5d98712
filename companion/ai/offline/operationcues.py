"""Operation cues: the arithmetic a worked K-12 problem asks for, read from its words.

A missing addend ("45 + ___ = 72"), sharing into equal groups ("split the $18 evenly"), a story that has, buys or eats a
number of things and asks how many are left, equal groups ("4 bags of 6 apples"), an
answer that is a number of times, or the operation named as the method ("do we
multiply?"): each is evidence for one knowledge-base concept (see `cues.topic_cues`).
"""

from __future__ import annotations

import re

_E = "elementary_math."
_STORY_ACT = (
    r"\b(?:buys|bought|makes|made|collects|collected|eats|ate|gives|gave|sells|sold|saves|saved|"
    r"spends|spent|picks|picked|bakes|baked|reads|earns|earned)"
)
_STORY_ASK = r"(?:\bhow (?:many|much)\b|_{2,}|\bleft\b|\bin all\b|\baltogether\b|\bin total\b)"
_STORY_VERB = rf"(?:\b(?:has|had|have)|{_STORY_ACT})"
# what a figure or a number has is no story: "triangles have 3 equal sides", "4 digits"; nor
# is the session's clock ("We have 5 minutes left"), which a story asks about in its question
_NOT_STORY_THING = r"(?!(?:equal|sides?|angles?|vertices|edges|faces|lines?|digits?|places?|decimal|units?|right|times|pairs?|halves|points?|minutes?)\b)"
_CONTAINER = (
    r"(?:bag|box|row|group|pack|package|basket|team|plate|shelf|jar|tray|vase|bundle|carton)"
)
_CONTAINERS = r"(?:bags|boxes|rows|groups|packs|packages|baskets|teams|plates|shelves|jars|trays|vases|bundles|cartons)"
_GAP = r"(?:_+|\?|□)"  # a blank to fill: "___", "?", "□"
OPERATION_CUES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a missing addend or subtrahend: "45 + ___ = 72", "? - 18 = 27", "72 - □ = 45"
    (
        re.compile(rf"\d\s*[-+]\s*{_GAP}\s*=\s*\d|{_GAP}\s*[-+]\s*\d+\s*=\s*\d"),
        _E + "addition_and_subtraction_with_regrouping",
    ),
    # sharing into equal groups and the missing factor: "split the $18 evenly",
    # "how many will each kid get", "how many times 4 go in 6", "what times 13 gives 39",
    # and the dividend's leading digits
    (
        re.compile(
            r"\b(?:split|share|shared|sharing|divide[sd]?|distribute[sd]?)\b[^.?!\n]{0,40}?"
            r"\b(?:evenly|equally|equal groups)\b"
            r"|\bhow many\b[^.?!\n]{0,40}\beach\s+(?:\w+\s+)?(?:get|gets|receive|receives)\b"
            r"|\bhow many times\s+(?:does\s+|will\s+)?\d+\s+(?:will\s+)?go(?:es)?\s+in(?:to)?\b"
            r"|\b\d+\s+go(?:es)?\s+into\s+\d+|\bhow many times\s+\d+\s+in\s+\d+"
            r"|\bwhat(?: number)? times\s+\d+\s+(?:gives|is|equals|makes|=)"
            # long division's first step: "start with the first 2 digits"
            r"|\b(?:start|begin)\s+with\s+the\s+first\s+(?:2|two|3|three)\s+digits\b",
            re.I,
        ),
        _E + "long_division",
    ),
    # a story problem: someone has, makes or buys a number of things and the same turn asks
    # how many in all, are left or each gets ("Mike has 4 cookies and he eats 3. How many are
    # left?"), or the question itself tells the story ("how many cans the class collected")
    (
        re.compile(
            rf"^(?=.*?{_STORY_ASK}).*?{_STORY_VERB}\s+(?:\$\d|\d[\d,]*\s+{_NOT_STORY_THING}"
            r"(?:more\s+)?[a-z]{3,})"
            r"|\bhow (?:many|much)\s+(?:more\s+|fewer\s+)?[a-z]+\b[^.?!\n]{0,40}?(?:\b(?:in all|"
            r"altogether|left|in total|each\s+(?:\w+\s+)?(?:get|gets|receive|have|has))\b|"
            rf"{_STORY_ACT}\b(?!\s+(?:by|up)\b))"
            # "how many total glasses will he drink", "how many apples did she buy"
            r"|\bhow (?:many|much)\s+(?:total\b|[a-z]+\s+(?:[a-z]+\s+){0,3}?(?:did|does|do|will|"
            r"would|can|could|should|must)\s+[a-z]+\s+(?:buy|make|collect|eat|give|sell|save|"
            r"spend|pick|bake|read|earn|drink|use|pay|need|walk|run|drive|plant|win|score)\b)",
            re.I | re.S,
        ),
        _E + "multi_step_word_problems",
    ),
    # equal groups: "how many crayons are in each bag", "4 bags of 6 apples", "5 rows with 3";
    # not when the turn shares a total out ("24 shared equally: how many in each box?")
    (
        re.compile(
            r"^(?!.*\b(?:split|share[sd]?|sharing|divide[sd]?|dividing|equally|evenly)\b)"
            r"(?=.*\bhow many [a-z]+ (?:are |were )?(?:in|on) each (?!of\b)[a-z]+)"
            rf"|\b\d+\s+{_CONTAINERS}\s+(?:of|with)\s+\d+\b"
            rf"|\b\d+\s+[a-z]+\s+(?:in|on) each\s+{_CONTAINER}\b",
            re.I | re.S,
        ),
        _E + "multiplication_facts",
    ),
    # an answer that is a number of times ("50 times", "it's 4 times as many"): a
    # multiplicative comparison, whatever the question was
    (
        re.compile(
            r"^\s*(?:it'?s\s+|is\s+it\s+|about\s+)?\d+\s+times(?:\s+(?:as many|as much|more|bigger|"
            r"greater|larger|taller|longer|heavier))?\s*[.?!]*\s*$",
            re.I,
        ),
        _E + "multiplicative_comparison",
    ),
    # the operation itself as the method: "am I subtracting?", "do we multiply here?"
    *(
        (
            re.compile(
                rf"\b(?:am i|do i|do we|should i|should we|are we|do you|can i|can we|"
                rf"i need to|we need to|you need to|we have to|you have to)\s+(?:just\s+)?"
                rf"(?:{verb})\b",
                re.I,
            ),
            cid,
        )
        for verb, cid in (
            ("add|adding", _E + "addition_and_subtraction_with_regrouping"),
            ("subtract|subtracting", _E + "addition_and_subtraction_with_regrouping"),
            ("multiply|multiplying", _E + "multiplication_facts"),
            ("divide|dividing", _E + "long_division"),
        )
    ),
)
