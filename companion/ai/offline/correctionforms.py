"""More ways a tutor tells the student the answer is not right yet (see `verdicts`): a
correction asked back ("Why do you add the 13 ounces again?", "Don't you think that's a
lot?", "Could you recalculate ...?"), something left out or counted twice ("you've forgotten
the delivery charge", "it's already included in your first step"), a simpler way ("it's much
simpler than that"), an impossibility ("that's not possible"), another look at the units, a
doubt pointing at what is missing ("What about the food cost?", "Have you used those 2000
steps anywhere?"), counted twice ("You have taken 200 off twice"), one that stands after
praise ("There's just one error"), praise for persevering, what the student did or found named
instead of what was asked ("That's adding them.", "That's the perimeter, not the area.", "You
found the cost of one, we need all 5.", "That would be the answer if ..."); and partial credit: "that's only part of it", "half right",
"you're halfway there", "on the right track", "We aren't finished", "It is 2, but ...", a step praised on its
own ("You've correctly worked out the cost of the apples. So how much change ...?", "You're
correct that he had 120 minutes", "Well done for getting to 150 dollars", "a great start"),
the thinking or the method credited before a "but" ("Good thinking, but ...", "Your method
is correct, but ..."), a part or the idea praised ("Good job with the first part", "That's the
right idea! Now ..."). A doubt asked back corrects ("Not sure that's right", "Where did the 42
come from?", "What's 7 times 8 again?"); "No, you're right" confirms, as do "Close enough!",
"That works!", "Mhm", "That's what I got too" and "I got 36 too"; a "but" and a question
naming what to find instead ("Nice work, but what is 15% of 40, not 40% of 15?") corrects
after praise; the tutor's own slip ("my mistake") judges
nothing.
"""

from __future__ import annotations

import re

