"""Key points: what the session worked on and confirmed, each under the one concept it is about.

A key point is a verbatim sentence: a statement the tutor explains with ("Exactly, we want to
isolate the variable." too), or, where the tutor stated nothing about the concept, a sentence
of an answer the tutor confirmed. Questions, bare verdicts ("That's right!"), classroom talk
("Let me explain it to you", "+1 point"), the next problem announced ("Next one: ..."),
anything the tutor corrected and any false working ("200 + 300 = 450", whoever wrote it) are
never key points, nor is a student looking back on their mistake ("I initially thought
..."), the tutor's planted mistake ("Can you spot my error?") or the problem's own data ("A
train travels 60 miles per hour for 3 hours."). A sentence belongs to the concept whose terms
or computation it uses most (the concept found strongest breaks a tie); a sentence about none
of them is no key point. A session with nothing confirmed and no explanation has none.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from companion.ai.offline.answertrail import Attempt
from companion.ai.offline.cues import topic_cues, without_scoring
from companion.ai.offline.masterytrace import CORRECTED
from companion.ai.offline.matching import STOPWORDS, PhraseIndex, tokenize
from companion.ai.offline.notationskills import notation_skills
from companion.ai.offline.sentencekinds import asks, is_talk, leaves_step, names_only, sets_task
from companion.ai.offline.skills import session_skills
from companion.ai.offline.summaries import Sentence, overlap
from companion.ai.offline.textmemo import per_text
from companion.ai.offline.tutorfeedback import false_working, judges_wrong
from companion.ai.offline.verdicts import reaction, without_correction

LIMIT = 3
KEYWORD_WEIGHT = 0.6  # a single keyword's weight in the phrase index (matching.build_index)
_DIGIT = re.compile(r"\d")
# answers the tutor confirmed (moving on from an answer does not make it right)
CONFIRMED = ("right", "right_after_correction", "hedged", "guided")
# the tutor's deliberate mistake, set for the student to find: "I solved it like this: 5 + 6
# = 11 eggs. Can you spot my error?"; none of that turn is a point
_PLANTED = re.compile(
    r"\b(?:spot|find|catch|see|notice|fix)\s+(?:my|the|an?)\s+(?:\w+\s+)?(?:error|mistake)s?\b|"
    r"\bwhat did i do wrong\b|\bwhere did i go wrong\b|\bwhat(?:'s| is) wrong with my\b",
    re.I,
)
# a sentence that reasons or computes, not one that only gives the problem's numbers
_REASONS = re.compile(
    r"=|<(?!-)|(?<![-=])>|\b(?:so|because|since|means|mean|always|never|remember|rule|therefore|equals|"
    r"when|if|then)\b",
    re.I,
)
# the student looking back on the mistake repeats the wrong reasoning
_LOOKING_BACK = re.compile(
    r"\b(?:initially|at first|originally|mistake|error|miscalculat\w*|instead of|should have|"
    r"forgot|went wrong|i thought|i assumed|was wrong)\b",
    re.I,
)


def about(text: str, index: PhraseIndex, chosen: Iterable[str]) -> Counter[str]:
    """How strongly a text is about each chosen concept: its terms (2 for a single keyword,
    more for a concept's own name or a term of several words, "limiting reactant" over the
    "moles" any chemistry answer says) and computing (1)."""
    wanted = set(chosen)
    hits: Counter[str] = Counter()
    for phrase in set(index.scan(tokenize(without_scoring(text)))):
        for cid, weight in index.owners(phrase).items():
            if cid in wanted:
                hits[cid] += round(2 * max(1.0, weight / KEYWORD_WEIGHT))
    for cid in _skills(text):
        if cid in wanted:
            hits[cid] += 1
    return hits


def computed(text: str) -> frozenset[str]:
    """The skills one text computes with or writes."""
    return _skills(text)


@per_text
def _skills(text: str) -> frozenset[str]:
    """The skills one text computes with or writes; computing always needs a number, so a
    text without one is read for its notation and problem shape only (the same result, cheaper)."""
    if _DIGIT.search(text):
        return frozenset(session_skills([text], has_terms=True)[0])
    return frozenset([*notation_skills([text]), *topic_cues([text])])


def best_concept(hits: Counter[str], chosen: list[str]) -> str | None:
    """The concept a text is most about; the one found strongest breaks a tie."""
    ranked = [cid for cid in chosen if hits.get(cid)]
    return max(ranked, key=lambda cid: (hits[cid], -chosen.index(cid))) if ranked else None


def session_points(
    sentences: list[Sentence],
    attempts: list[Attempt],
    index: PhraseIndex,
    chosen: list[str],
    concept_turns: dict[str, list[int]],
) -> dict[str, list[str]]:
    """Concept -> its key points (at most `LIMIT`, in transcript order).

    Only turns that use a chosen concept's terms or skills (`concept_turns`) are read.
    """
    active = {t for cid in chosen for t in concept_turns.get(cid, [])}
    confirmed = {a.turn for a in attempts if a.outcome in CONFIRMED}
    corrected_turns = {a.turn for a in attempts if a.outcome in (*CORRECTED, "confused")}
    # a sentence the student also said in a corrected answer was corrected, wherever it recurs
    corrected = {s.text for s in sentences if s.turn in corrected_turns}
    planted = {s.turn for s in sentences if s.role == "tutor" and _PLANTED.search(s.text)}
    givens = _givens(sentences)
    by_concept: dict[str, list[tuple[float, int, Sentence]]] = {cid: [] for cid in chosen}
    carried: dict[str, list[tuple[float, int, Sentence]]] = {cid: [] for cid in chosen}
    asked: str | None = None  # the concept of the tutor's latest question: the problem worked on
    before: tuple[int, str | None] = (-1, None)  # the previous sentence's turn and concept
    question: tuple[int, str | None] = (-1, None)  # the tutor's latest question: turn, concept
    for order, sentence in enumerate(sentences):
        carries = _carries_on(sentence, question)
        if sentence.turn not in active and not carries:
            continue
        hits = about(sentence.text, index, chosen)
        # the question's concept, for a sentence of the feedback on it
        topic = question[1] if carries and sentence.turn > question[0] else None
        if topic and hits and topic not in hits and max(hits.values()) <= 2:
            hits[topic] = 2  # one word in passing ("so it prints 0 1 2") ties with it
        if asked is not None and asked in hits:
            hits[asked] += 2  # the problem being worked on: as if its term were said again
        cid = best_concept(hits, chosen)
        if cid is not None and asked is not None and hits[asked] == hits[cid]:
            cid = asked  # and wins a tie
        if cid is None and before[0] == sentence.turn and _GOES_ON.match(sentence.text):
            cid = before[1]  # "It takes in carbon dioxide ...": the same concept goes on
            if cid is not None:
                hits[cid] += 1
        if sentence.role == "tutor" and asks(sentence.text):
            # "Let's balance chemical equations. How do you balance H2 + O2 -> H2O?": a question
            # that names no concept asks about the one its turn set up
            named = cid if cid is not None else before[1] if before[0] == sentence.turn else None
            asked = cid or asked
            question = (sentence.turn, named)
        before = (sentence.turn, cid)
        if sentence.text in corrected or sentence.turn in planted or order in givens:
            continue
        if cid is None and topic:
            # "Not quite. range(5) stops before 5.": feedback teaching the question's concept
            _carried(carried, topic, order, _taught(sentence, None), confirmed)
            continue
        sentence = _taught(sentence, sentences[order - 1] if order else None)
        if cid is not None and _candidate(sentence, confirmed):
            by_concept[cid].append((_weight(sentence, hits[cid]), order, sentence))
    return {cid: _best(_taught_first(found) or carried[cid]) for cid, found in by_concept.items()}


def _carries_on(sentence: Sentence, question: tuple[int, str | None]) -> bool:
    """A tutor sentence in the feedback on the tutor's question (the question, the student's
    answer, this turn) is about the question's concept when it names none itself."""
    return sentence.role == "tutor" and question[1] is not None and sentence.turn - question[0] <= 2


