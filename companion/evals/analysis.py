"""Transcript analysis on real tutoring data: topics found, subjects, junk concepts, mastery.

How each figure is judged (decided once here, never per example):
- bridge: a Bridge excerpt becomes a `Tutor:/Student:` transcript of what was said in the
  session: the logged history `c_h` and the tutor's logged reply `c_r`. `c_r_` and
  `c_revision` are left out: they are an expert's rewrite of the reply written afterwards,
  not the session, and would hand the engine words the tutor never said. The transcript is
  analysed with the subject the uploader would give ("Math"). The lesson topic counts as
  found when one of the top-5 concepts is a knowledge-base concept that
  `evals/_topics.py` assigns to the lesson's topic name (code and "(Review)" stripped).
  Many excerpts are only "Is that your final answer? / yes / good try" or a bare number;
  for them "No clear topic found" is the right answer, and they count as misses.
- openstax-subject: a problem becomes a short exchange (the tutor poses the title and the
  first step, the student answers, the tutor gives the first hint), analysed without a
  subject; right when the subject is one the course covers (`COURSE_SUBJECTS`).
- mathdial: each dialogue without a subject; subject right when it is a math subject.
  Mastery separates dialogues the teacher rated solved ("Yes") from the rest ("No", or
  solved only after the teacher revealed the answer): AUC of the mean measured mastery.
- junk: concepts named by a stop-list word (politeness, fillers, scoring talk) or by a
  person's name (every speaker, and the student named in MathDial's profile).
"""

from __future__ import annotations

import re
from pathlib import Path

from companion.ai.kb import load_kb
from companion.ai.offline.analysis import analyze
from companion.ai.schemas import TranscriptAnalysis
from companion.evals import Figure, read_jsonl, suite
from companion.evals._courses import COURSE_SUBJECTS
from companion.evals._topics import topic_concepts

BRIDGE = "bridge_train_validation.jsonl"
OPENSTAX = "oatutor_openstax_dev2000.jsonl"
MATHDIAL = "mathdial_dev.jsonl"
TOP = 5

_JUNK_TEXT = """please thanks thank you welcome hello hi hey bye goodbye okay ok yes no yeah sure sorry
    plus point points score keep going great good nice job excellent awesome perfect correct
    wow well done try effort answer question final tutor teacher student session today um uh
    hmm alright cool fine right wrong let us next"""
JUNK_WORDS = frozenset(_JUNK_TEXT.split())
_MOVE = re.compile(r"^\((\w+)\)\s*")
_LATEX = [
    (re.compile(r"\$\$"), ""),
    (re.compile(r"\\frac\{([^{}]*)\}\{([^{}]*)\}"), r"(\1)/(\2)"),
    (re.compile(r"\\(left|right|operatorname|mathrm|text)\b"), ""),
    (re.compile(r"\\(cdot|times)"), "*"),
    (re.compile(r"\\([a-zA-Z]+)"), r"\1"),
    (re.compile(r"[{}]"), ""),
]


def split_of(row: dict) -> str:
    """The half of the data set a record comes from: its `split`, else its source file's name
    ("dataset/validation.json" is "validation"), so a rule that helps one half only shows."""
    if row.get("split"):
        return str(row["split"])
    return Path(row.get("source", {}).get("path", "all")).stem


def plain(text: str) -> str:
    """Authored LaTeX as a person would type it in chat."""
    for pattern, repl in _LATEX:
        text = pattern.sub(repl, text)
    return " ".join(text.split())


def bridge_transcript(row: dict) -> str:
    """The logged messages of a Bridge excerpt as a `Speaker: text` transcript."""
    turns = [*row["c_h"], *row.get("c_r", [])]
    return "\n".join(f"{t['user'].title()}: {' '.join(t['text'].split())}" for t in turns)


def openstax_transcript(row: dict) -> str:
    """A short tutoring exchange built from an OpenStax problem's first step."""
    step = row["steps"][0]
    ask = " ".join(x for x in (row["title"], row["body"], step["prompt"]) if x)
    lines = [f"Tutor: {plain(ask)}", f"Student: I think it is {plain(step['answer'][0])}"]
    if step.get("hints"):
        lines.append(f"Tutor: {plain(step['hints'][0])}")
    return "\n".join(lines)


