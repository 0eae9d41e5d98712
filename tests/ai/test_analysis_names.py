"""People's names are never concepts: whoever speaks, whoever a word problem is about.

Each transcript is analysed again with other first names (a diverse list, some of them also
English words) in place of its speakers and its characters; no concept may be a stop-list
word or contain one of the names.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from companion.ai.offline.analysis import analyze
from companion.ai.offline.salientterms import is_junk_term, salient_terms
from companion.evals.analysis import bridge_transcript, junk_concepts, mathdial_transcript

FIXTURES = Path(__file__).parent.parent / "fixtures"
_NAME_TEXT = """Aaliyah Mateo Priya Oluwaseun Mei Santiago Fatima Dmitri Kenji Chidi Ximena Anh Rahul
    Sofia Jamal Ingrid Tariq Leilani Bogdan Nia Hiroshi Amara Diego Svetlana Kwame Yusuf Zainab
    Thabo Siobhan Arjun Emeka Hana Malik Astrid Aiyana Kai Grace Will Mark Faith Hope Rose Penny
    June Bill Pat Summer Guadalupe Nguyen Mohammed Olga Ravi Lakshmi Tomasz"""
NAMES = _NAME_TEXT.split()
_SENTENCE_TEXT = """The A An If He She They It In On At Each How What When Then So
    There This That His Her After Before For From One Two Three Four Five Six Seven Eight Nine
    Ten I We You Every Some All Mr Mrs Ms Yes No"""
_SENTENCE_WORDS = frozenset(_SENTENCE_TEXT.split())

# tutor-style word problems with two characters; {a} and {b} are people, {t} and {s} speakers
PROBLEMS = [
    "{t}: {a} and {b} share 24 stickers. {a} has 6 more stickers than {b}.\n"
    "{s}: So {a} and {b} each have 12?\n{t}: Not quite. How many does {b} have?\n"
    "{s}: {a} and {b} have 24 together, so 9 and 15.",
    "{t}: {a} runs 3 miles a day and {b} runs 2 miles a day.\n"
    "{t}: How many more miles does {a} run than {b} in a week?\n{s}: 5\n"
    "{t}: Check again: {a} and {b} both run for 7 days.",
    "{t}: {a}'s garden is 8 feet long and 5 feet wide.\n{t}: {b} wants to fence it.\n"
    "{s}: {a} and {b} need 40 feet of fence.\n{t}: Is 40 the area or the perimeter?",
    "{t}: In chapter two, {a} and {b} travel to the coast by train.\n"
    "{s}: Why do {a} and {b} leave the village?\n{t}: Look at what {b} says to {a}.\n"
    "{s}: {a} and {b} want to find the lighthouse.",
    "{t}: Hi {s}, are you ready?\n{s}: yes {t}\n{t}: Please {s}, read the question.\n"
    "{s}: ok\n{t}: Please {s} recheck your answer.\n{s}: Thanks {t}",
]


def _names(k: int, n: int) -> list[str]:
    return [NAMES[(7 * k + 3 * i) % len(NAMES)] for i in range(n)]


def _swap(text: str, people: set[str], k: int) -> tuple[str, set[str]]:
    """The text with each of its people renamed, and the names put in."""
    new = dict(zip(sorted(people), _names(k, len(people)), strict=True))
    for old, name in new.items():
        text = re.sub(rf"\b{old}\b", name, text)
    return text, set(new.values())


def _relabel(text: str, k: int) -> tuple[str, set[str]]:
    """Speaker labels replaced by first names, as an uploaded transcript often has them."""
    tutor, student = _names(k + 100, 2)
    text = re.sub(r"^(?:Teacher|Tutor):", f"{tutor}:", text, flags=re.M)
    return re.sub(r"^Student:", f"{student}:", text, flags=re.M), {tutor, student}


def _characters(row: dict) -> set[str]:
    """The people of a MathDial problem: the student's name and the question's characters."""
    lower = set(re.findall(r"\b[a-z]+\b", row["question"] + row["conversation"]))
    named = {w for w in re.findall(r"\b[A-Z][a-z]+\b", row["question"]) if w.lower() not in lower}
    return (named - _SENTENCE_WORDS) | set(row["student_profile"].split(" ")[:1])


def _no_junk(text: str, names: set[str], hint: str = "") -> None:
    result = analyze(text, subject_hint=hint)
    assert not junk_concepts(result, {"tutor", "teacher", "student", *names}), (
        [c.name for c in result.concepts],
        text,
    )


def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / name).open(encoding="utf-8")]


@pytest.mark.parametrize("k", range(6))
def test_mathdial_dialogues_with_other_names_yield_no_name_or_talk_concepts(k: int) -> None:
    for i, row in enumerate(_rows("mathdial_dev_excerpt.jsonl")):
        text, names = _swap(mathdial_transcript(row), _characters(row), k + i)
        _no_junk(text, names)
        relabelled, speakers = _relabel(text, k + i)
        _no_junk(relabelled, names | speakers)


@pytest.mark.parametrize("hint", ["Math", ""])
def test_bridge_excerpts_with_named_speakers_yield_no_name_or_talk_concepts(hint: str) -> None:
    for k, row in enumerate(_rows("bridge_excerpt.jsonl")):
        text, speakers = _relabel(bridge_transcript(row), k)
        _no_junk(text, speakers, hint)


@pytest.mark.parametrize("k", range(8))
@pytest.mark.parametrize("hint", ["Math", "", "Book club"])
def test_word_problems_about_any_two_people_yield_no_name_concepts(k: int, hint: str) -> None:
    for j, problem in enumerate(PROBLEMS):
        a, b, t, s = _names(k + 11 * j, 4)
        text = problem.format(a=a, b=b, t=t, s=s)
        _no_junk(text, {a, b, t, s}, hint)


def test_names_joined_by_and_are_no_salient_term_but_a_capitalised_topic_is() -> None:
    texts = [
        "Tutor: Our book club reads a novel set during the Harlem Renaissance.",
        "Student: Why is it called the Harlem Renaissance?",
        "Tutor: Good question. Mateo and Aaliyah picked the poems last week.",
        "Student: I liked the one Mateo and Aaliyah read after the Civil War part.",
        "Tutor: Aaliyah said Mateo's poem about the Civil War was her favourite.",
    ]
    terms = salient_terms(texts, exclude={"tutor", "student"})
    assert "Harlem Renaissance" in terms and "Civil War" in terms
    assert not any("Mateo" in t or "Aaliyah" in t for t in terms)


def test_a_history_session_keeps_the_civil_war_and_drops_the_people_pair() -> None:
    text = (
        "Tutor: Today we look at how the Civil War ended.\n"
        "Student: Who signed the surrender after the Civil War?\n"
        "Tutor: Grant and Lee met at Appomattox, and Lee surrendered to Grant.\n"
        "Student: So Grant and Lee ended the Civil War there?"
    )
    texts = text.splitlines()
    assert not is_junk_term("Civil War", texts, {"tutor", "student"})
    assert is_junk_term("Grant and Lee", texts, {"tutor", "student"})
    names = [c.name for c in analyze(text).concepts]
    assert "Civil War" in names and not any("Grant" in n or "Lee" in n for n in names)


def test_a_named_speakers_empty_messages_do_not_make_their_name_a_concept() -> None:
    text = (
        "Ms. Okafor: Give it your best shot.\nNia Tanaka:\nMs. Okafor: Are you working on it?\n"
        "Nia Tanaka: si\nMs. Okafor: Plus 1 point for your try.\nNia Tanaka:\n"
        "Ms. Okafor: We are out of time, see you next class."
    )
    for hint in ("Math", ""):
        _no_junk(text, {"okafor", "nia", "tanaka"}, hint)
