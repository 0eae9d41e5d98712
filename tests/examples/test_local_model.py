"""examples/local_model (docs/extending.md, recipe 6): the settings in each .env file select
the OpenAI-compatible provider, which then talks to that server (a fake one here), and
`companion doctor`'s llm check passes against it."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion import doctor
from companion.ai import build_provider
from companion.ai.schemas import ChatContext, StudentActivity
from companion.settings import load_settings
from tests.ai.fake_openai_server import FakeOpenAIServer, completion, stream

FOLDER = Path(__file__).resolve().parents[2] / "examples" / "local_model"
NUDGE = {"message": "Ten minutes on fractions today?", "call_to_action": "Start practice"}


def _env_file(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return {k.strip(): v.strip() for k, v in pairs if not k.lstrip().startswith("#")}


@pytest.fixture(params=["ollama.env", "vllm.env"])
def served(request):
    """The example's settings, with the base URL moved to a fake server serving its model."""
    env = _env_file(FOLDER / request.param)
    with FakeOpenAIServer() as fake:
        fake.models = [env["COMPANION_AI_MODEL"]]
        base = {"COMPANION_ENV": "test", "JWT_SECRET": "x" * 40}
        settings = load_settings(base | env | {"OPENAI_BASE_URL": fake.base_url})
        yield env, settings, fake


def test_the_settings_select_the_openai_compatible_engine_and_model(served):
    env, settings, _ = served
    assert (settings.ai_engine, settings.ai_model) == ("openai", env["COMPANION_AI_MODEL"])
    assert settings.ai_timeout_seconds == float(env["COMPANION_AI_TIMEOUT"])


def test_a_nudge_is_written_by_that_server_with_that_model_and_key(served):
    env, settings, fake = served
    fake.script(completion(NUDGE))
    activity = StudentActivity(student_name="Ada", session_count=3, days_inactive=5)
    nudge = build_provider(settings).nudge_message(activity)
    assert nudge.message == NUDGE["message"]
    assert nudge.engine == f"openai:{env['COMPANION_AI_MODEL']}"
    assert fake.requests[0]["model"] == env["COMPANION_AI_MODEL"]
    assert fake.headers[0]["authorization"] == f"Bearer {env['OPENAI_API_KEY']}"


def test_chat_streams_from_that_server(served):
    _, settings, fake = served
    fake.script(stream(["Slope is ", "rise over run."]))
    chunks = list(build_provider(settings).chat(ChatContext(message="What is slope?")))
    assert "".join(c.text for c in chunks) == "Slope is rise over run."
    assert chunks[-1].done and chunks[-1].engine.startswith("openai:")


def test_the_doctor_llm_check_passes_against_it(served):
    env, settings, _ = served
    check = doctor.check_llm(settings)
    assert check.ok, check.detail
    assert env["COMPANION_AI_MODEL"] in check.detail
