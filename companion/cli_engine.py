"""The offline engine's subcommands: analyze transcripts, grade answers, the eval figures."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from companion.services.errors import DomainError


def cmd_analyze(args: argparse.Namespace) -> int:
    """Print each transcript's analysis by the offline engine."""
    from companion.ai.offline.analysis import analyze

    for path in args.files:
        file = Path(path)
        result = analyze(file.read_text(encoding="utf-8", errors="replace"), filename=file.name)
        if args.json:
            print(json.dumps({"file": str(file), **result.model_dump(exclude={"usage"})}))
            continue
        print(f"== {file} - {result.subject}\n{result.summary}")
        for c in result.concepts:
            print(f"  {c.mastery_level:>3}  {c.name} ({c.difficulty})")
    return 0


def cmd_grade(args: argparse.Namespace) -> int:
    """Grade one answer, or JSON lines from stdin with --json."""
    from companion.ai.offline.grading import grade_values

    if not args.json:
        if args.expected is None or args.answer is None:
            raise DomainError("Give --expected and --answer, or --json with lines on stdin.")
        g = grade_values(args.expected, args.answer, type=args.type, question=args.question)
        verdict = ("correct" if g.correct else "wrong") if g.scored else "not scored"
        print(f"{verdict} (score {g.score:.2f}): {g.feedback}")
        return 0 if g.correct else 1
    for line in sys.stdin:
        if not line.strip():
            continue
        item = json.loads(line)
        g = grade_values(
            str(item["expected"]),
            str(item["answer"]),
            type=item.get("type", "short_answer"),
            question=item.get("question", ""),
        )
        print(json.dumps({"correct": g.correct, "score": g.score, "feedback": g.feedback}))
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """The offline engine's figures on the dev sets (bench/data); exit 1 if any is below goal."""
    from companion.evals import DEFAULT_DATA, format_table, run_suites

    results = run_suites(
        args.suite or None, data_dir=Path(args.data or DEFAULT_DATA), limit=args.limit
    )
    if args.json:
        print(json.dumps({n: [f.__dict__ | {"ok": f.ok} for f in fs] for n, fs in results.items()}))
    else:
        print(format_table(results))
    return 0 if all(f.ok for fs in results.values() for f in fs) else 1
