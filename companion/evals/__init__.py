"""`companion eval`: the offline engine's figures on real tutoring data (bench/data).

Each module registers suites with `suite(...)`; a suite reads its data set, runs the
engine and returns named figures with their goals, so the README table and CI print
the same numbers anyone can rerun.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "bench" / "data"


@dataclass(frozen=True)
class Figure:
    """One measured figure: a value in [0, 1] (or a count) and the goal it must meet."""

    name: str
    value: float
    goal: float
    higher_is_better: bool = True
    detail: str = ""
    percent: bool | None = None  # False for counts ("junk concepts: 0"); None: judge by size

    @property
    def as_percent(self) -> bool:
        if self.percent is not None:
            return self.percent
        return self.goal <= 1 and self.value <= 1

    @property
    def ok(self) -> bool:
        return self.value >= self.goal if self.higher_is_better else self.value <= self.goal


@dataclass
class Suite:
    name: str
    run: Callable[[Path, int | None], list[Figure]]
    files: tuple[str, ...] = field(default_factory=tuple)


SUITES: dict[str, Suite] = {}


def suite(name: str, *files: str):
    """Register `fn(data_dir, limit) -> [Figure]` as an eval suite needing `files`."""

    def wrap(fn: Callable[[Path, int | None], list[Figure]]):
        SUITES[name] = Suite(name, fn, files)
        return fn

    return wrap


def read_jsonl(path: Path, limit: int | None = None) -> Iterator[dict]:
    """The records of a JSON-lines file, at most `limit` of them."""
    with path.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            if line.strip():
                yield json.loads(line)


def load_suites() -> dict[str, Suite]:
    """Import every suite module (they register themselves) and return the registry."""
    import importlib
    import pkgutil

    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("_"):
            importlib.import_module(f"{__name__}.{info.name}")
    return SUITES


def run_suites(
    names: list[str] | None = None, *, data_dir: Path = DEFAULT_DATA, limit: int | None = None
) -> dict[str, list[Figure]]:
    """Run the chosen suites (all by default) and return their figures by suite."""
    suites = load_suites()
    chosen = names or sorted(suites)
    unknown = [n for n in chosen if n not in suites]
    if unknown:
        raise ValueError(
            f"unknown eval suite(s): {', '.join(unknown)}; have {', '.join(sorted(suites))}"
        )
    out: dict[str, list[Figure]] = {}
    for name in chosen:
        s = suites[name]
        missing = [f for f in s.files if not (data_dir / f).exists()]
        if missing:
            raise FileNotFoundError(f"{name}: missing {', '.join(missing)} in {data_dir}")
        out[name] = s.run(data_dir, limit)
    return out


def format_table(results: dict[str, list[Figure]]) -> str:
    """A Markdown table of every figure with its goal and ok/below."""
    lines = ["| suite | figure | value | goal | |", "|---|---|---|---|---|"]
    for name, figures in results.items():
        for f in figures:
            op = ">=" if f.higher_is_better else "<="
            val = f"{f.value:.1%}" if f.as_percent else f"{f.value:g}"
            goal = f"{f.goal:.1%}" if f.as_percent else f"{f.goal:g}"
            lines.append(
                f"| {name} | {f.name} | {val} | {op} {goal} | {'ok' if f.ok else 'BELOW'} |"
            )
    return "\n".join(lines)
