"""Shared fixtures: one tax-benefit system and one API client for the whole run.

``openfisca test`` reads this file too, after a plain ``pip install .`` without the test extras: the web client
(FastAPI's TestClient needs httpx, a test extra) is imported only where a test asks for it (issue 19)."""

import json
from pathlib import Path

import pytest

from openfisca_nl_sociaal import tax_benefit_system

VOORBEELDEN = Path(__file__).parent / "voorbeelden"


@pytest.fixture(scope="session")
def tbs():
    return tax_benefit_system()


@pytest.fixture(scope="session")
def client():
    from fastapi.testclient import TestClient
    from openfisca_nl_sociaal.api.app import app

    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture()
def voorbeeld():
    """The README's example situation (a couple with one child in Rotterdam)."""
    return json.loads((VOORBEELDEN / "gezin_met_kind.json").read_text(encoding="utf-8"))
