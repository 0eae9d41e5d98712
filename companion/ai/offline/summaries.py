"""Extractive summaries and evidence sentences, always quoted verbatim from the transcript."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from companion.ai.offline.attempts import SCORE, UNJUDGED, Attempt
from companion.ai.offline.matching import STOPWORDS, PhraseIndex, tokenize
from companion.ai.offline.transcripts import Turn
from companion.ai.offline.verdicts import reaction
from companion.ai.schemas import ConceptAnalysis

# a sentence ends at . ! ? (plus closing quotes) before a space or the end, so "3.5" stays whole
_SCORING = re.compile(r"\bpoints?\b|\beffort\b", re.I)
_SENTENCE = re.compile(r"\S.*?(?:[.!?]+[\"')\]]*(?=\s|\Z)|(?=\n)|\Z)", re.S)


@dataclass(frozen=True)
class Sentence:
    text: str  # an exact substring of the turn's text
    turn: int
    role: str
    tokens: list[str]


def split_sentences(text: str) -> list[str]:
    """Sentences of a text, each an exact substring of it."""
    return [m.group().strip() for m in _SENTENCE.finditer(text) if m.group().strip()]


def sentences_of(turns: list[Turn]) -> list[Sentence]:
    """Every sentence of every turn, tokenised once for matching and scoring."""
    return [
        Sentence(text=text, turn=i, role=turn.role, tokens=tokenize(text))
        for i, turn in enumerate(turns)
        for text in split_sentences(turn.text)
    ]


def _evidence_score(sentence: Sentence, hits: int) -> float:
    words = len(sentence.tokens)
    score = hits + (1.0 if sentence.role == "tutor" else 0.8)
    if words < 5:
        score *= 0.3  # "Yes, slope." proves little
    elif words > 45:
        score *= 0.5
    if sentence.text.endswith("?"):
        score *= 0.6
    return score


def key_points(candidates: Iterable[tuple[Sentence, int]], *, limit: int = 3) -> list[str]:
    """The best evidence sentences (sentence, number of hits), in transcript order."""
    ranked = sorted(enumerate(candidates), key=lambda item: (-_evidence_score(*item[1]), item[0]))
    chosen: list[tuple[int, str]] = []
    for order, (sentence, _) in ranked:
        if len(chosen) == limit:
            break
        if all(sentence.text != text for _, text in chosen):
            chosen.append((order, sentence.text))
    return [text for _, text in sorted(chosen)]


def concept_points(
    cid: str,
    sentences: list[Sentence],
    phrases: list[list[tuple[str, ...]]],
    index: PhraseIndex,
    chosen: list[str],
    corrected: set[int],
) -> list[str]:
    """Sentences that teach this concept more than any other; never a corrected statement."""
    candidates = []
    for sentence, found in zip(sentences, phrases, strict=True):
        if sentence.turn in corrected:
            continue
        hits = {c: sum(1 for p in set(found) if c in index.owners(p)) for c in chosen}
        if hits.get(cid) and hits[cid] == max(hits.values()):
            best = [c for c in chosen if hits[c] == hits[cid]]
            if best[0] == cid:
                candidates.append((sentence, hits[cid]))
    return key_points(candidates)


def central_sentences(
    sentences: list[Sentence], *, focus: set[int], limit: int = 3
) -> list[Sentence]:
    """The sentences closest to the transcript's tf-idf centroid, favouring `focus` indices."""
    content = [[t for t in s.tokens if t not in STOPWORDS and len(t) > 2] for s in sentences]
    df = Counter(t for words in content for t in set(words))
    n = len(sentences) or 1
    idf = {t: math.log(1 + n / d) for t, d in df.items()}
    centroid: defaultdict[str, float] = defaultdict(float)
    for words in content:
        for t in words:
            centroid[t] += idf[t]
    scored = []
    for i, (sentence, words) in enumerate(zip(sentences, content, strict=True)):
        if not 6 <= len(sentence.tokens) <= 40 or sentence.text.endswith("?"):
            continue
        norm = math.sqrt(sum(idf[t] ** 2 for t in words)) or 1.0
        score = sum(idf[t] * centroid[t] for t in set(words)) / norm
        score *= (1.5 if i in focus else 1.0) * (1.2 if sentence.role == "tutor" else 1.0)
        scored.append((score, i))
    chosen: list[int] = []
    for _, i in sorted(scored, reverse=True):
        tokens = set(sentences[i].tokens)
        if all(_overlap(tokens, set(sentences[j].tokens)) < 0.5 for j in chosen):
            chosen.append(i)
        if len(chosen) == limit:
            break
    return [sentences[i] for i in sorted(chosen)]


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / (len(a | b) or 1)


