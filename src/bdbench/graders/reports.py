"""Parsers for the tools' JSON reports, by the `format` name a stack profile gives them."""

from __future__ import annotations

import json
import re
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


_GO_POSITION = re.compile(r"(\S+?:\d+(?::\d+)?): ")


def go_vet_findings(text: str) -> list[Finding]:
    """`go vet -json` output: per package a `# pkg` line, then {pkg: {analyzer: [{posn, message}]}};
    a package that does not type-check gives `vet: file:line:col: message` instead ("typecheck")."""
    findings, decoder, position = [], json.JSONDecoder(), 0
    while position < len(text):
        if text[position] == "{":
            report, position = decoder.raw_decode(text, position)
            findings += [Finding("go-vet", analyzer, "info", False, item.get("posn", ""), item.get("message", "")[:200])
                         for analyzers in report.values() for analyzer, items in analyzers.items() for item in items]
            continue
        line_end = text.find("\n", position)
        line = text[position:line_end if line_end >= 0 else len(text)]
        if line.startswith("vet: "):
            where = _GO_POSITION.match(line[5:])
            location, message = (where.group(1), line[5 + where.end():]) if where else ("", line[5:])
            findings.append(Finding("go-vet", "typecheck", "info", False, location, message[:200]))
        position = len(text) if line_end < 0 else line_end + 1
    return findings


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
                   "eslint-json": eslint_findings, "go-vet-json": go_vet_findings,
                   "rubocop-json": rubocop_findings}