def _carried(
    by_concept: dict[str, list[tuple[float, int, Sentence]]],
    cid: str,
    order: int,
    sentence: Sentence,
    confirmed: set[int],
) -> None:
    """A point about the question's concept that names no term of it: the weakest kind, shown
    only where the concept has no other."""
    rest = _PRAISE_FIRST.sub("", sentence.text, count=1)
    if asks(rest) or _NAMING.match(rest):
        return  # "Great job, that's the accumulator pattern.": a verdict and a name
    if _candidate(sentence, confirmed):
        by_concept[cid].append((_weight(sentence, 0), order, sentence))


# a sentence that only names what the student did: "that's the accumulator pattern."
_NAMING = re.compile(
    r"^\W*(?:that(?:'s| is)|this is|it's|it is|called)\s+[^,;:]{0,40}[.!]?\s*$", re.I
)


def _taught_first(found: list[tuple[float, int, Sentence]]) -> list[tuple[float, int, Sentence]]:
    """What the tutor taught about a concept is its point; the student's confirmed answers
    ("Then 5x = 2x + 15.") are one only when the tutor stated nothing about it."""
    taught = [f for f in found if f[2].role == "tutor"]
    return taught or found


def _taught(sentence: Sentence, before: Sentence | None) -> Sentence:
    """A tutor sentence without the correction it opens with ("Not quite, the 2 multiplies
    both terms" teaches "The 2 multiplies both terms"), nor its "But" after a bare "Good try!";
    what it then says of the answer ("Not quite, that was ...") stays a correction."""
    if sentence.role != "tutor":
        return sentence
    bare = (
        before is not None
        and before.turn == sentence.turn
        and len(before.tokens) <= 4
        and reaction(before.text) == "wrong"
    )
    text = without_correction(sentence.text, after_correction=bare)
    if text == sentence.text:
        return sentence
    if _BACK_TO_ANSWER.match(text):
        return sentence  # "Not quite, that was the Three-Fifths Compromise": about the answer
    return replace(sentence, text=text, tokens=tokenize(text))


