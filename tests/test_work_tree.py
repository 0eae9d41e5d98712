"""Running the app leaves the work tree clean: what it writes is ignored by git, and Reflex
finds nothing to add to `.gitignore` when `reflex run` initialises a fresh checkout."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from reflex.utils.frontend_skeleton import initialize_gitignore

from tests.harness import ROOT, app_copy, running_backend

# What a running app writes into its folder (SQLite beside it, the default).
RUNTIME_OUTPUTS = [
    ".web/app/routes/index.jsx",
    ".states/some-client-token",
    "companion.db",
    "companion.db-wal",
    "companion.db-shm",
    "companion.db-journal",
    "uploaded_files/transcript.txt",
    "outbox/0001.eml",
    ".jwt_secret",
    ".env",
]


def _git(tree: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout


def _committed(tree: Path) -> Path:
    _git(tree, "init", "-q")
    _git(tree, "add", "-A")
    _git(tree, "commit", "-qm", "checkout")
    return tree


def test_gitignore_covers_everything_a_running_app_writes(tmp_path: Path):
    shutil.copy(ROOT / ".gitignore", tmp_path / ".gitignore")
    _git(tmp_path, "init", "-q")
    ignored = _git(tmp_path, "check-ignore", "--no-index", *RUNTIME_OUTPUTS).split()
    assert sorted(ignored) == sorted(RUNTIME_OUTPUTS)


def test_reflex_adds_nothing_to_the_gitignore_when_it_initialises_a_checkout(tmp_path: Path):
    gitignore = tmp_path / ".gitignore"
    shutil.copy(ROOT / ".gitignore", gitignore)
    before = gitignore.read_bytes()

    initialize_gitignore(gitignore_file=gitignore)  # what `reflex run` does without .web

    assert gitignore.read_bytes() == before


@pytest.mark.boots_app
def test_booting_the_app_leaves_git_status_clean(tmp_path: Path, sqlite_template):
    tree = _committed(app_copy(tmp_path))
    assert _git(tree, "status", "--porcelain") == ""
    database = tree / "companion.db"  # the default place: beside the app
    shutil.copy(sqlite_template, database)

    with running_backend(f"sqlite:///{database}", worker="inprocess", tree=tree):
        assert (tree / ".web").is_dir()

    assert _git(tree, "status", "--porcelain", "--untracked-files=all") == ""
