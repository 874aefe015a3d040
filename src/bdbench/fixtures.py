"""Fixture schema and loader: one folder per task under tasks/<id>/.

A fixture is task.yaml (validated here), workspace/ (the starting repository), tests/ (hidden
tests, only ever copied into the grader container) and solution/ (files that overlay the
workspace to give the reference solution).

A port of a scenario to another stack names the fixture it shares the scenario with
(`tests_from`): it then has no tests/ or probes/ of its own, and takes that fixture's hidden
tests, probes and grading (security surfaces, latency operations), since they speak HTTP
only. Its own `grading` fields, where given, replace the shared ones.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

SELF_ROUTE = "self"
ROUTE_SEPARATOR = "|"  # between acceptable routes in a label ("+" joins routes taken together)
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class FixtureError(ValueError):
    """A fixture that cannot be used. The message is one line naming the file and field."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class AppSpec(_Strict):
    """How the grader starts the app that hidden tests talk to over 127.0.0.1."""

    start: str = Field(min_length=1, description="shell command run in /workspace")
    port: int = Field(ge=1024, le=65535)
    ready_path: str = Field(default="/", pattern=r"^/")
    startup_timeout: float = Field(default=30, gt=0, le=300)
    # Environment variables the app reads its secrets from (JWT_SECRET, ...). Every grading run
    # sets each to a fresh random value, so an app that ignores them and signs with a default
    # is caught; hidden tests and probes read the value from BDBENCH_SECRET_<NAME>.
    secrets: list[str] = Field(default_factory=list)

    @field_validator("secrets")
    @classmethod
    def _env_names(cls, names: list[str]) -> list[str]:
        for name in names:
            if not re.fullmatch(r"[A-Z_][A-Z0-9_]*", name):
                raise ValueError(f"'{name}' is not an environment variable name (A-Z, 0-9, _)")
        return names


class HttpRequest(_Strict):
    """One request the grader sends; `json` or `data` (a form) is the body. `{name}` in the
    path, a header or a form value is a value captured by an earlier setup request."""

    method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"] = "GET"
    path: str = Field(pattern=r"^/")
    json_body: Any = Field(default=None, alias="json")
    data: dict[str, str] | None = None
    headers: dict[str, str] = Field(default_factory=dict)
    # Setup requests only: values kept by name for {name} in later requests (a login's token,
    # so requests carry a token signed with this run's secret): a response JSON field, or
    # "re:<pattern>" for the first group of a pattern over the response text.
    capture: dict[str, str] = Field(default_factory=dict)


class LatencySpec(_Strict):
    """Operations timed on 127.0.0.1 after `setup` requests and `warmup` untimed rounds."""

    setup: list[HttpRequest] = Field(default_factory=list)
    simple: list[HttpRequest] = Field(default_factory=list)
    complex: list[HttpRequest] = Field(default_factory=list)
    warmup: int = Field(default=3, ge=0, le=20)
    requests: int = Field(default=20, ge=5, le=200, description="timed requests per operation")
    simple_p95_ms: float = Field(default=200, gt=0)
    complex_p95_ms: float = Field(default=1000, gt=0)
    timeout_s: float = Field(default=10, gt=0, le=60, description="per request")


class CoverageSpec(_Strict):
    """The fixture asks the agent for tests: they must pass and cover `source`."""

    source: list[str] = Field(min_length=1, description="business-logic paths in the workspace")
    tests: str = "tests"
    threshold: float = Field(default=0.80, gt=0, le=1)


class SurfacesSpec(_Strict):
    """Inputs the generic attack suites try: after `setup` (logins, seeded rows, captured ids),
    every value of every request below, one at a time (path placeholders, query parameters,
    JSON leaves, form fields). Each request must be valid as written."""

    values: dict[str, str] = Field(default_factory=dict, description="{name} values known before setup")
    setup: list[HttpRequest] = Field(default_factory=list)
    requests: list[HttpRequest] = Field(min_length=1)


class SecuritySpec(_Strict):
    static: bool = True  # bandit + semgrep; the fixture's probes/ folder holds the exploits
    surfaces: SurfacesSpec | None = None


class GradingSpec(_Strict):
    test_timeout: int = Field(default=180, gt=0, le=3600)
    # Criteria that count towards `resolved` besides the hidden tests: a delegation fixture
    # leaves no code to test, a testing fixture's work is coverage, a performance fix's is speed.
    resolved_requires: list[Literal["routing", "coverage", "latency"]] = Field(default_factory=list)
    coverage: CoverageSpec | None = None
    latency: LatencySpec | None = None
    security: SecuritySpec | None = None


