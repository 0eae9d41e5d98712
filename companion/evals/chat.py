"""`companion eval chat`: the offline chat companion on a 40-question set kept in the repo.

Each item names the content a correct reply must carry (numbers, words) and what it must
never say (a corrected statement, the wrong concept); a quiz item also answers the quiz and
checks how the reply was graded, and that the question did not give its answer away.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from companion.ai.offline.chat import chat
from companion.ai.offline.hints import reveals
from companion.ai.offline.mathparse import to_number
from companion.ai.schemas import ChatContext, ChatTurn, Problem, SessionDoc
from companion.evals import Figure, suite

SET = Path(__file__).with_name("chat_set.json")
GOAL = 0.9


@dataclass(frozen=True)
class Outcome:
    kind: str
    question: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def load_set(path: Path = SET) -> tuple[dict[str, SessionDoc], list[dict]]:
    """The named sessions and the items of the chat set."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    sessions = {key: SessionDoc.model_validate(doc) for key, doc in raw["sessions"].items()}
    return sessions, raw["items"]


def ask(message: str, sessions: list[SessionDoc], history: list[ChatTurn] | None = None):
    """The whole reply text and the quiz it asked, if any."""
    chunks = list(chat(ChatContext(message=message, sessions=sessions, history=history or [])))
    return "".join(c.text for c in chunks), chunks[-1].quiz


def content_problems(reply: str, required: list[str], forbidden: list[str]) -> list[str]:
    """What a reply lacks or wrongly says (case-insensitive substring checks)."""
    low = reply.lower()
    missing = [f"missing {w!r}" for w in required if w.lower() not in low]
    return missing + [f"says {w!r}" for w in forbidden if w.lower() in low]


def _answer_for(quiz: Problem, how: str) -> str:
    if how == "right":
        return quiz.correctAnswer
    if how != "wrong":
        return how
    value = to_number(quiz.correctAnswer)
    if value is not None:
        return str(value + 1)
    return next((o for o in quiz.options if o != quiz.correctAnswer), "I am not sure, maybe 7")


def run_item(item: dict, sessions: dict[str, SessionDoc]) -> Outcome:
    """Ask the item's question (and answer its quiz) and list what went wrong."""
    docs = [sessions[key] for key in item.get("sessions", [])]
    reply, quiz = ask(item["question"], docs)
    problems = content_problems(reply, item.get("required", []), item.get("forbidden", []))
    if "answer" in item:
        if quiz is None:
            problems.append("no quiz was asked")
        else:
            if item.get("quiz_concept", "") not in (quiz.conceptId or ""):
                problems.append(f"quiz on {quiz.conceptId}, not {item['quiz_concept']}")
            if not quiz.options and reveals(reply, quiz):
                problems.append("the question gives its answer away")
            history = [
                ChatTurn(role="user", content=item["question"]),
                ChatTurn(role="assistant", content=reply, quiz=quiz),
            ]
            graded, _ = ask(_answer_for(quiz, item["answer"]), docs, history)
            problems += content_problems(graded, item.get("then_required", []), [])
    return Outcome(item["kind"], item["question"], tuple(problems))


def run_set(path: Path = SET) -> list[Outcome]:
    """Every item's outcome."""
    sessions, items = load_set(path)
    return [run_item(item, sessions) for item in items]


@suite("chat")
def chat_suite(data_dir: Path, limit: int | None) -> list[Figure]:
    """Share of chat-set items whose replies carry the expected content."""
    outcomes = run_set()[:limit]
    passed = Counter(o.kind for o in outcomes if o.ok)
    total = Counter(o.kind for o in outcomes)
    detail = ", ".join(f"{k} {passed[k]}/{n}" for k, n in total.items())
    failed = "; ".join(f"{o.question}: {', '.join(o.problems)}" for o in outcomes if not o.ok)
    value = sum(passed.values()) / len(outcomes) if outcomes else 0.0
    detail = f"{detail}" + (f" | failed: {failed}" if failed else "")
    return [Figure("chat set: replies with the expected content", value, GOAL, detail=detail)]