# the tutor names what the student did or found instead of what was asked: "That's adding
# them.", "That's the perimeter, not the area.", "You found the cost of one, we need all 5.",
# "That would be the answer if ...", "You added them when you should have multiplied" (not
# "That's adding them, good"; "Yes, you added them correctly" is praise)
_NAMED = (
    r"(?:\bthat'?s|\bthat is|\bthis is|\byou(?:'ve| have)? (?:found|got|worked out|calculated|"
    r"given))\s+(?!(?:right|correct|true|it|good|great|fine|ok(?:ay)?|perfect|exactly)\b)"
)
NAMED_INSTEAD = re.compile(
    r"(?:^|[.!?,]\s*)\W*(?:(?:so|hmm+|but|well|oh)\W+)?(?:that'?s|that is|this is)\s+"
    r"(?:just\s+|only\s+)?(?:adding|subtracting|multiplying|dividing|taking away|doubling|"
    r"halving)\b(?![^.!?]*\b(?:good|great|correct|right|well done|perfect|nice|exactly)\b)|"
    rf"{_NAMED}[^.!?,]{{1,50}}?,?\s+(?:and\s+|but\s+)?not\s+(?!only\b|sure\b|quite\b|bad\b|"
    r"right\b|correct\b|\$?\d)(?:the|a|an|how|what|in|for|his|her|their|its)\b|"
    rf"{_NAMED}[^.!?]{{1,60}}?(?:[,;.]\s*|\s+but\s+)(?:but\s+)?(?:the (?:question|problem) "
    r"(?:asks|is asking|wants|asked)|we (?:need|want)|(?:we|you) (?:are|were) asked|it asks)\b|"
    rf"{_NAMED}(?:only|just) (?:the|for|how|what|one|part|half)\b|"
    rf"{_NAMED}(?:the|one|your)\s+[^.!?,]{{1,25}}?\s+only\b(?!\s+(?:if|when|because)\b)|"
    r"\b(?:that|this|it)(?: would|'d) be (?:the (?:right |correct )?answer |right |correct |"
    r"true |\$?\d[\d,.]* )?if\b|"
    r"\b(?:when|but) (?:you|we) (?:should(?:'ve| have)|were (?:supposed|meant) to)\b|"
    r"\byou should(?:'ve| have) (?:\w+ed|done|taken|found|got)\b"
)
# corrections a word of praise before them softens (see `verdicts`: praise that opens the
# turn and goes on to the next step confirms)
OTHER_CORRECTION = re.compile(
    rf"{NAMED_INSTEAD.pattern}|"
    r"\bwhy do you\b|\b(?:don'?t|do not) you think\b|"
    r"\byou(?:'ve| have)? (?:forgotten|left out|overlooked|ignored|not (?:included|counted))\b|"
    r"\byou(?:'ve| have) missed\b|\bmissed (?:something|a step|out)\b|\bforgetting\b|"
    r"\banything (?:you(?:'ve| have) )?(?:forgotten|missed|left out)\b|"
    r"\b(?:is|was|are|were|been|it'?s|that'?s) already (?:included|counted|added|subtracted|"
    r"taken into account|accounted for)\b|"
    r"\brecalculat\w*|\bredo\b|\b(?:calculation|working|sum|division|multiplication|"
    r"subtraction|addition) (?:once )?again\b|"
    r"\bsimpler than (?:that|this)\b|\bovercomplicat\w*|\bgone too far\b|"
    r"\b(?:not|isn'?t|wouldn'?t be) possible\b|\bimpossible\b|"
    r"\b(?:seems|looks) (?:like |to be )?(?:a |an )?(?:small |slight )?(?:problem|issue)\b|"
    r"\bthere(?:'s| is) (?:a |an )?(?:small |slight )?(?:problem|issue)\b|"
    r"\blook at\b[^.!?]{0,40}\bagain\b|\b(?:check|look at|think about) (?:your|the) units\b|"
    r"\b(?:a bit|a little|rather|way) (?:much|many|few)\b|\bincorr?ect\b|"
    # a doubt that points at what is missing or made up: "What about the food cost?", "Where
    # are you getting the information about double windows?", "Have you used those 2000 steps
    # anywhere?", "how is it possible they ended up with 77?", "... 10? It isn't."
    r"(?:^|[.!?]\s+)\W*(?:(?:and|but|ok(?:ay)?|so|hmm+)\W+)?what about\b|"
    # counted twice, or the student's words set against the problem: "You have taken 200 off
    # twice there", "You have said she is 10 now, but ..."
    r"\byou(?:'ve| have)? (?:\w+ed|taken|done|put)\b[^.!?]*\btwice\b|"
    r"\byou(?:'ve| have)? (?:said|written|put)\b[^.!?]*\bbut\b|"
    r"\bwhere (?:are|did|do) you (?:getting|get|find|finding)\b|"
    r"\b(?:don'?t|do not|can'?t|cannot) see (?:that|this|it) in the (?:question|problem)\b|"
    r"\b(?:does|did) (?:the|that) (?:question|problem) not say\b|"
    r"\b(?:doesn'?t|didn'?t) (?:the|that) (?:question|problem) say\b|"
    r"^\W*(?:(?:but|so)\s+)?(?:have|did) you (?:used?|included?|considered|consider|counted|"
    r"count|taken? into account|accounted for|remembered|factored)\b[^.!?]*\?|"
    r"^\W*(?:(?:but|so)\s+)?(?:have|did) you\b[^.!?]*\bcorrectly\b(?:[^.!?]|\.\d)*\?|"
    r"\bhow is (?:it|that|this) (?:even )?possible\b|\bit (?:isn'?t|is not)\s*[.!]*\s*$|"
    r"\b(?:cannot|can'?t|could not|couldn'?t) be (?:less|more|smaller|bigger|greater|larger|"
    r"fewer|higher|lower) than\b|\bdoes (?:it|that|this) (?:really )?make sense that\b|"
    r"\bdifferent (?:approach|strategy|starting point|method)\b|"
    # "We are going to look at this in a slightly different way than the way you have"
    r"\bdifferent(?:ly)? (?:way )?(?:than|from) (?:the way )?(?:you|your)\b|"
    r"\b(?:easier|simpler) (?:way|method)\b|"
    r"\byou(?:'ve| have)? only (?:added|counted|included|calculated|multiplied|subtracted|"
    r"divided|found|worked out|used)\b|"
    r"\byou (?:might|may) be confused\b|\byou(?:'re| are) (?:a bit |a little )?confused\b|"
    # a doubt asked back: "Not sure that's right", "Where did the 42 come from?", "What's 7
    # times 8 again?", "I'm getting a different number"
    r"\bnot (?:so |too |really |quite )?sure (?:(?:that'?s|that is|it'?s|it is|this is) "
    r"(?:quite |totally )?(?:right|correct)\b|about (?:that|this)\b)|"
    r"\bwhere did (?:the|that|this|your|those|these)\b[^.!?]{0,30}\bcome from\b|"
    r"\bwhere did you get (?:that|this|the|those|these|\$?\d)|"
    r"\bwhat(?:'s| is| are)\b[^.!?]*\d[^.!?]*\bagain\?|"
    r"\bi(?:'m| am)? (?:getting|get|got|have)\b[^.!?]{0,15}\bdifferent (?:answer|number|result|"
    r"value|total|one)\b"
)
# partial credit, which praise does not undo: "Good, but that's only part of it"
PARTIAL_CREDIT = re.compile(
    r"\b(?:only|just|that'?s|that is|it'?s|is) (?:a |one )?(?:part|half) of (?:it|the answer)\b|"
    r"\bhalf (?:right|correct)\b|\bpart(?:ly|ially) (?:right|correct)\b|"
    r"\bhalf ?way there\b|\bnearly (?:right|correct)\b|\bexcept (?:for|that)\b|"
    # a start is not the end: "You've made a great start", "you have started off well here"
    r"\b(?:good|great|nice|excellent|fantastic|solid|strong) start\b(?! to the)|"
    r"\bstarted (?:off |the \w+ |this |it )?(?:well|correctly|right)\b|"
    # on the way, not there yet: "on the right track", "We aren't finished", "many things right"
    r"\bon (?:the right )?(?:track|lines)\b|\b(?:not|aren'?t|isn'?t) (?:quite )?(?:finished|done|"
    r"there) yet\b|\b(?:we|you)(?:'re| are)? (?:not|aren'?t) (?:quite )?(?:finished|done)\b|"
    r"\b(?:many|most|some) (?:things|steps|parts) (?:right|correct)\b|"
    # the value granted, then what it is not: "It is 2, but remember that's the money left"
    r"^\W*(?:yes,?\s*)?(?:it|that)(?:'s| is) (?:indeed )?\$?\d[\d,.]*(?:\s*[a-z%]+)?,?\s*but\b"
)
# corrections that stand after a word of praise: "that doesnt seem to be correct", "Well done.
# There's just one error", "Very good. But why have you added 36 and 30?"
STRONG_OTHER = re.compile(
    r"\b(?:doesn'?t|does not|don'?t|do not) (?:seem|look|sound) (?:to be |like )?(?:right|"
    r"correct)\b|\b(?:there(?:'s| is| are)|you(?:'ve| have) made) (?:just |only )?(?:one|two|a "
    r"small|a minor|a slight|a tiny) (?:errors?|slips?)\b|"
    r"\bbut\b[^.!?]*\bwhy (?:have|did|do|would) you\b|"
    r"\b(?:isn'?t|is not) (?:quite|really|exactly|entirely) (?:right|correct)\b|"
    # praise for keeping at it, not for the answer: "well done to persevere", "for sticking
    # with it", "for not giving up"
    r"\bpersever\w*|\bfor (?:sticking (?:with|at) it|not giving up|keeping (?:at|going))\b|"
    # a step sent back after praise: "Great job setting it up! The last step needs another look."
    r"\b(?:needs?|could use|is worth|deserves?) (?:another|a second|a closer) look\b|"
    # a "but" and a question naming what to find instead: "Nice work, but what is 15% of 40,
    # not 40% of 15?" (not "but what's the next step?")
    r"\bbut\b[^.!?]*(?:,|\band)\s*not\s+(?!only\b|just\b|sure\b|quite\b|yet\b)[^.!?]*\?"
)
# the thinking, the start or the method credited, then what is missing: "Good thinking, but
# ...", "I like your thinking, however ...", "Your method is correct, but ..."
_APPROACH_CREDITED = re.compile(
    r"(?:\b(?:good|great|nice|excellent|interesting|lovely|fantastic|solid) (?:thinking|idea|"
    r"thought|start|approach|reasoning|method)|\bi (?:like|love) (?:your|the|how)\b|"
    r"\b(?:your|the) (?:thinking|idea|approach|reasoning|method)(?: \w+)? (?:is|was|looks) "
    r"(?:correct|right|good|fine|great|sound)\b)[^.!?]{0,40}?[,.!]?\s*\b(?:but|however)\b"
)
# a step praised on its own: "You've correctly worked out ...", "you have calculated the
# treats correctly", "well done on correctly doing steps 1 and 2" (not "everything correctly")
_STEP_PRAISED = re.compile(
    r"\b(?:correctly|rightly|accurately) (?!\w+ (?:everything|it all|all of it)\b)"
    r"(?:\w+ed|doing|done|found|got|said|told|worked out|identified)\b|"
    # "You're correct that he had 120 minutes", "well done for getting to 150 dollars"
    r"\byou(?:'re| are| were) (?:right|correct) (?:in|that|when|about|to)\b|"
    r"\b(?:i|we) agree (?:with (?:you|your)|that)\b|"
    r"\b(?:well done|good job|great job|nice work|good work|great work) (?:for|on) (?:getting to|"
    r"identifying|finding|working out|calculating|noticing|realising|realizing)\b"
    r"(?![^.!?]*\b(?:mistakes?|errors?|slips?)\b)|"
    r"\byou(?:'ve| have)? (?:\w+ed|found|got|worked out|done)\b(?! everything\b)"
    r"[^.!?]{0,60}?\bcorrectly\b|"
    # a part or the idea: "Good job with the first part", "Nice work setting it up", "That's
    # the right idea! Now ..."
    r"\b(?:good|great|nice) (?:job|work) (?:(?:on|with) (?:the |your )?(?:first|second|third|"
    r"1st|2nd|3rd|last|next) (?:part|step|half|bit)|setting (?:it|this|that|the \w+) up)\b|"
    r"\b(?:right|correct) (?:idea|approach|method|strategy|thinking)\b"
)
# the whole answer confirmed besides: "Right! I agree with your strategy ...", "and your
# answer is correct!", "so that's the answer"
_WHOLE_CONFIRMED = re.compile(
    r"^\W*(?:right|correct|yes|yep|exactly)\b(?! (?:idea|approach|method|strategy|thinking)\b)|"
    r"\b(?:your |the |that )?(?:final )?answer is (?:correct|right)\b|"
    r"\bthat'?s (?:right|correct|the answer|it)\b|"
    r"\byou(?:'?re| are) (?:right|correct)\b(?! (?:in|that|when|about|to)\b)|"
    r"\b(?:exactly|spot on|perfect)\b|\beverything correctly\b|\b(?:right|correct) answer\b"
)


