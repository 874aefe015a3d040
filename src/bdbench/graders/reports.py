"""Parsers for the tools' JSON reports, by the `format` name a stack profile gives them."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass
class Finding:
    tool: str
    rule: str
    severity: str  # as the tool says it
    high: bool  # counts against `secure`
    location: str
    message: str


def bandit_findings(text: str) -> list[Finding]:
    findings = []
    for issue in json.loads(text).get("results", []):
        severity, confidence = issue.get("issue_severity", ""), issue.get("issue_confidence", "")
        findings.append(Finding(
            "bandit", f"{issue.get('test_id')}:{issue.get('test_name')}", severity,
            severity == "HIGH" and confidence in ("HIGH", "MEDIUM"),
            f"{issue.get('filename')}:{issue.get('line_number')}", issue.get("issue_text", "")[:300],
        ))
    return findings


def semgrep_findings(text: str) -> list[Finding]:
    report = json.loads(text)
    errors = [e.get("message", "") for e in report.get("errors", []) if e.get("level") == "error"]
    if errors:
        raise ValueError("semgrep: " + "; ".join(errors)[:500])
    findings = []
    for result in report.get("results", []):
        extra = result.get("extra", {})
        severity = extra.get("severity", "")
        findings.append(Finding(
            "semgrep", result.get("check_id", "").rsplit(".", 1)[-1], severity, severity == "ERROR",
            f"{result.get('path')}:{result.get('start', {}).get('line')}", extra.get("message", "")[:300],
        ))
    return findings


def ruff_findings(text: str) -> list[Finding]:
    return [
        Finding("ruff", item.get("code") or "syntax", "info", False,
                f"{item.get('filename')}:{(item.get('location') or {}).get('row')}", item.get("message", "")[:200])
        for item in json.loads(text or "[]")
    ]


def eslint_findings(text: str) -> list[Finding]:
    # A file eslint cannot parse is one finding without a rule ("syntax"), as with ruff.
    return [
        Finding("eslint", message.get("ruleId") or "syntax", "info", False,
                f"{result.get('filePath')}:{message.get('line')}", message.get("message", "")[:200])
        for result in json.loads(text or "[]") for message in result.get("messages", [])
    ]


def rubocop_findings(text: str) -> list[Finding]:
    # A file rubocop cannot parse is a Lint/Syntax offense, so it counts as one finding too.
    return [
        Finding("rubocop", offense.get("cop_name") or "syntax", offense.get("severity", "info"), False,
                f"{item.get('path')}:{(offense.get('location') or {}).get('line')}", offense.get("message", "")[:200])
        for item in json.loads(text or "{}").get("files", []) for offense in item.get("offenses", [])
    ]


def coverage_fraction(text: str) -> float:
    totals = json.loads(text)["totals"]
    statements = totals.get("num_statements", 0)
    return totals.get("covered_lines", 0) / statements if statements else 0.0


FINDING_PARSERS = {"bandit-json": bandit_findings, "semgrep-json": semgrep_findings, "ruff-json": ruff_findings,
                   "eslint-json": eslint_findings, "rubocop-json": rubocop_findings}
