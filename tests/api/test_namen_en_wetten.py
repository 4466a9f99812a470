"""Regression tests for two copies that had diverged (issue 14): a scheme's name, and the date of a law link.

- ``/v1/uitleg`` once said "Gemeentelijke pas (Stadspas): Stadspas" where ``/v1/aanspraken`` said "Gemeentelijke pas
  (Stadspas)": both now ask ``Regeling.naam_in``, for every municipality the engine holds and one it does not.
- An explanation for a 2020 situation once cited the Wet op de zorgtoeslag as in force on 2020-01-01, 2020-03-01 and
  2025-01-01 at once: law links were dated three ways. Every link now cites the text in force on the peildatum (a
  parameter value the text it was published in), never a later one.
"""

import re

import pytest

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.regels.gemeenten import gemeente_namen

#: A municipality whose rules the engine does not hold (Groningen).
ONBEKENDE_GEMEENTE = "GM0014"
WET_MET_DATUM = re.compile(r"https://wetten\.overheid\.nl/BWBR\d{7}/(\d{4}-\d{2}-\d{2})")


def _situatie(peildatum: str, gemeente: str) -> dict:
    return {
        "peildatum": peildatum,
        "personen": {
            "ik": {
                "geboortedatum": "1985-05-01",
                "toetsingsinkomen": 18_000,
                "netto_inkomen": 1_100,
                "vermogen": 0,
                "verzekerd_zvw": True,
                "woont_in_nederland": True,
            },
            "kind": {"geboortedatum": "2015-09-30"},
        },
        "gezinnen": {"gezin": {"partners": ["ik"], "kinderen": ["kind"]}},
        "huishoudens": {
            "woning": {
                "bewoners": ["ik", "kind"],
                "kale_huur": 650,
                "servicekosten": 20,
                "zelfstandige_woonruimte": True,
                "gemeente": gemeente,
            }
        },
    }


def _gemeenten() -> list[str]:
    return [*gemeente_namen(tax_benefit_system().parameters), ONBEKENDE_GEMEENTE]


@pytest.mark.parametrize("gemeente", _gemeenten())
@pytest.mark.parametrize("taal", ["nl", "en"])
def test_explanation_and_answer_name_every_scheme_alike(client, gemeente, taal):
    situatie = _situatie("2025-03-01", gemeente)
    kop = {"Accept-Language": taal}
    aanspraken = client.post("/v1/aanspraken", json=situatie, headers=kop)
    uitleg = client.post("/v1/uitleg", json=situatie, headers=kop)
    assert aanspraken.status_code == 200 and uitleg.status_code == 200
    namen = {r["id"]: r["naam"] for r in aanspraken.json()["regelingen"]}
    assert {r["id"]: r["naam"] for r in uitleg.json()["regelingen"]} == namen
    if gemeente == "GM0599":  # Rotterdam names its pass: its name in the brackets, in either language
        assert (
            namen["stadspas"] == {"nl": "Gemeentelijke pas (Rotterdampas)", "en": "Municipal pass (Rotterdampas)"}[taal]
        )
    if taal == "nl":  # "Gemeentelijke pas (Stadspas)" already says Amsterdam's name of its pass
        assert not any(naam.endswith(": Stadspas") for naam in namen.values())


def _datums(waarde) -> list[str]:
    if isinstance(waarde, dict):
        return [d for v in waarde.values() for d in _datums(v)]
    if isinstance(waarde, list):
        return [d for v in waarde for d in _datums(v)]
    return WET_MET_DATUM.findall(waarde) if isinstance(waarde, str) else []


@pytest.mark.parametrize("peildatum", ["2020-03-01", "2022-07-01", "2024-01-01", "2026-02-01"])
def test_no_explanation_or_answer_cites_a_text_later_than_its_peildatum(client, peildatum):
    situatie = _situatie(peildatum, "GM0599")
    uitleg = client.post("/v1/uitleg", json=situatie).json()
    aanspraken = client.post("/v1/aanspraken", json=situatie).json()
    datums = _datums(uitleg) + _datums(aanspraken)
    assert datums, "the answers cite the law"
    assert [d for d in datums if d > peildatum] == []


def test_a_2020_explanation_cites_each_law_as_in_force_on_its_peildatum(client):
    """The zorgtoeslag's own articles cite the 2020-03-01 text; only a parameter value keeps its own (earlier)
    publication date."""
    uitleg = client.post("/v1/uitleg", json={**_situatie("2020-03-01", "GM0599"), "regeling": "zorgtoeslag"}).json()
    regeling = uitleg["regelingen"][0]
    assert {g["url"].split("#")[0] for g in regeling["grondslag"]} == {
        "https://wetten.overheid.nl/BWBR0018451/2020-03-01",
        "https://wetten.overheid.nl/BWBR0018472/2020-03-01",
    }
    assert set(_datums(regeling)) <= {"2020-01-01", "2020-03-01"} | {d for d in _datums(regeling) if d < "2020-01-01"}
