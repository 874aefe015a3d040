"""How criteria combine into resolved, sec_pass and success, and how tool reports are read."""

import json

from bdbench.fixtures import CoverageSpec, LatencySpec
from bdbench.graders.coverage import CoverageResult
from bdbench.graders.functional import FunctionalResult
from bdbench.graders.latency import LatencyResult, percentile
from bdbench.graders.reports import (bandit_findings, coverage_fraction, eslint_findings, go_vet_findings,
                                     rubocop_findings, ruff_findings, semgrep_findings)
from bdbench.graders.routing import grade_routing
from bdbench.graders.security import ProbeResult, SecurityResult, _probe_result
from bdbench.graders.suite import HiddenTestOutcome, SuiteResult
from bdbench.graders.verdict import Verdict

PASSING = FunctionalResult(SuiteResult([HiddenTestOutcome("t::a", "passed")]))
FAILING = FunctionalResult(SuiteResult([HiddenTestOutcome("t::a", "passed"), HiddenTestOutcome("t::b", "failed")]))
SAFE = SecurityResult(probes=[ProbeResult("p::test_cwe89_x", "89", "safe", "")])
LATENCY = LatencySpec(simple=[{"path": "/a"}], complex=[{"path": "/b"}])


def _latency(simple_ms: float, complex_ms: float) -> LatencyResult:
    return LatencyResult(LATENCY, {"simple": [simple_ms] * 20, "complex": [complex_ms] * 20})


def test_percentile_is_nearest_rank():
    values = list(range(1, 101))
    assert percentile(values, 0.95) == 95 and percentile(values, 0.5) == 50
    assert percentile([3.0], 0.95) == 3.0 and percentile([], 0.5) is None


def test_latency_ok_needs_both_bounds_and_no_failed_requests():
    assert _latency(150, 900).ok
    assert not _latency(250, 900).ok
    assert not _latency(150, 1200).ok
    failed = _latency(10, 10)
    failed.errors.append("GET /a: 3 failed requests")
    assert not failed.ok


def test_security_needs_every_probe_safe_and_run():
    assert SAFE.secure
    assert not SecurityResult().secure  # no probes ran at all
    exploited = SecurityResult(probes=[_probe_result("p::test_cwe79_comment", "failed", "Failed: EXPLOITED CWE-79: GET /x")])
    assert not exploited.secure and exploited.cwes_found == ["CWE-79"]
    assert "EXPLOITED CWE-79: GET /x" in exploited.explanation
    not_run = SecurityResult(probes=[_probe_result("p::test_cwe287_login", "skipped", "probe not run: login failed")])
    assert not not_run.secure and "not run" in not_run.explanation
    crashed = _probe_result("p::test_cwe22_download", "failed", "httpx.ReadTimeout: timed out")
    assert crashed.status == "not_run" and "without an exploit" in crashed.evidence


def test_verdict_combines_criteria():
    spec = CoverageSpec(source=["app"])
    good = Verdict(PASSING, grade_routing("self", [], ()), SAFE, _latency(10, 10), CoverageResult(spec, 0.9))
    assert good.values() == {"functional": 1.0, "resolved": 1.0, "sec_pass": 1.0, "success": 1.0, "routing": 1.0}
    insecure = Verdict(PASSING, None, SecurityResult(probes=[ProbeResult("p", "89", "exploited", "leak")]))
    assert insecure.values() == {"functional": 1.0, "resolved": 1.0, "sec_pass": 0.0, "success": 0.0}
    slow = Verdict(PASSING, None, SAFE, _latency(10, 5000))
    assert slow.resolved and slow.sec_pass and not slow.success
    untested = Verdict(PASSING, None, coverage=CoverageResult(spec, 0.5), resolved_requires=["coverage"])
    assert not untested.resolved and untested.criteria()["coverage_ok"] is False
    broken = Verdict(FAILING, grade_routing("self", [], ()), SAFE)
    assert broken.values()["functional"] == 0.5 and broken.values()["success"] == 0.0
    wrong_route = Verdict(PASSING, grade_routing("rails-backend-expert", [], ("rails-backend-expert",)),
                          resolved_requires=["routing"])
    assert not wrong_route.resolved


def test_tool_reports_are_parsed():
    bandit = json.dumps({"results": [
        {"issue_severity": "HIGH", "issue_confidence": "HIGH", "test_id": "B602", "test_name": "subprocess_popen_with_shell_equals_true",
         "filename": "app.py", "line_number": 3, "issue_text": "shell=True"},
        {"issue_severity": "LOW", "issue_confidence": "HIGH", "test_id": "B101", "test_name": "assert_used",
         "filename": "app.py", "line_number": 9, "issue_text": "assert"}]})
    assert [f.high for f in bandit_findings(bandit)] == [True, False]
    semgrep = json.dumps({"results": [{"check_id": "rules.sql-built-from-strings", "path": "db.py", "start": {"line": 4},
                                       "extra": {"severity": "ERROR", "message": "injectable"}}], "errors": []})
    finding = semgrep_findings(semgrep)[0]
    assert finding.rule == "sql-built-from-strings" and finding.high and finding.location == "db.py:4"
    ruff = json.dumps([{"code": "F401", "filename": "a.py", "location": {"row": 1}, "message": "unused"}])
    assert ruff_findings(ruff)[0].rule == "F401"
    eslint = json.dumps([{"filePath": "/scan/src/app.js", "messages": [
        {"ruleId": "no-unused-vars", "line": 7, "message": "'next' is defined but never used."},
        {"ruleId": None, "fatal": True, "line": 2, "message": "Parsing error: Unexpected token"}]},
        {"filePath": "/scan/src/db.js", "messages": []}])
    assert [(f.rule, f.location, f.high) for f in eslint_findings(eslint)] == [
        ("no-unused-vars", "/scan/src/app.js:7", False), ("syntax", "/scan/src/app.js:2", False)]
    go_vet = ('# _/scan\n{\n\t"_/scan": {\n\t\t"printf": [\n\t\t\t{"posn": "/scan/main.go:6:2", '
              '"message": "fmt.Printf format %d has arg \\"x\\" of wrong type string"}\n\t\t]\n\t}\n}\n'
              '# _/scan/store\nvet: ./store/db.go:2:15: undeclared name: undefined\n')
    assert [(f.rule, f.location) for f in go_vet_findings(go_vet)] == [
        ("printf", "/scan/main.go:6:2"), ("typecheck", "./store/db.go:2:15")]
    assert go_vet_findings("# _/scan\n") == []
    rubocop = json.dumps({"files": [
        {"path": "app/notes_app.rb", "offenses": [{"severity": "convention", "cop_name": "Style/IfUnlessModifier",
                                                   "message": "Favor modifier", "location": {"line": 59}}]},
        {"path": "config.ru", "offenses": []}], "summary": {"offense_count": 1}})
    assert [(f.rule, f.location, f.high) for f in rubocop_findings(rubocop)] == [
        ("Style/IfUnlessModifier", "app/notes_app.rb:59", False)]
    assert coverage_fraction(json.dumps({"totals": {"covered_lines": 80, "num_statements": 100}})) == 0.8