def partial_credit(lowered: str) -> bool:
    """A tutor turn (lowercased) that gives credit for part of the answer only."""
    if PARTIAL_CREDIT.search(lowered) or _APPROACH_CREDITED.search(lowered):
        return True
    # "Have you correctly divided both sides by 0.1?" asks, it praises nothing
    praised = any(
        _STEP_PRAISED.search(x) and not _ASKS_WHETHER.match(x)
        for x in SENTENCE_BREAK.split(lowered)
    )
    return praised and not _WHOLE_CONFIRMED.search(lowered)


SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")  # between the sentences of a turn
_ASKS_WHETHER = re.compile(r"\W*(?:have|did|do|are|were|is|was) (?:you|it|that|this)\b")


# chat shorthand for a verdict, said as the words the verdict patterns read: a thumbs-up or a
# tick confirms, a cross or a thumbs-down corrects; "yup", "yesss", "gj", "you bet" confirm;
# "nah", "hmm, no", "way off", "not even close", a bare "Close!" correct
_CHAT_VERDICTS = [
    (
        re.compile(
            "[\U0001f44d\u2705\u2714\u2713\U0001f4af\U0001f44f\U0001f389\U0001f64c\U0001f44c]"
            "\ufe0f?"
        ),
        " well done. ",
    ),
    (re.compile("[\u274c\u2717\u2718\u2716\U0001f44e]\ufe0f?"), " not quite. "),
    (re.compile(r"\b(?:yup|yess+|yass+|ya+s+|you bet)\b"), "yes"),
    (re.compile(r"\bgj\b"), "good job"),
    (re.compile(r"^\W*(?:(?:hm+|um+|uh+|erm?|well)\W+)+no\b"), "no,"),
    (re.compile(r"^\W*nah\b"), "no,"),
    (re.compile(r"\b(?:mhm+|mm+-?hm+|uh-?huh)\b"), "yes"),
    # the tutor's own result, the same: "I got 36 too!", "I'm getting 36 as well"
    (
        re.compile(
            r"\bi(?:'m| am)? (?:got|get|getting|have) \$?\d[\d,.]*(?:/\d+)?(?:\s*[a-z%]+)? "
            r"(?:too|as well|also)\b"
        ),
        "that's right",
    ),
    # "Close enough!", "That works!", "That's what I got too": the answer is accepted
    (re.compile(r"(?<!not )(?<!n't )\bclose enough\b"), "well done"),
    (
        re.compile(
            r"(?:^|(?<=[.!?,]\s)|(?<=[.!?,]))\W*(?:(?:yes|yep|great|good|ok(?:ay)?|perfect|sure)\W+)?"
            r"(?:that|this|it) (?:works|will work|'ll work)\b(?! (?:if|out|for|with|when|by)\b)"
        ),
        " that's right",
    ),
    (
        re.compile(
            r"\b(?:that'?s|that is|same as) what i (?:got|get|have)\b|\bi got (?:the same|that too)\b|"
            r"\bsame (?:answer )?as (?:me|mine)\b"
        ),
        "that's right",
    ),
    # a "no" before a confirmation denies the doubt, not the answer: "No, you're right", "Nah,
    # that's correct", "No no, it's right"
    (
        re.compile(
            r"^\W*(?:(?:oh|ah|hm+)\W+)?(?:(?:no|nope)\b\W*)+(?=(?:(?:actually|i think|sorry)\W+)*"
            r"(?:(?:you|that|it|this)(?:'re|'s| are| is| were| was)\s+(?:(?:totally|absolutely|"
            r"quite|completely|actually|definitely|perfectly|so|exactly)\s+)?(?:right|correct)\b"
            r"(?!\s+(?:for|about|that|in|to|when|if|there|here)\b)|you(?:'ve)? got it\b))"
        ),
        "",
    ),
    # "you're totally right", "that's absolutely correct": the verdict without its adverb
    (
        re.compile(
            r"\b(you'?re|you are|that'?s|that is|it'?s|it is) (?:totally|absolutely|completely|"
            r"definitely|perfectly|100%|so|quite) (right|correct)\b"
        ),
        r"\1 \2",
    ),
    # the tutor's own slip says nothing of the answer: "my mistake", "my bad", "I misread" (not
    # asked: "What was my mistake?" voices the student's slip)
    (
        re.compile(
            r"\b(?:my (?:own )?(?:mistake|bad|error|fault)|i (?:misread|misunderstood))\b"
            r"(?![^.!?]*\?)"
        ),
        " ",
    ),
    (
        re.compile(r"\b(?:not even close|way off|(?:way|far) too (?:high|low|big|small))\b"),
        "not quite",
    ),
    (re.compile(r"^\W*(?:close|nearly)\s*[.!]+"), "so close!"),
]


def chat_verdict_words(lowered: str) -> str:
    """A lowercased tutor turn with its chat shorthand for a verdict said in words."""
    for pattern, words in _CHAT_VERDICTS:
        lowered = pattern.sub(words, lowered)
    return lowered
