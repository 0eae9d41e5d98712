"""mypy (its settings in pyproject.toml) finds no error in services, ai, api and jobs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("companion/services", "companion/ai", "companion/api", "jobs")


def test_mypy_finds_no_error_in_the_typed_packages():
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", *PACKAGES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_config_refuses_a_function_without_annotations(tmp_path: Path):
    module = tmp_path / "untyped.py"
    module.write_text("def f(x):\n    return x\n")
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "pyproject.toml", str(module)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 1
    assert "[no-untyped-def]" in result.stdout