def mathdial_transcript(row: dict) -> str:
    """A MathDial conversation as `Teacher:/Student:` lines, without the move annotations."""
    lines = []
    for part in row["conversation"].split("|EOM|"):
        speaker, _, text = part.partition(":")
        lines.append(f"{speaker.strip()}: {_MOVE.sub('', text.strip())}")
    return "\n".join(lines)


def junk_concepts(result: TranscriptAnalysis, names: set[str]) -> list[str]:
    """Concept names that are a stop-list word or a person's name."""
    bad = {n.lower() for n in names} | JUNK_WORDS
    return [
        c.name
        for c in result.concepts
        if c.name.lower() in bad or any(w in {n.lower() for n in names} for w in _words(c.name))
    ]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def auc(positives: list[float], negatives: list[float]) -> float:
    """Probability that a random positive scores above a random negative (ties count half)."""
    if not positives or not negatives:
        return 0.0
    wins = sum((p > n) + 0.5 * (p == n) for p in positives for n in negatives)
    return wins / (len(positives) * len(negatives))


def session_mastery(result: TranscriptAnalysis) -> float:
    """Mastery over the session's concepts, weighted by their judged answers (50 with none)."""
    weights = [(1 + (c.evidence or 0), c.mastery_level) for c in result.concepts]
    total = sum(w for w, _ in weights)
    return sum(w * m for w, m in weights) / total if total else 50.0


@suite("bridge", BRIDGE)
def bridge(data: Path, limit: int | None) -> list[Figure]:
    """Bridge lesson topic among the top-5 concepts; junk concepts."""
    hits = total = junk = silent = 0
    by_split: dict[str, list[int]] = {}
    for row in read_jsonl(data / BRIDGE, limit):
        accepted = topic_concepts(row["lesson_topic"])
        result = analyze(bridge_transcript(row), subject_hint="Math")
        junk += len(junk_concepts(result, {"tutor", "student"}))
        if accepted is None:
            continue
        total += 1
        silent += not result.concepts
        hit = any(c.kb_id in accepted for c in result.concepts[:TOP])
        hits += hit
        counts = by_split.setdefault(split_of(row), [0, 0])
        counts[0] += hit
        counts[1] += 1
    halves = "".join(f"; {name} {h}/{n}" for name, (h, n) in sorted(by_split.items()))
    return [
        Figure(
            "lesson topic in top-5 concepts",
            hits / max(total, 1),
            0.80,
            detail=f"{hits}/{total}; {silent} said no clear topic{halves}",
        ),
        Figure("junk concepts", junk, 0, higher_is_better=False, percent=False),
    ]


@suite("openstax-subject", OPENSTAX)
def openstax_subject(data: Path, limit: int | None) -> list[Figure]:
    """OpenStax course -> the subject of a short exchange about one of its problems."""
    kb = load_kb()
    right = total = 0
    for row in read_jsonl(data / OPENSTAX, limit):
        accepted = COURSE_SUBJECTS[row["course"]]
        found = kb.find_subject(analyze(openstax_transcript(row)).subject)
        total += 1
        right += found is not None and found.id in accepted
    return [Figure("course -> subject", right / max(total, 1), 0.95, detail=f"{right}/{total}")]


@suite("mathdial", MATHDIAL)
def mathdial(data: Path, limit: int | None) -> list[Figure]:
    """MathDial: subject is math, no junk, mastery separates solved from unsolved."""
    kb = load_kb()
    math_names = {s.name for s in kb.subjects.values() if s.area == "math"}
    solved: list[float] = []
    unsolved: list[float] = []
    as_math = total = junk = 0
    for row in read_jsonl(data / MATHDIAL, limit):
        result = analyze(mathdial_transcript(row))
        total += 1
        as_math += result.subject in math_names
        junk += len(junk_concepts(result, {"teacher", "student", *_profile_name(row)}))
        label = row.get("self-correctness")
        if label:
            (solved if label == "Yes" else unsolved).append(session_mastery(result))
    return [
        Figure("subject is math", as_math / max(total, 1), 0.98, detail=f"{as_math}/{total}"),
        Figure("junk concepts", junk, 0, higher_is_better=False, percent=False),
        Figure(
            "mastery AUC solved vs not",
            auc(solved, unsolved),
            0.85,
            detail=f"{len(solved)} solved, {len(unsolved)} not",
        ),
    ]


def _profile_name(row: dict) -> list[str]:
    first = (row.get("student_profile") or "").split(" ")[:1]
    return [w for w in first if w[:1].isupper()]
