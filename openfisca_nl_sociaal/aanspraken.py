"""The answer to "which schemes am I entitled to, and how much?" (``POST /v1/aanspraken``).

For each scheme the answer is decided from the conditions whose facts are all known:

- a condition that is known and fails makes the scheme ``geen_recht``, whatever else is unknown;
- otherwise a condition that reads an unknown fact makes it ``onbekend``, naming the missing facts;
- otherwise every condition holds and the amount decides: ``recht``.

Each condition declares the facts it reads (``regelingen.py``); a test checks those declarations against
what the formulas actually read, so an unknown fact can never be silently taken as zero.
"""

from __future__ import annotations

import datetime
from collections import Counter
from functools import lru_cache
from importlib import metadata

from openfisca_nl_sociaal import CountryTaxBenefitSystem, __version__
from openfisca_nl_sociaal.regelingen import (
    AANVRAGER,
    HUISHOUDEN,
    KINDEREN,
    MEDEBEWONERS,
    PARTNERS,
    REGELINGEN,
    Regeling,
)
from openfisca_nl_sociaal.situatie import Situatie, bouw_simulatie, lees_situatie
from openfisca_nl_sociaal.vragen import VRAGEN


@lru_cache(maxsize=1)
def tax_benefit_system():
    """The one tax-benefit system of this process (loading it takes a second; it is read-only)."""
    return CountryTaxBenefitSystem()


def versie() -> dict:
    """The versions that fix a computation: these rules and the engine that ran them."""
    return {"rekenregels": __version__, "openfisca_core": metadata.version("openfisca-core")}


def _ontbrekend(situatie: Situatie, regeling_feiten: dict[str, tuple[str, ...]], gezin: dict, huishouden_id: str):
    """The (where, id, fact) triples a set of facts needs in this gezin and that were not given."""
    leden = gezin.get("partners", []) + gezin.get("kinderen", [])
    plaatsen = {
        PARTNERS: [("personen", p) for p in gezin.get("partners", [])],
        KINDEREN: [("personen", p) for p in gezin.get("kinderen", [])],
        MEDEBEWONERS: [
            ("personen", p) for p in situatie.openfisca["huishoudens"][huishouden_id]["bewoners"] if p not in leden
        ],
        HUISHOUDEN: [("huishoudens", huishouden_id)],
        AANVRAGER: [("personen", situatie.aanvrager)],
    }
    ontbrekend = []
    for plaats, namen in regeling_feiten.items():
        for meervoud, ident in plaatsen[plaats]:
            for naam in namen:
                if not situatie.is_gegeven(meervoud, ident, naam):
                    ontbrekend.append((meervoud, ident, naam))
    return ontbrekend


def _gegeven_json(meervoud: str, ident: str, naam: str) -> dict:
    sleutel = "persoon" if meervoud == "personen" else "huishouden"
    return {sleutel: ident, "gegeven": naam}


def _bedrag(waarde) -> float:
    return round(float(waarde), 2)


def _naam(regeling: Regeling, situatie: Situatie, taal: str) -> str:
    """The scheme's name; a municipal scheme adds the name the municipality gives it (parameter metadata)."""
    naam = regeling.naam.in_taal(taal)
    if regeling.naam_in_gemeente:
        huishouden = situatie.openfisca["huishoudens"][situatie.huishouden_van(situatie.aanvrager)]
        code = huishouden.get("gemeente", {}).get(situatie.maand)
        gemeenten = tax_benefit_system().parameters.gemeenten.children
        if code in gemeenten and regeling.naam_in_gemeente in gemeenten[code].metadata:
            naam = f"{naam}: {gemeenten[code].metadata[regeling.naam_in_gemeente]}"
    return naam


