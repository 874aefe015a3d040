"""Checks before a run starts any container, each failing with one line that says what to do:
the model's provider is known and installed, its API key is set, and (for Docker runs) the
engine answers. inspect would otherwise fail later, with a traceback or a raw engine error."""

from __future__ import annotations

import os
import re

SCRIPTED = "bdbench/"

# The variable each hosted provider reads its key from (inspect's names).
KEY_VARIABLES = {
    "anthropic": "ANTHROPIC_API_KEY", "openai": "OPENAI_API_KEY", "google": "GOOGLE_API_KEY",
    "mistral": "MISTRAL_API_KEY", "grok": "XAI_API_KEY", "groq": "GROQ_API_KEY",
    "together": "TOGETHER_API_KEY", "fireworks": "FIREWORKS_API_KEY", "openrouter": "OPENROUTER_API_KEY",
    "perplexity": "PERPLEXITY_API_KEY", "deepseek": "DEEPSEEK_API_KEY",
}


class PreflightError(RuntimeError):
    """A run that cannot start. The message is one line with the fix."""


def installed_providers() -> list[str]:
    """Model providers inspect knows in this environment (its own and plugins')."""
    try:
        # inspect registers its providers when this module is imported; private, so guarded.
        import inspect_ai.model._providers.providers  # noqa: F401
        from inspect_ai._util.registry import registry_find, registry_info

        names = {registry_info(api).name.split("/")[-1] for api in registry_find(lambda i: i.type == "modelapi")}
    except Exception:
        return []
    return sorted(names)


def check_model(name: str, environ: dict | None = None) -> None:
    if name.startswith(SCRIPTED) or name.startswith("mockllm/"):
        return
    environ = os.environ if environ is None else environ
    provider = name.split("/", 1)[0]
    providers = installed_providers()
    if "/" not in name or (providers and provider not in providers):
        raise PreflightError(
            f"--model {name}: unknown model provider '{provider}' (names are <provider>/<model>); "
            f"installed providers: {', '.join(providers)}; a provider from another package is added "
            "by installing that package in bdbench's environment")
    variable = KEY_VARIABLES.get(provider)
    if variable and not environ.get(variable):
        raise PreflightError(f"--model {name}: {variable} is not set; export {variable}=... and run again")
    from inspect_ai.model import get_model

    try:
        get_model(name)
    except Exception as err:  # inspect reports a missing SDK as rich markup over several lines
        text = re.sub(r"\[/?bold\]|ERROR:\s*", "", str(err))
        install = re.search(r"pip install [\w\[\]=<>.,-]+", text)
        if install:
            raise PreflightError(f"--model {name}: the {provider} provider needs its package: "
                                 f"{install.group(0)}") from None
        raise PreflightError(f"--model {name}: {' '.join(text.split())}") from None


def check_models(names: list[str], environ: dict | None = None) -> None:
    for name in names:
        check_model(name, environ)


def check_docker() -> None:
    """The same verdict and fix as `bdbench doctor`."""
    from .doctor import check_engine

    engine = check_engine()
    if not engine.ok:
        raise PreflightError(f"{engine.name}: {engine.detail} -> fix: {engine.fix} (see bdbench doctor)")
