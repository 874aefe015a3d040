"""config/routes.rb still declares every route the API served before the agent's work."""

import re

import pytest


@pytest.fixture
def routes(workspace):
    """routes.rb without comment lines, so commented-out routes do not count."""
    text = (workspace / "config/routes.rb").read_text(encoding="utf-8", errors="replace")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


def test_routes_file_is_one_complete_draw_block(routes):
    lines = [line.strip() for line in routes.splitlines() if line.strip()]
    assert lines, "config/routes.rb is empty"
    assert re.fullmatch(r"Rails\.application\.routes\.draw\s+do", lines[0])
    assert lines[-1] == "end", "config/routes.rb is cut off: the draw block is not closed"


def test_health_check_route_is_kept(routes):
    assert re.search(r"""^\s*get\s+["']up["']\s*=>\s*["']rails/health#show["']""", routes, re.M)


def test_api_v1_namespace_is_kept(routes):
    assert re.search(r"^\s*namespace\s+:api\b", routes, re.M)
    assert re.search(r"^\s*namespace\s+:v1\b", routes, re.M)


@pytest.mark.parametrize("resource", ["customers", "invoices"])
def test_existing_resources_are_kept(routes, resource):
    assert re.search(rf"^\s*resources\s+:{resource}\b", routes, re.M), f"resources :{resource} is gone"


@pytest.mark.parametrize("action", ["issue", "mark_paid", "void"])
def test_invoice_member_actions_are_kept(routes, action):
    assert re.search(rf"""^\s*post\s+[:"']{action}\b""", routes, re.M), f"POST {action} route is gone"
