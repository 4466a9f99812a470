"""Each scheme's conditions declare the facts they read; the formulas must read no other fact.

This is what keeps "unknown is not zero" sound: a condition whose facts are all given is decided; if a
formula read a fact its condition does not declare, a default could silently decide the answer.
"""

import pytest
from openfisca_core.simulations import SimulationBuilder

from openfisca_nl_sociaal.invoer.feiten import VERVANGERS
from openfisca_nl_sociaal.invoer.situatie import lees_situatie
from openfisca_nl_sociaal.regelingen import REGELINGEN

SITUATIE = {
    "peildatum": "2025-05-01",
    "personen": {
        "a": {
            "geboortedatum": "1990-01-01",
            "toetsingsinkomen": 30000,
            "vermogen": 1000,
            "verzekerd_zvw": True,
            "woont_in_nederland": True,
        },
        "b": {
            "geboortedatum": "1991-01-01",
            "toetsingsinkomen": 10000,
            "vermogen": 0,
            "verzekerd_zvw": True,
            "woont_in_nederland": True,
        },
        "k1": {"geboortedatum": "2012-01-01"},
        "k2": {"geboortedatum": "2020-01-01"},
    },
    "gezinnen": {"g": {"partners": ["a", "b"], "kinderen": ["k1", "k2"]}},
    "huishoudens": {
        "h": {
            "bewoners": ["a", "b", "k1", "k2"],
            "kale_huur": 700,
            "servicekosten": 20,
            "zelfstandige_woonruimte": True,
            "gemeente": "GM0363",
        }
    },
}


def _gelezen_feiten(tbs, variabele):
    situatie = lees_situatie(SITUATIE, tbs)
    simulatie = SimulationBuilder().build_from_entities(tbs, situatie.openfisca)
    simulatie.trace = True
    simulatie.calculate(variabele, situatie.maand)
    gelezen, te_doen = set(), list(simulatie.tracer.trees)
    while te_doen:
        knoop = te_doen.pop()
        if knoop.name in VERVANGERS:  # a fact that can be estimated: given here, so read as a fact
            gelezen.add(knoop.name)
            continue
        if not tbs.variables[knoop.name].formulas:
            gelezen.add(knoop.name)
        te_doen.extend(knoop.children)
    return gelezen


@pytest.mark.parametrize("regeling", REGELINGEN, ids=[r.id for r in REGELINGEN])
def test_conditions_read_only_the_facts_they_declare(tbs, regeling):
    for voorwaarde in regeling.voorwaarden:
        gedeclareerd = {feit for feiten in voorwaarde.feiten.values() for feit in feiten}
        gedeclareerd |= {verfijning.feit for verfijning in voorwaarde.verfijningen}
        gelezen = _gelezen_feiten(tbs, voorwaarde.variabele)
        assert gelezen <= gedeclareerd, f"{regeling.id}.{voorwaarde.id} reads undeclared facts {gelezen - gedeclareerd}"


@pytest.mark.parametrize("regeling", REGELINGEN, ids=[r.id for r in REGELINGEN])
def test_the_amounts_read_only_facts_of_the_conditions(tbs, regeling):
    gedeclareerd = {feit for feiten in regeling.feiten().values() for feit in feiten}
    gedeclareerd |= {verfijning.feit for verfijning in regeling.verfijningen()}
    for variabele in (regeling.maandbedrag, regeling.jaarbedrag, *regeling.extra_bedragen.values()):
        gelezen = _gelezen_feiten(tbs, variabele)
        assert gelezen <= gedeclareerd, f"{regeling.id}: {variabele} reads undeclared facts {gelezen - gedeclareerd}"


@pytest.mark.parametrize("regeling", REGELINGEN, ids=[r.id for r in REGELINGEN])
def test_whether_a_presumption_matters_is_decided_by_core_facts(tbs, regeling):
    """A presumption is reported where it can matter; deciding that may not itself rest on a presumption."""
    kern = {feit for feiten in regeling.feiten().values() for feit in feiten}
    for verfijning in regeling.verfijningen():
        assert verfijning.plaats in ("partners", "huishouden")
        if verfijning.van_belang:
            gelezen = _gelezen_feiten(tbs, verfijning.van_belang)
            assert gelezen <= kern, f"{regeling.id}: {verfijning.van_belang} reads {gelezen - kern}"
