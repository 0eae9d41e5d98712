"""Time for one offline chat reply over 51 remembered sessions (50 long distractors and the
one that answers), and for one worked math reply (goal <= 1 s each)."""

from __future__ import annotations

import argparse
import statistics
import time

from companion.ai.offline.chat import chat
from companion.ai.schemas import ChatContext, SessionDoc

GOAL_SECONDS = 1.0
BIOLOGY = SessionDoc(
    id=22,
    subject="Biology",
    date="2026-09-14",
    transcript=(
        "Tutor: Photosynthesis happens in the chloroplasts. Chlorophyll absorbs light energy.\n"
        "Student: So the plant turns light, water and carbon dioxide into glucose and oxygen?\n"
        "Tutor: Exactly. That stored chemical energy feeds the rest of the plant."
    ),
)


def sessions(count: int = 50, turns: int = 40) -> list[SessionDoc]:
    """`count` long sessions that do not answer the question, then the one that does."""
    text = "\n".join(
        f"Tutor: Step {i} of the lesson on topic {i % 17} with example {i * 3}.\nStudent: Okay {i}."
        for i in range(turns)
    )
    docs = [
        SessionDoc(id=i, subject="Biology", date="2026-10-01", transcript=text)
        for i in range(count)
    ]
    return [*docs, BIOLOGY]


def timed(message: str, docs: list[SessionDoc]) -> tuple[float, list]:
    start = time.perf_counter()
    chunks = list(chat(ChatContext(message=message, sessions=docs)))
    return time.perf_counter() - start, chunks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    docs = sessions()
    recall, worked = [], []
    for _ in range(args.rounds):
        seconds, chunks = timed("What does chlorophyll do?", docs)
        cited = chunks[0].citations[0].session_id if chunks and chunks[0].citations else None
        assert cited == BIOLOGY.id, cited
        recall.append(seconds)
        worked.append(timed("what is 15% of 80 plus 7", docs)[0])
    for name, times in (("recall over 51 sessions", recall), ("worked math reply", worked)):
        worst = max(times)
        verdict = "met" if worst <= GOAL_SECONDS else "NOT met"
        print(
            f"{name}: median {statistics.median(times) * 1000:.0f} ms, worst {worst * 1000:.0f} ms "
            f"of {len(times)} (goal <= {GOAL_SECONDS:.0f} s: {verdict})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
