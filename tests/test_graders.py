from bdbench.graders.functional import FunctionalResult
from bdbench.graders.suite import HiddenTestOutcome, SuiteResult, parse_junit
from bdbench.graders.routing import grade_routing

SPECIALISTS = ("rails-backend-expert", "nestjs-backend-expert")

JUNIT = """<?xml version="1.0" encoding="utf-8"?>
<testsuites><testsuite name="pytest" tests="4">
<testcase classname="tests.test_notes" name="test_create" time="0.1"/>
<testcase classname="tests.test_notes" name="test_delete" time="0.1"><failure message="assert 200 == 204">trace</failure></testcase>
<testcase classname="tests.test_notes" name="test_get" time="0.1"><error message="fixture app failed">trace</error></testcase>
<testcase classname="tests.test_notes" name="test_skip" time="0.0"><skipped message="not here"/></testcase>
</testsuite></testsuites>"""


def test_parse_junit_outcomes_and_names():
    outcomes = parse_junit(JUNIT)
    assert [(o.name, o.outcome) for o in outcomes] == [
        ("test_notes::test_create", "passed"),
        ("test_notes::test_delete", "failed"),
        ("test_notes::test_get", "error"),
        ("test_notes::test_skip", "skipped"),
    ]
    assert outcomes[1].message == "assert 200 == 204"


def test_functional_result_scores_and_names_failures():
    result = FunctionalResult(SuiteResult(outcomes=parse_junit(JUNIT)))
    assert result.pass_rate == 0.25
    assert not result.all_passed
    assert "1/4 passed" in result.explanation
    assert "test_notes::test_delete" in result.explanation and "test_notes::test_skip" in result.explanation


def test_functional_error_scores_zero_even_with_outcomes():
    result = FunctionalResult(SuiteResult(outcomes=[HiddenTestOutcome("t::a", "passed")], error="timed out after 5 s"))
    assert result.pass_rate == 0.0 and not result.all_passed
    assert "did not complete: timed out" in result.explanation
    assert not FunctionalResult(SuiteResult()).all_passed  # no tests is never a pass


def test_routing_self_and_specialists():
    assert grade_routing("self", [], SPECIALISTS).correct
    # Handing finished work to a reviewer is not delegating the work.
    assert grade_routing("self", [{"agent": "code-reviewer", "brief": ""}], SPECIALISTS).correct
    wrong = grade_routing("self", [{"agent": "rails-backend-expert", "brief": ""}], SPECIALISTS)
    assert not wrong.correct and wrong.predicted == "rails-backend-expert"
    assert grade_routing("rails-backend-expert", [{"agent": "rails-backend-expert", "brief": "b"}], SPECIALISTS).correct
    assert not grade_routing("rails-backend-expert", [], SPECIALISTS).correct


def test_routing_to_two_specialists_is_wrong_and_labelled():
    calls = [{"agent": "rails-backend-expert", "brief": ""}, {"agent": "nestjs-backend-expert", "brief": ""},
             {"agent": "rails-backend-expert", "brief": ""}]
    result = grade_routing("rails-backend-expert", calls, SPECIALISTS)
    assert result.predicted == "rails-backend-expert+nestjs-backend-expert"
    assert not result.correct
    assert "expected rails-backend-expert" in result.explanation


def test_scan_copy_leaves_out_each_stacks_own_test_files():
    from bdbench.graders.toolrun import _prune_command

    python = _prune_command("/scan", {})
    assert "-name 'test_*.py'" in python and "-name tests" in python
    go = _prune_command("/scan", {"test_files": ["*_test.go"], "test_folders": ["testdata"]})
    assert "-name '*_test.go'" in go and "-name testdata" in go and "test_*.py" not in go
    # Ignore files and installed dependencies go whatever the stack.
    for command in (python, go):
        assert "-name .semgrepignore" in command and "-name node_modules" in command
