"""The code passes the house's tools (configured in pyproject.toml): ruff's linter and formatter, and mypy."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _draai(*opdracht: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / opdracht[0]), *opdracht[1:]], capture_output=True, text=True, timeout=300, cwd=ROOT
    )


def test_ruff_finds_nothing():
    resultaat = _draai("ruff", "check", str(ROOT))
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr


def test_ruff_format_leaves_everything_as_it_is():
    resultaat = _draai("ruff", "format", "--check", str(ROOT))
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr


def test_mypy_passes_on_the_package_and_the_api():
    resultaat = _draai("mypy")
    assert resultaat.returncode == 0, resultaat.stdout + resultaat.stderr
