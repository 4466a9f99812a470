"""The dependency audit CI runs (.ci/audit.py): it fails on an installed package with a known vulnerability that has
a fix, prints one without a fix, and says how many packages it could not look up instead of claiming an audit."""

import importlib.util
from pathlib import Path

AUDIT = Path(__file__).resolve().parents[2] / ".ci" / "audit.py"
spec = importlib.util.spec_from_file_location("audit", AUDIT)
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


def _rapport(*pakketten):
    return {"dependencies": list(pakketten), "fixes": []}


def test_a_vulnerability_with_a_fix_fails():
    code, regels = audit.oordeel(
        _rapport(
            {"name": "jinja2", "version": "2.10", "vulns": [{"id": "PYSEC-2019-217", "fix_versions": ["2.10.1"]}]},
            {"name": "numpy", "version": "2.0.0", "vulns": []},
        )
    )
    assert code == 1
    assert any("VULNERABLE" in r and "jinja2 2.10" in r and "2.10.1" in r for r in regels)


def test_a_vulnerability_without_a_fix_is_named_not_failed():
    code, regels = audit.oordeel(
        _rapport({"name": "x", "version": "1", "vulns": [{"id": "GHSA-xxxx", "fix_versions": []}]})
    )
    assert code == 0 and any("without a fix" in r for r in regels)


def test_packages_not_looked_up_are_counted_not_passed_over_in_silence():
    code, regels = audit.oordeel(
        _rapport(
            {"name": "a", "skip_reason": "Dependency not found on PyPI and could not be audited: a (1)"},
            {"name": "b", "version": "1", "vulns": []},
        )
    )
    assert code == 0
    assert regels[0] == ".ci/audit: pip-audit looked up 1 of 2 installed packages"
    assert "1 could not be looked up" in regels[1]
