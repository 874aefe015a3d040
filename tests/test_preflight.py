"""One-line errors before a run starts: unknown provider, missing package or API key, no engine."""

import subprocess
import sys

import pytest

from bdbench import preflight
from bdbench.preflight import PreflightError, check_model, check_models
from conftest import REPO


def test_scripted_and_mock_models_need_nothing():
    check_models(["bdbench/oracle", "bdbench/nop", "mockllm/model"], environ={})


def test_unknown_provider_lists_the_installed_ones():
    with pytest.raises(PreflightError) as err:
        check_model("nosuchprovider/x", environ={})
    message = str(err.value)
    assert "unknown model provider 'nosuchprovider'" in message and "anthropic" in message and "openai" in message
    assert "\n" not in message
    with pytest.raises(PreflightError, match="names are <provider>/<model>"):
        check_model("gpt5", environ={})


def test_missing_api_key_names_the_variable():
    with pytest.raises(PreflightError, match=r"ANTHROPIC_API_KEY is not set; export ANTHROPIC_API_KEY"):
        check_model("anthropic/claude-sonnet-4-5", environ={})


def test_missing_provider_package_is_one_line(monkeypatch):
    def fake_get_model(name):
        raise RuntimeError("[bold]ERROR[/bold]: OpenAI API requires optional dependencies. Install with:\n\n[bold]pip install openai[/bold]\n")

    import inspect_ai.model

    monkeypatch.setattr(inspect_ai.model, "get_model", fake_get_model)
    with pytest.raises(PreflightError) as err:
        check_model("openai/gpt-5", environ={"OPENAI_API_KEY": "k"})
    assert str(err.value) == "--model openai/gpt-5: the openai provider needs its package: pip install openai"


def test_no_engine_says_what_doctor_says(monkeypatch):
    from bdbench import doctor

    monkeypatch.setattr(doctor, "check_engine", lambda: doctor.Check("docker engine", False, "cannot reach the Docker engine", "sudo bash scripts/install-docker.sh"))
    with pytest.raises(PreflightError, match=r"docker engine: cannot reach the Docker engine -> fix: sudo bash scripts/install-docker.sh"):
        preflight.check_docker()


def test_cli_unknown_provider_is_one_line_without_traceback():
    result = subprocess.run([sys.executable, "-m", "bdbench.cli", "run", "--model", "nosuchprovider/x"],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 2
    assert "unknown model provider 'nosuchprovider'" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
