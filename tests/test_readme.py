"""The README's two set-up commands stay what CI and a newcomer run."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _commands():
    return re.findall(r"```sh\n(python3 -m venv .*?)\n```", (ROOT / "README.md").read_text(encoding="utf-8"))


def test_readme_has_exactly_two_setup_commands():
    commands = _commands()
    assert len(commands) == 2
    assert commands[0].endswith("nl-sociaal serve")
    assert commands[1].endswith("pytest")


def test_ci_runs_the_readme_test_command():
    assert _commands()[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