class LimitsSpec(_Strict):
    agent_seconds: int = Field(default=1800, gt=0)
    messages: int = Field(default=120, gt=1)
    tokens: int | None = Field(default=None, gt=0)


class VariantSpec(_Strict):
    """A known-bad version of the reference solution, kept to prove the graders flag it. The
    defect itself is variants/<name>.patch, a diff against the reference."""

    description: str = Field(min_length=5)
    flags: list[Literal["functional", "security", "coverage", "latency"]] = Field(min_length=1)


class TaskSpec(_Strict):
    id: str
    title: str = Field(min_length=1)
    category: Literal["crud", "migration", "security", "routing", "performance", "testing"]
    scenario: str = Field(min_length=1, description="cluster key for standard errors")
    stack: str
    difficulty: Literal["easy", "medium", "hard"]
    instruction: str = Field(min_length=20)
    # One agent, or the few acceptable ones where the spec's bullets genuinely conflict (the
    # first is where the oracle routes; `rationale` must then say why).
    route: str | list[str] = SELF_ROUTE
    # The Delegation Criteria bullet(s) that decide the route, in the agent spec's own words.
    criterion: str | list[str] | None = None
    rationale: str | None = Field(default=None, min_length=20, description="why the route, for a boundary case")
    app: AppSpec | None = None
    grading: GradingSpec = GradingSpec()
    limits: LimitsSpec = LimitsSpec()
    canary: str = Field(min_length=16)
    # The fixture (beside this one, same scenario) whose hidden tests, probes and grading this
    # stack's port of the scenario reuses.
    tests_from: str | None = None

    @field_validator("id", "stack")
    @classmethod
    def _kebab(cls, value: str) -> str:
        if not _NAME.match(value):
            raise ValueError("must be lower-case kebab-case (a-z, 0-9, -)")
        return value

    @field_validator("route")
    @classmethod
    def _routes(cls, value: str | list[str]) -> str | list[str]:
        names = [value] if isinstance(value, str) else value
        if not names or len(set(names)) != len(names):
            raise ValueError("must be one agent or a list of distinct agents")
        for name in names:
            cls._kebab(name)
        return value

    @field_validator("criterion")
    @classmethod
    def _criteria(cls, value: str | list[str] | None) -> str | list[str] | None:
        if isinstance(value, list) and (not value or not all(value)):
            raise ValueError("must be a bullet's words or a non-empty list of them")
        return value

    @model_validator(mode="after")
    def _conflict_explained(self) -> "TaskSpec":
        if isinstance(self.route, list) and len(self.route) > 1 and not self.rationale:
            raise ValueError("route: several acceptable agents need a 'rationale' saying why")
        return self

    @property
    def routes(self) -> tuple[str, ...]:
        """The acceptable routes; the first is the oracle's choice."""
        return (self.route,) if isinstance(self.route, str) else tuple(self.route)

    @property
    def route_label(self) -> str:
        """The routes as one label, as reports show them: `a|b` when either is right."""
        return ROUTE_SEPARATOR.join(self.routes)

    @property
    def criteria(self) -> tuple[str, ...]:
        if self.criterion is None:
            return ()
        return (self.criterion,) if isinstance(self.criterion, str) else tuple(self.criterion)


class Fixture(BaseModel):
    """A validated fixture and where its parts live on disk."""

    model_config = ConfigDict(frozen=True)

    spec: TaskSpec
    root: Path
    # Where tests/ and probes/ live: the root of the `tests_from` fixture, else this one's.
    suite_root: Path | None = None

    @property
    def id(self) -> str:
        return self.spec.id

    @property
    def workspace_dir(self) -> Path:
        return self.root / "workspace"

    @property
    def tests_dir(self) -> Path:
        return (self.suite_root or self.root) / "tests"

    @property
    def solution_dir(self) -> Path:
        return self.root / "solution"

    @property
    def probes_dir(self) -> Path:
        return (self.suite_root or self.root) / "probes"

    @property
    def variants_dir(self) -> Path:
        return self.root / "variants"

    @property
    def routing_only(self) -> bool:
        """A routing case with nothing to run: graded on its route alone, in no container."""
        return not self.test_files()

    def workspace_files(self) -> dict[str, Path]:
        return files_under(self.workspace_dir)

    def solution_files(self) -> dict[str, Path]:
        return files_under(self.solution_dir)

    def test_files(self) -> dict[str, Path]:
        return files_under(self.tests_dir)

    def probe_files(self) -> dict[str, Path]:
        return files_under(self.probes_dir)

    def variants(self) -> dict[str, "Variant"]:
        if not self.variants_dir.is_dir():
            return {}
        return load_variants(self.variants_dir)


