"""The README's two set-up commands stay what CI and a newcomer run."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _commands():
    return re.findall(
        r"```sh\n((?:python3 -m venv|bash \.ci/run).*?)\n```", (ROOT / "README.md").read_text(encoding="utf-8")
    )


def test_readme_has_exactly_two_setup_commands():
    commands = _commands()
    assert len(commands) == 2
    assert commands[0].endswith("nl-sociaal serve")
    assert commands[1] == "bash .ci/run"


def test_ci_script_installs_everything_and_runs_every_test():
    """The README's test command is the CI script itself: it installs the browser and the packages, audits the
    installed dependencies (pip-audit, issue 17), then runs pytest."""
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "apt-get" in script and "chromium" in script
    assert "python3 -m venv .venv && .venv/bin/pip install '.[test]'\n" in script
    assert ".venv/bin/python .ci/audit.py\n" in script
    assert script.rstrip().endswith("\n.venv/bin/pytest")