def _beoordeel(
    regeling: Regeling, simulatie, situatie: Situatie, index: int, gezin: dict, huishouden_id: str, taal: str
):
    peildatum = situatie.peildatum.isoformat()
    redenen, ontbrekend, gefaald, falend = [], [], False, []
    for voorwaarde in regeling.voorwaarden:
        mist = _ontbrekend(situatie, voorwaarde.feiten, gezin, huishouden_id)
        voldaan = None
        if not mist:
            voldaan = bool(simulatie.calculate(voorwaarde.variabele, situatie.maand)[index] > 0)
            gefaald = gefaald or not voldaan
            if not voldaan:
                falend.append(voorwaarde)
        ontbrekend.extend(m for m in mist if m not in ontbrekend)
        redenen.append(
            {
                "voorwaarde": voorwaarde.id,
                "voldaan": voldaan,
                "uitleg": voorwaarde.uitleg.in_taal(taal),
                "grondslag": {
                    "titel": voorwaarde.grondslag.titel,
                    "url": voorwaarde.grondslag.url.format(peildatum=peildatum),
                },
            }
        )
    mist_voor_beschikbaar = _ontbrekend(situatie, regeling.beschikbaar_feiten, gezin, huishouden_id)
    ontbrekend.extend(m for m in mist_voor_beschikbaar if m not in ontbrekend)
    niet_beschikbaar = (
        regeling.beschikbaar
        and not mist_voor_beschikbaar
        and not bool(simulatie.calculate(regeling.beschikbaar[0], situatie.maand)[index])
    )
    if niet_beschikbaar:
        # The engine lacks the rules for this date: say so, never answer nil (nor judge its conditions).
        status, ontbrekend = "onbekend", []
        for reden in redenen:
            reden["voldaan"] = None
        redenen.insert(
            0,
            {
                "voorwaarde": "rekenregels_beschikbaar",
                "voldaan": False,
                "uitleg": regeling.beschikbaar[1].in_taal(taal),
                "grondslag": redenen[-1]["grondslag"],
            },
        )
    elif gefaald:
        status, ontbrekend = "geen_recht", []
    elif ontbrekend:
        status = "onbekend"
    else:
        maand = float(simulatie.calculate(regeling.maandbedrag, situatie.maand)[index])
        jaar = float(simulatie.calculate(regeling.jaarbedrag, situatie.maand)[index])
        status = "recht" if max(maand, jaar) > 0 else "geen_recht"

    aannames = [] if niet_beschikbaar else _aannames(regeling, simulatie, situatie, index, gezin, huishouden_id, taal)
    if gefaald:
        # a condition that does not read a presumed fact already decides: the presumptions change nothing
        aannames = [a for a in aannames if all(a["_verfijning"] in v.verfijningen for v in falend)]
    antwoord = {
        "id": regeling.id,
        "naam": _naam(regeling, situatie, taal),
        "status": status,
        "bedrag_per_maand": None,
        "bedrag_per_jaar": None,
        "basis": regeling.basis,
        "redenen": redenen,
        "ontbrekende_gegevens": [_gegeven_json(*m) for m in ontbrekend],
        "aannames": [{k: v for k, v in a.items() if k != "_verfijning"} for a in aannames],
        "grondslag": [{"titel": g.titel, "url": g.url.format(peildatum=peildatum)} for g in regeling.grondslag],
        "aanvragen": {"instantie": regeling.instantie, "url": regeling.aanvraag_url},
    }
    if status == "recht" and not regeling.niet_monetair:
        antwoord["bedrag_per_maand"] = _bedrag(maand)
        antwoord["bedrag_per_jaar"] = _bedrag(jaar)
        for veld, variabele in regeling.extra_bedragen.items():
            antwoord[veld] = _bedrag(simulatie.calculate(variabele, situatie.maand)[index])
        if regeling.per_persoon:
            personen = list(situatie.openfisca["personen"])
            per_maand, per_jaar = (simulatie.calculate(v, situatie.maand) for v in regeling.per_persoon)
            antwoord["per_persoon"] = {
                p: {
                    "bedrag_per_maand": _bedrag(per_maand[personen.index(p)]),
                    "bedrag_per_jaar": _bedrag(per_jaar[personen.index(p)]),
                }
                for p in gezin.get("partners", [])
                if per_maand[personen.index(p)] > 0
            }
    return antwoord, ontbrekend


def _aannames(regeling: Regeling, simulatie, situatie: Situatie, index: int, gezin: dict, huishouden_id: str, taal):
    """The presumed normal cases the answer rests on: refining facts not given where they can matter."""
    aannames = []
    for verfijning in regeling.verfijningen():
        if verfijning.van_belang and not bool(simulatie.calculate(verfijning.van_belang, situatie.maand)[index]):
            continue
        for meervoud, ident, naam in _ontbrekend(
            situatie, {verfijning.plaats: (verfijning.feit,)}, gezin, huishouden_id
        ):
            aanname = _gegeven_json(meervoud, ident, naam)
            aanname["uitleg"] = verfijning.aanname.in_taal(taal)
            aanname["_verfijning"] = verfijning
            aannames.append(aanname)
    return aannames


def _vervolgvragen(onbekend_per_regeling: dict[str, list], taal: str) -> list[dict]:
    """Missing facts, the one that settles the most unknown schemes first."""
    beslist_over: dict[tuple, list[str]] = {}
    for regeling_id, ontbrekend in onbekend_per_regeling.items():
        for feit in ontbrekend:
            beslist_over.setdefault(feit, []).append(regeling_id)
    volgorde = Counter({feit: len(ids) for feit, ids in beslist_over.items()})
    vragen = []
    for (meervoud, ident, naam), _ in sorted(
        volgorde.items(), key=lambda item: (-item[1], list(beslist_over).index(item[0]))
    ):
        vraag = _gegeven_json(meervoud, ident, naam)
        vraag["vraag"] = VRAGEN[naam].in_taal(taal) if naam in VRAGEN else naam
        vraag["beslist_over"] = beslist_over[(meervoud, ident, naam)]
        vragen.append(vraag)
    return vragen


def bereken_aanspraken(verzoek, taal: str = "nl", vandaag: datetime.date | None = None) -> dict:
    """The answer of the public contract for one situation; raises ``Probleem`` for bad input."""
    tbs = tax_benefit_system()
    situatie = lees_situatie(verzoek, tbs, vandaag=vandaag)
    simulatie = bouw_simulatie(situatie, tbs)
    gezin_id = situatie.gezin_van(situatie.aanvrager)
    index = list(situatie.openfisca["gezinnen"]).index(gezin_id)
    gezin = situatie.openfisca["gezinnen"][gezin_id]
    huishouden_id = situatie.huishouden_van(situatie.aanvrager)

    regelingen, onbekend = [], {}
    for regeling in REGELINGEN:
        antwoord, ontbrekend = _beoordeel(regeling, simulatie, situatie, index, gezin, huishouden_id, taal)
        regelingen.append(antwoord)
        if antwoord["status"] == "onbekend":
            onbekend[regeling.id] = ontbrekend
    return {
        "peildatum": situatie.peildatum.isoformat(),
        "versie": versie(),
        "regelingen": regelingen,
        "vervolgvragen": _vervolgvragen(onbekend, taal),
    }