class Variant(BaseModel):
    model_config = ConfigDict(frozen=True)

    name: str
    spec: VariantSpec
    spec_path: Path  # variants/<name>.yaml
    patch: Path  # variants/<name>.patch: the defect, as a diff against the reference


PATCH_SUFFIX, SPEC_SUFFIX = ".patch", ".yaml"


def _read_yaml(path: Path, where: str) -> dict:
    if not path.is_file():
        raise FixtureError(f"{where}: file is missing")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark else ""
        problem = getattr(err, "problem", None) or "invalid YAML"
        raise FixtureError(f"{where}:{line} {problem}") from None
    if not isinstance(raw, dict):
        raise FixtureError(f"{where}: expected a mapping of fields, got {type(raw).__name__}")
    return raw


def _validated(model: type[BaseModel], raw: dict, where: str):
    try:
        return model.model_validate(raw)
    except ValidationError as err:
        problems = [f"field '{_field_path(e['loc'])}': {e['msg']}" for e in err.errors(include_url=False)]
        raise FixtureError(f"{where}: " + "; ".join(problems)) from None


def load_variants(folder: Path) -> dict[str, Variant]:
    """variants/<name>.yaml (what must flag it) beside variants/<name>.patch (the defect)."""
    if not folder.is_dir():
        return {}
    entries = {p for p in folder.iterdir() if not p.name.startswith(".")}
    stray = sorted(p for p in entries if p.suffix not in (PATCH_SUFFIX, SPEC_SUFFIX) or p.is_dir())
    if stray:
        raise FixtureError(f"{_display(stray[0])}: a variant is <name>.yaml and <name>.patch, nothing else")
    variants = {}
    for name in sorted({p.stem for p in entries}):
        spec_path, patch = folder / f"{name}{SPEC_SUFFIX}", folder / f"{name}{PATCH_SUFFIX}"
        for path in (spec_path, patch):
            if not path.is_file():
                raise FixtureError(f"{_display(path)}: file is missing (a variant needs its .yaml and its .patch)")
        where = _display(spec_path)
        variants[name] = Variant(name=name, spec=_validated(VariantSpec, _read_yaml(spec_path, where), where),
                                 spec_path=spec_path, patch=patch)
    return variants


def files_under(root: Path) -> dict[str, Path]:
    """Relative posix path -> file, skipping caches that a local run may leave behind."""
    if not root.is_dir():
        return {}
    files = {}
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if path.is_file() and "__pycache__" not in rel.parts and ".pytest_cache" not in rel.parts:
            files[rel.as_posix()] = path
    return files


def _field_path(loc: tuple) -> str:
    return ".".join(str(part) for part in loc) or "<root>"


def load_fixture(root: Path) -> Fixture:
    """Load and validate tasks/<id>/. Raises FixtureError with a one-line message."""
    root = Path(root)
    yaml_path = root / "task.yaml"
    where = _display(yaml_path)
    raw = _read_yaml(yaml_path, where)
    shared = _shared_suite(raw, root, where)
    if shared is not None:
        # The shared fixture's grading, with this task's own fields on top.
        raw = {**raw, "grading": {**shared.spec.grading.model_dump(by_alias=True, exclude_unset=True),
                                  **(raw.get("grading") or {})}}
    spec = _validated(TaskSpec, raw, where)
    if spec.id != root.name:
        raise FixtureError(f"{where}: field 'id': '{spec.id}' must match the folder name '{root.name}'")
    if shared is not None and shared.spec.scenario != spec.scenario:
        raise FixtureError(f"{where}: field 'scenario': '{spec.scenario}' differs from '{shared.spec.scenario}' "
                           f"of '{shared.id}' (tests_from): a port shares its scenario")
    suite_root = shared.root if shared is not None else root
    grading = spec.grading
    if not (root / "workspace").is_dir():
        raise FixtureError(f"{_display(root / 'workspace')}: folder is missing")
    if not files_under(suite_root / "tests"):
        _check_routing_only(spec, root, where)
    elif not (root / "solution").is_dir():
        raise FixtureError(f"{_display(root / 'solution')}: folder is missing")
    for criterion in grading.resolved_requires:
        if criterion != "routing" and getattr(grading, criterion) is None:
            raise FixtureError(f"{where}: field 'grading.resolved_requires': '{criterion}' needs grading.{criterion}")
    if (grading.latency or grading.security) and spec.app is None:
        raise FixtureError(f"{where}: field 'app': latency and security grading need an app to run")
    if grading.security and not files_under(suite_root / "probes"):
        raise FixtureError(f"{_display(suite_root / 'probes')}: grading.security is set but there are no probes")
    fixture = Fixture(spec=spec, root=root, suite_root=shared.root if shared is not None else None)
    for variant in fixture.variants().values():
        for flag in variant.spec.flags:
            if flag != "functional" and getattr(grading, flag) is None:
                raise FixtureError(f"{_display(variant.spec_path)}: field 'flags': "
                                   f"'{flag}' is not graded for this fixture (no grading.{flag})")
    return fixture


