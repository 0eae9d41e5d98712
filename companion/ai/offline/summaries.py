"""Extractive summaries and evidence sentences, always quoted verbatim from the transcript."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from companion.ai.offline.matching import STOPWORDS, tokenize
from companion.ai.offline.transcripts import Turn

# a sentence ends at . ! ? (plus closing quotes) before a space or the end, so "3.5" stays whole
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


def compose_summary(subject: str, worked_on: list[str], quotes: list[Sentence]) -> str:
    """An opening line naming the subject and concepts, then up to three quoted sentences."""
    if worked_on:
        listed = worked_on[0] if len(worked_on) == 1 else ", ".join(worked_on[:-1])
        if len(worked_on) > 1:
            listed += f" and {worked_on[-1]}"
        opening = f"{subject} session working on {listed}."
    else:
        opening = f"{subject} session."
    parts = [opening]
    for sentence in quotes[:3]:
        who = {"tutor": "The tutor: ", "student": "The student: "}.get(sentence.role, "")
        end = "" if sentence.text[-1:] in ".!?" else "."
        parts.append(f'{who}"{sentence.text}"{end}')
    return " ".join(parts)
