"""The agent spec's Delegation Criteria, and the routing cases that cite them."""

import pytest

from bdbench.criteria import CriteriaError, cases_by_criterion, citation_problems, delegation_criteria, load_criteria
from bdbench.fixtures import SELF_ROUTE, load_fixture, load_fixtures
from conftest import REPO, valid_task_yaml, write_fixture

SPEC = REPO / "agents" / "backend-developer.md"


@pytest.fixture(scope="module")
def criteria():
    return load_criteria(SPEC)


@pytest.fixture(scope="module")
def fixtures():
    return load_fixtures(REPO / "tasks")


def test_the_default_spec_has_12_delegation_and_5_retain_bullets(criteria):
    routes = [c.route for c in criteria.values()]
    assert routes.count("rails-backend-expert") == routes.count("nestjs-backend-expert") == 4
    assert routes.count("elixir-phoenix-expert") == 4 and routes.count(SELF_ROUTE) == 5
    assert criteria["Background job processing with Sidekiq/Resque"].route == "rails-backend-expert"
    assert criteria["Legacy system integration"].retains


def test_bullets_outside_the_section_are_not_criteria():
    text = ("## Delegation Criteria\n**Delegate to a-expert when**:\n- A thing\n"
            "### Retain Ownership When\n- Another thing\n## Success Criteria\n- Not a criterion\n")
    assert {t: c.route for t, c in delegation_criteria(text).items()} == {"A thing": "a-expert", "Another thing": "self"}
    with pytest.raises(CriteriaError, match="no '## Delegation Criteria' section"):
        delegation_criteria("## Mission\n- x\n")


def test_every_citation_is_a_bullet_of_the_spec_on_the_side_of_the_route(criteria, fixtures):
    problems = [p for f in fixtures for p in citation_problems(f, criteria)]
    assert not problems, "\n".join(problems)


def test_every_bullet_has_at_least_two_cases_and_there_are_40_routing_cases(criteria, fixtures):
    cases = cases_by_criterion(fixtures, criteria)
    thin = {text: [f.id for f in found] for text, found in cases.items() if len(found) < 2}
    assert not thin, thin
    assert sum(1 for f in fixtures if f.spec.category == "routing") >= 40


def test_conflicting_cases_are_few_and_explained(fixtures):
    conflicting = [f for f in fixtures if len(f.spec.routes) > 1]
    assert 0 < len(conflicting) <= 3
    assert all(f.spec.rationale for f in conflicting)


def test_a_wrong_citation_names_the_file_and_field(tasks_dir, criteria):
    for cited, route in (("Delegate everything", SELF_ROUTE), ("Legacy system integration", "rails-backend-expert")):
        root = write_fixture(tasks_dir, valid_task_yaml(f"case-{len(route)}", route=route, criterion=cited))
        [problem] = citation_problems(load_fixture(root), criteria)
        assert "task.yaml: field 'criterion'" in problem and cited in problem
