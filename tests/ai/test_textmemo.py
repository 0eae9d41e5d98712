"""Per-text readings are remembered within and across analyses without changing any result."""

from __future__ import annotations

from pathlib import Path

from companion.ai.offline import textmemo
from companion.ai.offline.analysis import analyze

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"
NAMES = ("algebra_confused.txt", "algebra_confident.txt", "us_history_constitution.txt")


def test_an_analysis_is_the_same_cold_warm_and_after_other_sessions() -> None:
    texts = [(FIXTURES / name).read_text(encoding="utf-8") for name in NAMES]
    textmemo.forget()
    cold = [analyze(text) for text in texts]
    warm = [analyze(text) for text in reversed(texts)][::-1]
    assert warm == cold
    textmemo.forget()
    assert [analyze(text) for text in texts] == cold


def test_a_long_session_reads_each_turn_once_for_all_its_passes() -> None:
    textmemo.forget()
    analyze((FIXTURES / "algebra_confused.txt").read_text(encoding="utf-8"))
    infos = [memo.cache_info() for memo in textmemo._memos]
    assert sum(i.hits for i in infos) > 0 and all(i.currsize > 0 for i in infos)
    textmemo.forget()
    assert all(memo.cache_info().currsize == 0 for memo in textmemo._memos)


def test_a_remembered_reading_is_the_functions_answer() -> None:
    calls: list[str] = []

    @textmemo.per_text
    def shout(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert [shout("a"), shout("b"), shout("a")] == ["A", "B", "A"]
    assert calls == ["a", "b"]
    textmemo.forget()
    assert shout("a") == "A" and calls == ["a", "b", "a"]
