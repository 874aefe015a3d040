"""The existing Nest modules, controllers and bootstrap are still declared and wired."""

import re

import pytest


def _source(workspace, relpath: str) -> str:
    """A TypeScript file without its // line comments, so commented-out code does not count."""
    text = (workspace / relpath).read_text(encoding="utf-8", errors="replace")
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))


def _module_metadata(source: str, class_name: str) -> str:
    """The text of the @Module({...}) decorator right before `export class <class_name>`."""
    match = re.search(
        rf"@Module\(\s*\{{(.*?)\}}\s*\)\s*export\s+class\s+{class_name}\b", source, re.S
    )
    assert match, f"@Module(...) export class {class_name} is gone"
    return match.group(1)


def _array(metadata: str, key: str) -> set[str]:
    match = re.search(rf"\b{key}\s*:\s*\[(.*?)\]\s*,?\s*(?:\w+\s*:|$)", metadata, re.S)
    if not match:
        return set()
    return set(re.findall(r"\b([A-Z]\w*)\b", match.group(1)))


def test_bootstrap_creates_the_app_module(workspace):
    main = _source(workspace, "src/main.ts")
    assert re.search(r"NestFactory\.create\(\s*AppModule\b", main)
    assert re.search(r"\.listen\(", main)
    assert re.search(r"new\s+ValidationPipe\(", main), "the global ValidationPipe is gone"


@pytest.mark.parametrize("module", ["ConfigModule", "TypeOrmModule", "HealthModule", "OrdersModule"])
def test_app_module_still_imports(workspace, module):
    metadata = _module_metadata(_source(workspace, "src/app.module.ts"), "AppModule")
    assert module in _array(metadata, "imports"), f"AppModule no longer imports {module}"


def test_orders_module_keeps_controller_provider_and_export(workspace):
    metadata = _module_metadata(_source(workspace, "src/orders/orders.module.ts"), "OrdersModule")
    assert "OrdersController" in _array(metadata, "controllers")
    assert "OrdersService" in _array(metadata, "providers")
    assert "OrdersService" in _array(metadata, "exports")


def test_orders_controller_keeps_its_route_prefix(workspace):
    controller = _source(workspace, "src/orders/orders.controller.ts")
    assert re.search(r"""@Controller\(\s*['"]orders['"]\s*\)\s*export\s+class\s+OrdersController\b""", controller)


@pytest.mark.parametrize(
    ("verb", "path"), [("Get", None), ("Get", ":id"), ("Post", None), ("Patch", ":id/cancel")]
)
def test_orders_controller_keeps_its_endpoints(workspace, verb, path):
    controller = _source(workspace, "src/orders/orders.controller.ts")
    if path is None:
        pattern = rf"@{verb}\(\s*(?:['\"]['\"])?\s*\)"
    else:
        pattern = rf"""@{verb}\(\s*['"]{re.escape(path)}['"]\s*\)"""
    assert re.search(pattern, controller), f"@{verb}({path or ''}) handler is gone from OrdersController"


def test_health_controller_keeps_its_route(workspace):
    controller = _source(workspace, "src/health/health.controller.ts")
    assert re.search(r"""@Controller\(\s*['"]health['"]\s*\)""", controller)
    assert re.search(r"@Get\(\s*\)", controller)


@pytest.mark.parametrize(
    ("relpath", "table"),
    [("src/orders/entities/order.entity.ts", "orders"), ("src/orders/entities/order-item.entity.ts", "order_items")],
)
def test_entities_keep_their_tables(workspace, relpath, table):
    assert re.search(rf"""@Entity\(\s*['"]{table}['"]\s*\)""", _source(workspace, relpath))
