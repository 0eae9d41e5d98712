"""Median time of the offline analysis of a 60-minute (~10,000 word) session; goal <= 0.2 s."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from companion.ai.offline.analysis import analyze
from companion.ai.offline.textmemo import forget

GOAL_SECONDS = 0.2
TARGET_WORDS = 10_000
RUNS = 7
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "transcripts"
DIALOGUES = ("algebra_confused.txt", "algebra_confident.txt", "us_history_constitution.txt")


def long_session(target_words: int = TARGET_WORDS, run: int = 0) -> str:
    """One long dialogue: the fixture sessions repeated with the numbers varied, so lines differ."""
    parts = [(FIXTURES / name).read_text(encoding="utf-8") for name in DIALOGUES]
    lines: list[str] = []
    words, round_no = 0, 0
    while words < target_words:
        for part in parts:
            for line in part.splitlines():
                varied = line.replace("5", str(5 + round_no)).replace(
                    "3", str(3 + run + round_no % 7)
                )
                lines.append(varied)
                words += len(varied.split())
        round_no += 1
    return "\n".join(lines)


def main() -> None:
    """Print the transcript size, the median over several runs and ok/over versus the goal."""
    analyze(long_session(run=RUNS))  # warm-up: the KB and its phrase index are built once
    times = []
    for run in range(RUNS):
        text = long_session(run=run)
        forget()  # cold: as for a session whose turns the engine has never read
        start = time.perf_counter()
        analyze(text)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    verdict = "ok" if median <= GOAL_SECONDS else "over"
    print(f"words={len(text.split())} runs={RUNS} median={median:.3f}s min={min(times):.3f}s")
    print(f"{verdict} (goal <= {GOAL_SECONDS:.1f}s)")


if __name__ == "__main__":
    main()