def _shared_suite(raw: dict, root: Path, where: str) -> Fixture | None:
    """The fixture named by `tests_from`, loaded; None when the task has its own suite."""
    name = raw.get("tests_from")
    if name is None:
        return None
    if not isinstance(name, str) or not _NAME.match(name) or name == root.name:
        raise FixtureError(f"{where}: field 'tests_from': must name another fixture's folder")
    for own in ("tests", "probes"):
        if files_under(root / own):
            raise FixtureError(f"{_display(root / own)}: a task with tests_from uses the tests and probes "
                               f"of '{name}' and has no {own}/ of its own")
    if not (root.parent / name / "task.yaml").is_file():
        raise FixtureError(f"{where}: field 'tests_from': no fixture '{name}' beside this one")
    shared = load_fixture(root.parent / name)
    if shared.spec.tests_from is not None:
        raise FixtureError(f"{where}: field 'tests_from': '{name}' shares its tests from "
                           f"'{shared.spec.tests_from}'; name that fixture instead")
    return shared


def _check_routing_only(spec: TaskSpec, root: Path, where: str) -> None:
    """Without hidden tests a fixture can only be a routing case: nothing else to grade."""
    if spec.category != "routing":
        raise FixtureError(f"{_display(root / 'tests')}: no hidden tests (only a routing case may have none)")
    graded = [name for name in ("coverage", "latency", "security") if getattr(spec.grading, name) is not None]
    if spec.app is not None or graded:
        field = "app" if spec.app is not None else f"grading.{graded[0]}"
        raise FixtureError(f"{where}: field '{field}': a routing case without hidden tests has nothing to run it on")
    if spec.criterion is None:
        raise FixtureError(f"{where}: field 'criterion': a routing case without hidden tests must cite "
                           "the Delegation Criteria bullet it tests")


def load_fixtures(tasks_dir: Path, select: list[str] | None = None) -> list[Fixture]:
    """Every fixture under tasks_dir, optionally filtered by id (exact or glob)."""
    tasks_dir = Path(tasks_dir)
    if not tasks_dir.is_dir():
        raise FixtureError(f"{_display(tasks_dir)}: tasks folder is missing")
    roots = sorted(p for p in tasks_dir.iterdir() if p.is_dir() and not p.name.startswith("."))
    if select:
        roots = [p for p in roots if any(_matches(p.name, pattern) for pattern in select)]
        if not roots:
            raise FixtureError(f"{_display(tasks_dir)}: no task matches {', '.join(select)}")
    fixtures = [load_fixture(root) for root in roots]
    _check_unique_instructions(fixtures)
    return fixtures


def _matches(name: str, pattern: str) -> bool:
    from fnmatch import fnmatchcase

    return fnmatchcase(name, pattern)


def _check_unique_instructions(fixtures: list[Fixture]) -> None:
    # Scripted agents find their script by the instruction, so it must identify the task.
    seen: dict[str, str] = {}
    for fixture in fixtures:
        key = fixture.spec.instruction.strip()
        if key in seen:
            raise FixtureError(
                f"{_display(fixture.root / 'task.yaml')}: field 'instruction': "
                f"same text as task '{seen[key]}'"
            )
        seen[key] = fixture.id


def _display(path: Path) -> str:
    """A path relative to the working directory when possible, for short messages."""
    try:
        return Path(path).resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()