def misconceptions(turns: list[Turn], attempts: list[Attempt], *, limit: int = 3) -> list[str]:
    """'You first thought "..." — the fix was "..."' for each corrected answer, quoted verbatim."""
    out: list[str] = []
    for k, attempt in enumerate(attempts):
        if attempt.outcome != "wrong" or attempt.reply is None:
            continue
        thought = _quote(turns[attempt.turn].text)
        fix = _fix(turns, attempt.reply) or _later_right(turns, attempts[k + 1 :])
        verb = "thought" if len(thought.split()) >= 3 else "answered"
        line = f"You first {verb} \u201c{thought}\u201d \u2014 " + (
            f"the fix was \u201c{fix}\u201d{'' if fix[-1:] in '.!?' else '.'}"
            if fix
            else "it was corrected but not yet resolved."
        )
        if thought and line not in out:
            out.append(line)
        if len(out) == limit:
            break
    return out


def _quote(text: str, *, limit: int = 200) -> str:
    """The turn itself when short, else its first sentence with a number or real content."""
    text = text.strip()
    if len(text) <= limit:
        return text
    sentences = split_sentences(text)
    substantive = [s for s in sentences if any(ch.isdigit() for ch in s) or len(s.split()) >= 5]
    return (substantive or sentences or [text])[0][: limit * 2]


def _fix(turns: list[Turn], reply: int) -> str:
    """The first explaining sentence of the tutor's reply (not the bare "Not quite.")."""
    for turn in turns[reply : reply + 3]:
        if turn.role == "student":
            break
        for sentence in split_sentences(turn.text):
            tokens = tokenize(sentence)
            verdict_only = reaction(sentence) and (len(tokens) <= 8 or _SCORING.search(sentence))
            if len(tokens) >= 5 and not sentence.endswith("?") and not verdict_only:
                return sentence
    return ""


def _later_right(turns: list[Turn], later: list[Attempt]) -> str:
    for attempt in later:
        if attempt.outcome in ("right", "right_after_correction", "hedged"):
            return _quote(turns[attempt.turn].text)
    return ""


def compose_summary(
    subject: str, concepts: list[ConceptAnalysis], attempts: dict[str, list[Attempt]]
) -> str:
    """What was worked on, where the student struggled and what resolved it."""
    names = [c.name for c in concepts]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"
    parts = [f"{subject} session working on {listed}." if names else f"{subject} session."]
    struggled = [c for c in concepts if c.misconceptions]
    quoted: set[str] = set()
    for concept in struggled[:2]:
        if concept.misconceptions[0] in quoted:
            continue  # one answer corrected once is one struggle, whatever concepts it touches
        quoted.add(concept.misconceptions[0])
        tries = [a for a in attempts.get(concept.name, []) if a.outcome not in UNJUDGED]
        ended = "resolved by the end" if tries and SCORE[tries[-1].outcome] > 0 else "still open"
        parts.append(
            f"The student struggled with {concept.name} ({ended}): {concept.misconceptions[0]}"
        )
    confused = [
        c.name for c in concepts if any(a.outcome == "confused" for a in attempts.get(c.name, []))
    ]
    if confused and not struggled:
        parts.append(f"The student said they were unsure about {confused[0]}.")
    right = [
        c.name for c in concepts if c not in struggled and _all_right(attempts.get(c.name, []))
    ]
    if right:
        parts.append(f"Answers on {', '.join(right[:3])} were confirmed without corrections.")
    if not any(a.outcome != "confused" for tries in attempts.values() for a in tries):
        parts.append("No answer was checked by the tutor, so mastery is not measured yet.")
    return " ".join(parts)


def _all_right(tries: list[Attempt]) -> bool:
    judged = [a for a in tries if a.outcome not in UNJUDGED]
    return bool(judged) and all(SCORE[a.outcome] > 0 for a in judged)
