"""The router, endpoint, supervision tree and config still wire the existing app together."""

import re

import pytest


def _source(workspace, relpath: str) -> str:
    """An Elixir file without its comment lines, so commented-out code does not count."""
    text = (workspace / relpath).read_text(encoding="utf-8", errors="replace")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))


@pytest.fixture
def router(workspace):
    return _source(workspace, "lib/dispatch_web/router.ex")


def test_router_uses_the_web_router_macro(router):
    assert re.search(r"^\s*use\s+DispatchWeb\s*,\s*:router\b", router, re.M)


@pytest.mark.parametrize(
    "plug", ["accepts", "fetch_session", "fetch_live_flash", "put_root_layout", "protect_from_forgery"]
)
def test_browser_pipeline_keeps_its_plugs(router, plug):
    pipeline = re.search(r"^\s*pipeline\s+:browser\s+do\n(.*?)^\s*end\b", router, re.M | re.S)
    assert pipeline, "pipeline :browser is gone"
    assert re.search(rf"^\s*plug\s+:{plug}\b", pipeline.group(1), re.M), f"plug :{plug} left the browser pipeline"


def test_api_pipeline_is_kept(router):
    assert re.search(r"^\s*pipeline\s+:api\s+do\s*\n\s*plug\s+:accepts,\s*\[\s*\"json\"\s*\]", router, re.M)


@pytest.mark.parametrize(
    "route",
    [
        r'get\s+"/"\s*,\s*PageController\s*,\s*:home',
        r'live\s+"/deliveries"\s*,\s*DeliveryLive\.Index\s*,\s*:index',
        r'get\s+"/deliveries"\s*,\s*DeliveryController\s*,\s*:index',
        r'get\s+"/deliveries/:id"\s*,\s*DeliveryController\s*,\s*:show',
        r'put\s+"/deliveries/:id/status"\s*,\s*DeliveryController\s*,\s*:update_status',
    ],
)
def test_existing_route_is_kept(router, route):
    assert re.search(rf"^\s*{route}\b", router, re.M), f"route {route!r} is gone"


def test_api_routes_stay_under_the_api_scope(router):
    assert re.search(r'^\s*scope\s+"/api"\s*,\s*DispatchWeb\.Api\s+do', router, re.M)


@pytest.mark.parametrize(
    "child",
    [
        r"DispatchWeb\.Telemetry",
        r"Dispatch\.Repo",
        r"\{\s*Phoenix\.PubSub\s*,\s*name:\s*Dispatch\.PubSub\s*\}",
        r"DispatchWeb\.Endpoint",
    ],
)
def test_supervision_tree_keeps_child(workspace, child):
    application = _source(workspace, "lib/dispatch/application.ex")
    children = re.search(r"children\s*=\s*\[(.*?)\]\s*\n", application, re.S)
    assert children, "the children list is gone from Dispatch.Application"
    assert re.search(child, children.group(1)), f"{child} left the supervision tree"


def test_endpoint_keeps_the_liveview_socket(workspace):
    endpoint = _source(workspace, "lib/dispatch_web/endpoint.ex")
    assert re.search(r'^\s*socket\s+"/live"\s*,\s*Phoenix\.LiveView\.Socket\b', endpoint, re.M)
    assert re.search(r"^\s*plug\s+DispatchWeb\.Router\b", endpoint, re.M)


def test_endpoint_config_keeps_pubsub_and_liveview(workspace):
    config = _source(workspace, "config/config.exs")
    assert re.search(r"\bpubsub_server:\s*Dispatch\.PubSub\b", config)
    assert re.search(r"\blive_view:\s*\[\s*signing_salt:", config)
    assert re.search(r"\badapter:\s*Bandit\.PhoenixAdapter\b", config)


def test_deliveries_board_is_still_a_live_view(workspace):
    live = _source(workspace, "lib/dispatch_web/live/delivery_live/index.ex")
    assert re.search(r"^\s*use\s+DispatchWeb\s*,\s*:live_view\b", live, re.M)
    assert re.search(r"^\s*def\s+mount\(", live, re.M)


@pytest.mark.parametrize("function", ["update_status", "assign_courier", "list_deliveries", "create_delivery"])
def test_deliveries_context_keeps_its_public_api(workspace, function):
    context = _source(workspace, "lib/dispatch/deliveries.ex")
    assert re.search(rf"^\s*def\s+{function}\(", context, re.M), f"Deliveries.{function} is gone"
