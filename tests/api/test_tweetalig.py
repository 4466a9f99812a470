"""A problem's reason says it twice, Dutch then English ("… / …"); each half wholly in its own language.

Issue 19 found halves that mixed the two: "'zorgtoeslag' geldt per year" and "no 'x' under de wortel / the root"
(a word filled into both halves). The start page's title said the service's name twice."""

import copy
import re

import pytest
from openfisca_nl_sociaal.api.v1.openfisca import VOORBEELD as OPENFISCA_VERZOEK

#: words that give away the other language in a half of a bilingual reason
ENGELS = re.compile(r"\b(year|month|the root|under|period)\b")
NEDERLANDS = re.compile(r"\b(jaar|maand|de wortel|onder|periode|JJJJ)\b")


def _calculate_met(entiteit, naam, variabele, periode):
    verzoek = copy.deepcopy(OPENFISCA_VERZOEK)
    verzoek[entiteit][naam][variabele] = {periode: None}
    return verzoek


def _redenen(antwoord):
    assert antwoord.status_code == 400, antwoord.text
    return [p["reason"] for p in antwoord.json()["invalidParams"]]


def _verzoeken():
    gezin = next(iter(OPENFISCA_VERZOEK["gezinnen"]))
    persoon = next(iter(OPENFISCA_VERZOEK["personen"]))
    wijziging = {"situatie": None, "wijzigingen": [{"parameter": "bestaat_niet", "vanaf": "2025-01-01", "waarde": 1}]}
    dieper = {**wijziging, "wijzigingen": [{**wijziging["wijzigingen"][0], "parameter": "awir.bestaat_niet"}]}
    return [
        ("maandvariabele per jaar", "/v1/calculate", _calculate_met("gezinnen", gezin, "zorgtoeslag", "2025")),
        (
            "jaarvariabele per maand",
            "/v1/calculate",
            _calculate_met("personen", persoon, "inkomstenbelasting__belastbaar_inkomen_uit_werk", "2025-03"),
        ),
        ("parameter onder de wortel", "/v1/varianten", wijziging),
        ("parameter onder een groep", "/v1/varianten", dieper),
    ]


@pytest.mark.parametrize("pad, verzoek", [v[1:] for v in _verzoeken()], ids=[v[0] for v in _verzoeken()])
def test_each_half_of_a_reason_is_in_one_language(client, voorbeeld, pad, verzoek):
    if "situatie" in verzoek:
        verzoek = {**verzoek, "situatie": voorbeeld}
    redenen = [r for r in _redenen(client.post(pad, json=verzoek)) if " / " in r]
    assert redenen
    for reden in redenen:
        nederlands, engels = reden.split(" / ", 1)
        assert not ENGELS.search(nederlands), reden
        assert not NEDERLANDS.search(engels), reden


@pytest.mark.parametrize("taal, titel", [("nl", "Waar heb ik recht op?"), ("en", "What am I entitled to?")])
def test_the_start_page_says_its_title_once(client, taal, titel):
    tekst = client.get(f"/?taal={taal}").text
    assert re.search(r"<title>(.*?)</title>", tekst, re.S).group(1) == titel


def test_another_page_names_itself_then_the_service(client):
    tekst = client.get("/toetsing").text
    assert re.search(r"<title>(.*?)</title>", tekst, re.S).group(1) == "Toets een beslissing · Waar heb ik recht op?"
