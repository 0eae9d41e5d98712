"""docs/extending.md points only at files that exist, and every example has a test."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUIDE = (ROOT / "docs" / "extending.md").read_text()


def test_every_file_the_guide_names_exists():
    named = set(
        re.findall(r"`((?:examples|tests|companion|jobs|docs)/[\w./*-]+?)(?::[^`]*)?`", GUIDE)
    )
    assert len(named) > 20
    missing = [p for p in sorted(named) if not any(ROOT.glob(p))]
    assert missing == []


def test_every_example_folder_is_in_the_guide_and_tested():
    examples = [p for p in (ROOT / "examples").iterdir() if p.is_dir() and p.name != "__pycache__"]
    assert examples
    tests = " ".join(p.read_text() for p in (ROOT / "tests" / "examples").glob("test_*.py"))
    for folder in examples:
        assert f"examples/{folder.name}/" in GUIDE, folder.name
        assert f"examples.{folder.name}" in tests or f'"{folder.name}"' in tests, folder.name
