"""Helpers shared by the test modules (``tests/`` is on the path through its ``conftest.py``): example households
built in code, and a small app around one router. Hypothesis strategies are in ``strategieen``."""

import html
import re

from fastapi import APIRouter, FastAPI
from openfisca_nl_sociaal.api.http import probleem_response

from openfisca_nl_sociaal.invoer.problemen import Probleem


def kleine_app(router: APIRouter) -> FastAPI:
    """A small app: one router with the real ``lees_json`` and the problem handler of ``api/app.py``."""
    app = FastAPI(openapi_url="/v1/openapi.json")

    @app.exception_handler(Probleem)
    async def probleem(request, fout):
        return probleem_response(fout)

    app.include_router(router)
    return app


def kinderopvang_gezin(peildatum: str, toetsingsinkomen_ouder: int, toetsingsinkomen_partner: int) -> dict:
    """Two working partners; kind1 (born 2024) 100 hours dagopvang at €11.23, kind2 (born 2018) 60 hours
    buitenschoolse opvang at €9.98: both prices equal the 2026 maximum uurprijs (Besluit KOT art. 4)."""
    ouder = {"geboortedatum": "1990-01-01", "werkt_of_studeert": True, "woont_in_nederland": True}
    return {
        "peildatum": peildatum,
        "personen": {
            "ouder": {**ouder, "toetsingsinkomen": toetsingsinkomen_ouder},
            "partner": {**ouder, "toetsingsinkomen": toetsingsinkomen_partner},
            "kind1": {
                "geboortedatum": "2024-01-01",
                "soort_kinderopvang": "dagopvang",
                "kinderopvang_uren": 100,
                "kinderopvang_uurprijs": 11.23,
            },
            "kind2": {
                "geboortedatum": "2018-01-01",
                "soort_kinderopvang": "buitenschoolse_opvang",
                "kinderopvang_uren": 60,
                "kinderopvang_uurprijs": 9.98,
            },
        },
        "gezinnen": {"gezin": {"partners": ["ouder", "partner"], "kinderen": ["kind1", "kind2"]}},
    }


#: answers to the citizen check's questions by fact (a single renter in Rotterdam, no childcare)
CHECK_ANTWOORDEN = {
    "woont_in_nederland": "ja",
    "vermogen": "0",
    "toetsingsinkomen": "18.000",
    "netto_inkomen": "1400",
    "gemeente": "GM0599",
    "verzekerd_zvw": "ja",
    "zelfstandige_woonruimte": "ja",
    "kale_huur": "700",
    "servicekosten": "20",
    "soort_kinderopvang": "geen",
}


def kop(pagina: str) -> str:
    return re.search(r"<h1[^>]*>(.*?)</h1>", pagina).group(1)


def staat(pagina: str) -> str:
    return html.unescape(re.search(r'name="antwoorden" value="([^"]*)"', pagina).group(1))


def verder(client, pagina: str, antwoorden: dict, taal: str = "nl"):
    gevraagd = re.findall(r'name="gevraagd" value="([^"]*)"', pagina)
    data = {"taal": taal, "antwoorden": staat(pagina), "gevraagd": gevraagd}
    for pad in gevraagd:
        data[pad] = antwoorden.get(pad, antwoorden.get(pad.rsplit(".", 1)[1], "weet_niet"))
    return client.post("/check/vraag", data=data), gevraagd


def pagina_met(client, kenmerk: str, taal: str = "nl", geboren: str = "1990-05-01", antwoorden: dict | None = None):
    """A single person's check, answered with ``CHECK_ANTWOORDEN`` until the page whose HTML holds ``kenmerk``
    (say ``huishoudens.woning.kale_huur``, or ``name="alternatief"``)."""
    antwoord = client.post("/check", data={"taal": taal, "ik": geboren, "heeft_partner": "nee"})
    for _ in range(30):
        if kenmerk in antwoord.text:
            return antwoord
        antwoord, _ = verder(client, antwoord.text, antwoorden or CHECK_ANTWOORDEN, taal)
    raise AssertionError(f"no page with {kenmerk!r}")


def verstuur_met(client, pagina, feit: str, waarde: str, taal: str = "nl"):
    """Posts a question page with ``waarde`` for ``feit`` and ``CHECK_ANTWOORDEN`` for the rest."""
    gevraagd = re.findall(r'name="gevraagd" value="([^"]*)"', pagina.text)
    data = {"taal": taal, "antwoorden": staat(pagina.text), "gevraagd": gevraagd}
    for pad in gevraagd:
        naam = pad.rsplit(".", 1)[1]
        data[pad] = waarde if naam == feit else CHECK_ANTWOORDEN.get(naam, "weet_niet")
    return client.post("/check/vraag", data=data)
