"""CI's dependency audit: pip-audit over the installed environment (issue 17).

Fails when an installed package has a known vulnerability for which a fixed version exists; a vulnerability
without a fix is printed, not failed on (nothing to upgrade to). pip-audit asks PyPI's JSON API for each installed
version's advisories; a package it could not look up is counted and named, so the output never claims an audit
that did not happen (on a network that serves only the package index, pip-audit can look up none).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path


def oordeel(rapport: dict) -> tuple[int, list[str]]:
    """pip-audit's JSON report -> (exit code, lines to print): 1 when a vulnerability with a fix is installed."""
    regels: list[str] = []
    pakketten = rapport["dependencies"]
    overgeslagen = [p for p in pakketten if p.get("skip_reason")]
    gecontroleerd = [p for p in pakketten if not p.get("skip_reason")]
    te_herstellen, zonder_herstel = [], []
    for pakket in gecontroleerd:
        for lek in pakket.get("vulns", []):
            regel = (
                f"{pakket['name']} {pakket['version']}: {lek['id']} (fixed in {', '.join(lek['fix_versions']) or '-'})"
            )
            (te_herstellen if lek.get("fix_versions") else zonder_herstel).append(regel)
    regels.append(f".ci/audit: pip-audit looked up {len(gecontroleerd)} of {len(pakketten)} installed packages")
    if overgeslagen:
        regels.append(
            f".ci/audit: {len(overgeslagen)} could not be looked up (the advisory service did not answer for them; "
            f"pip-audit asks https://pypi.org/pypi/NAME/VERSION/json), e.g. {overgeslagen[0]['skip_reason']}"
        )
    for regel in zonder_herstel:
        regels.append(f".ci/audit: known vulnerability without a fix: {regel}")
    for regel in te_herstellen:
        regels.append(f".ci/audit: VULNERABLE, upgrade: {regel}")
    return (1 if te_herstellen else 0), regels


def main() -> int:
    bin_ = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as map_:
        uit = Path(map_) / "audit.json"
        proces = subprocess.run(
            [
                str(bin_ / "pip-audit"),
                "--local",
                "--skip-editable",
                "--progress-spinner",
                "off",
                "-f",
                "json",
                "-o",
                str(uit),
            ],
            capture_output=True,
            text=True,
        )
        if not uit.exists():
            print(f".ci/audit: pip-audit failed (exit {proces.returncode}):\n{proces.stderr}", file=sys.stderr)
            return 1
        rapport = json.loads(uit.read_text())
    code, regels = oordeel(rapport)
    for regel in regels:
        print(regel, file=sys.stderr if "VULNERABLE" in regel else sys.stdout)
    return code


if __name__ == "__main__":
    sys.exit(main())