# a sentence that goes on about what the one before it named: "It takes in carbon dioxide ..."
_GOES_ON = re.compile(r"^\W*(?:it|they|this process|this)\s+(?!is\b|was\b|'s\b)\w+", re.I)
# what a correction says of the student's answer: "that was ...", "this is ...", "it's ..."
_BACK_TO_ANSWER = re.compile(r"\W*(?:that|this|it)(?:'s|\s+(?:is|was))\b", re.I)


def _givens(sentences: list[Sentence]) -> set[int]:
    """The problem's data, stated before the tutor asks about it ("A train travels 60 miles per
    hour for 3 hours. How far does it go?"), also when an order closes the turn ("... How many
    are left? Walk me through your solution."): the task, no point. A sentence that reasons
    ("8 is 5 or more, so we round up") or computes ("4 x 3 = 12") explains and stays."""
    out: set[int] = set()
    for k, sentence in enumerate(sentences):
        if sentence.role != "tutor" or not _DIGIT.search(sentence.text):
            continue
        rest = [s for s in sentences[k + 1 :] if s.turn == sentence.turn]
        if any(asks(x.text) for x in rest) and not _REASONS.search(sentence.text):
            out.add(k)
    return out


def _candidate(sentence: Sentence, confirmed: set[int]) -> bool:
    text = sentence.text
    if asks(text) or sets_task(text) or is_talk(text):
        return False
    if without_scoring(text) != text:
        return False
    if len(sentence.tokens) < 4:
        return False
    if len(sentence.tokens) <= 8 and reaction(text) and not _teaches_after_praise(text):
        return False  # "That's right, well done!" judges, it teaches nothing
    if names_only(text):
        return False  # "Yes, that's the distributive property.": a name, nothing taught
    if leaves_step(text):
        return False  # a step left to the student, an order: no fact yet
    if sentence.role == "student":
        kept = sentence.turn in confirmed and not _LOOKING_BACK.search(text)
    else:
        kept = len(sentence.tokens) >= 5 and not judges_wrong(text)
    # "200 + 300 = 450" is never a point, whoever wrote it (checked last: it runs sympy)
    return kept and not false_working(text)


# a word of praise that opens a sentence: "Exactly, we want to isolate the variable."
_PRAISE_FIRST = re.compile(
    r"^\W*(?:exactly|yes|yep|correct|right|great|good|perfect|excellent|nice|well done)\b[,.!:]*\s*",
    re.I,
)


def _teaches_after_praise(text: str) -> bool:
    """A confirmation that goes on to state something ("Exactly, we want to isolate the
    variable."), not a bare verdict ("That's right, well done!")."""
    rest = _PRAISE_FIRST.sub("", text, count=1)
    if _YOU_DID.match(rest):
        return False  # "Excellent, you used 11:00 as a landmark.": praise for what they did
    return rest != text and len(tokenize(rest)) >= 4 and reaction(rest) is None


_YOU_DID = re.compile(r"\W*you(?:'ve| have)? (?:\w+ly )?\w+ed\b", re.I)


def _weight(sentence: Sentence, hits: int) -> float:
    words = len(sentence.tokens)
    score = hits + (1.0 if sentence.role == "tutor" else 1.2)
    if words > 45:
        score *= 0.5
    return score


def _best(found: list[tuple[float, int, Sentence]]) -> list[str]:
    chosen: list[tuple[int, Sentence]] = []
    for _, order, sentence in sorted(found, key=lambda f: (-f[0], f[1])):
        # compared by their content words: "the", "in" and "a" make no two sentences alike
        tokens = set(sentence.tokens) - STOPWORDS
        if all(not _repeats(tokens, set(s.tokens) - STOPWORDS) for _, s in chosen):
            chosen.append((order, sentence))
        if len(chosen) == LIMIT:
            break
    return [s.text for _, s in sorted(chosen, key=lambda c: c[0])]


def _repeats(a: set[str], b: set[str]) -> bool:
    """Two sentences that say the same: most words shared, or one held in the other ("But she
    wants 20 more than double." and "Super, and remember she wants 20 more than double.")."""
    shared = len(a & b)
    return overlap(a, b) >= 0.6 or shared >= 0.75 * min(len(a), len(b))
