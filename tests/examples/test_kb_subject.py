"""examples/kb (docs/extending.md, recipe 2): a subject added through COMPANION_KB_DIRS is
analysed and practised like a shipped one, and a malformed file is refused by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.ai.kb import KBFileError, check_subject, load_kb
from companion.ai.local import LocalProvider
from companion.ai.schemas import ConceptRef

EXAMPLE_DIR = Path(__file__).resolve().parents[2] / "examples" / "kb"

TRANSCRIPT = """Tutor: Tonight we look at the phases of the moon. Why is there a full moon?
Student: Because the Earth is between the Sun and the Moon, so we see the whole sunlit half.
Tutor: Right. And a solar eclipse?
Student: The Moon passes between the Sun and the Earth and its umbra falls on us.
Tutor: Good. What about a lunar eclipse?
Student: The Earth's shadow falls on the Moon, I think that is also during a full moon.
"""


@pytest.fixture
def kb_dirs(monkeypatch):
    """Point COMPANION_KB_DIRS at `folder` and reload the knowledge base; restore it after."""

    def point(folder: Path):
        monkeypatch.setenv("COMPANION_KB_DIRS", str(folder))
        load_kb.cache_clear()
        return load_kb()

    yield point
    monkeypatch.delenv("COMPANION_KB_DIRS", raising=False)
    load_kb.cache_clear()


def test_the_subject_loads_next_to_the_shipped_ones(kb_dirs):
    shipped = len(load_kb().subjects)
    kb = kb_dirs(EXAMPLE_DIR)
    assert len(kb.subjects) == shipped + 1
    assert kb.find_subject("Astronomy").id == "astronomy"
    assert kb.subject_of("astronomy.eclipses").name == "Astronomy"


def test_the_offline_analysis_finds_its_concepts_in_a_transcript(kb_dirs):
    kb_dirs(EXAMPLE_DIR)
    analysis = LocalProvider().analyze_transcript(TRANSCRIPT)
    assert analysis.subject == "Astronomy"
    found = {c.name for c in analysis.concepts}
    assert {"Phases of the Moon", "Solar and lunar eclipses"} <= found


def test_practice_is_generated_for_its_concepts(kb_dirs):
    kb = kb_dirs(EXAMPLE_DIR)
    concept = kb.concepts["astronomy.eclipses"]
    ref = ConceptRef(id=concept.id, name=concept.name, subject="Astronomy", kb_id=concept.id)
    practice = LocalProvider().generate_practice([ref], count=3, transcript=TRANSCRIPT)
    assert len(practice.problems) == 3
    assert all(p.conceptId == concept.id for p in practice.problems)
    assert any(
        "eclipse" in p.question.lower() or "shadow" in p.question.lower() for p in practice.problems
    )


def test_the_example_file_passes_the_check_a_broken_copy_does_not(tmp_path, kb_dirs):
    raw = json.loads((EXAMPLE_DIR / "astronomy.json").read_text())
    check_subject(raw, "astronomy.json")
    del raw["concepts"][1]["description"]
    (tmp_path / "astronomy.json").write_text(json.dumps(raw))
    with pytest.raises(KBFileError, match=r"astronomy\.json: concept 2 has no text 'description'"):
        kb_dirs(tmp_path)


@pytest.mark.parametrize(
    ("content", "error"),
    [
        ("{not json", "not a readable JSON file"),
        ("[]", "holds one JSON object"),
        ('{"id": "x", "name": "X", "area": "a", "description": "d", "concepts": []}', "non-empty"),
    ],
)
def test_a_malformed_file_is_refused_with_its_name(tmp_path, kb_dirs, content, error):
    (tmp_path / "broken.json").write_text(content)
    with pytest.raises(KBFileError, match=error) as caught:
        kb_dirs(tmp_path)
    assert "broken.json" in str(caught.value)


def test_a_missing_folder_is_named(tmp_path, kb_dirs):
    with pytest.raises(KBFileError, match="is not a folder"):
        kb_dirs(tmp_path / "nowhere")
