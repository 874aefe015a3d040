"""package.json, tsconfig.json and nest-cli.json are still valid and still describe a NestJS app."""

import json
import re

import pytest

# Runtime packages the service is built on -> the major version it must stay on.
RUNTIME_MAJORS = {
    "@nestjs/common": 10,
    "@nestjs/core": 10,
    "@nestjs/platform-express": 10,
    "@nestjs/typeorm": 10,
    "typeorm": 0,
    "class-validator": 0,
    "reflect-metadata": 0,
    "rxjs": 7,
}
DEV_TOOLS = ["@nestjs/cli", "@nestjs/testing", "typescript", "jest", "ts-jest"]
SCRIPTS = {"build": "nest build", "start": "nest start", "test": "jest"}


def _without_comments(text: str) -> str:
    """JSON text with // and /* */ comments and trailing commas removed (tsconfig allows them)."""
    out, i, in_string = [], 0, False
    while i < len(text):
        char = text[i]
        if in_string:
            out.append(char)
            if char == "\\":
                out.append(text[i + 1 : i + 2])
                i += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
            out.append(char)
        elif text.startswith("//", i):
            i = text.find("\n", i)
            if i == -1:
                break
            continue
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = len(text) if end == -1 else end + 2
            continue
        else:
            out.append(char)
        i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


def _load_json(workspace, relpath, allow_comments=False):
    text = (workspace / relpath).read_text(encoding="utf-8", errors="replace")
    try:
        data = json.loads(_without_comments(text) if allow_comments else text)
    except json.JSONDecodeError as err:
        pytest.fail(f"{relpath} is not valid JSON: {err}")
    assert isinstance(data, dict), f"{relpath} must hold a JSON object"
    return data


def _major(spec: str) -> int | None:
    match = re.search(r"(\d+)", spec)
    return int(match.group(1)) if match else None


@pytest.fixture
def package(workspace):
    return _load_json(workspace, "package.json")


def test_package_identity_is_kept(package):
    assert package.get("name") == "orders-service"


@pytest.mark.parametrize(("name", "major"), sorted(RUNTIME_MAJORS.items()))
def test_runtime_dependency_is_kept(package, name, major):
    spec = package.get("dependencies", {}).get(name)
    assert spec, f"package.json no longer depends on {name}"
    assert _major(spec) == major, f"{name} moved off major {major}: {spec}"


@pytest.mark.parametrize("name", DEV_TOOLS)
def test_dev_tool_is_kept(package, name):
    assert package.get("devDependencies", {}).get(name), f"devDependencies lost {name}"


@pytest.mark.parametrize(("script", "command"), sorted(SCRIPTS.items()))
def test_npm_script_is_kept(package, script, command):
    assert package.get("scripts", {}).get(script) == command


def test_tsconfig_keeps_decorator_support(workspace):
    options = _load_json(workspace, "tsconfig.json", allow_comments=True).get("compilerOptions", {})
    # Nest's dependency injection needs both; without them nothing resolves at runtime.
    assert options.get("experimentalDecorators") is True
    assert options.get("emitDecoratorMetadata") is True
    assert options.get("module") == "commonjs"
    assert options.get("outDir") == "./dist"


def test_nest_cli_config_is_kept(workspace):
    config = _load_json(workspace, "nest-cli.json", allow_comments=True)
    assert config.get("sourceRoot") == "src"
    assert config.get("collection") == "@nestjs/schematics"
