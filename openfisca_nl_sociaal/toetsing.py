"""Toetsing: checking a decision (a beschikking) against the rules, with an audit-grade explanation.

A caseworker gives a situation and the decision to check: the scheme, the month (or year) and the amount
decided, and optionally intermediate values the decision states (its ``tussenwaarden``, e.g. the
toetsingsinkomen or the normpremie used). The answer is

- ``juist``: the computed amount equals the decided one within the tolerance (default: to the cent);
- ``afwijkend``: with the computed amount, the difference (decided − computed), and the step where the
  decision diverges: the deepest stated intermediate value that differs, else the scheme's own amount, or
  the first condition that fails when the decision grants what the law does not; each with its article.
  When the decided amount is what the rules give for a nearby month, the answer says which (a decision
  booked on the wrong month);
- ``onbekend``: the facts still missing to decide.

Every answer carries the explanation tree of ``POST /v1/uitleg`` (every value, every parameter with its
date and legal reference) and a ``versie`` block: the rules' and openfisca-core's versions and a SHA-256
fingerprint of every parameter value in force on the decision's date, so the same verdict can be
reproduced later, or shown to rest on other rules.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import json
import math
import re

from openfisca_nl_sociaal.aanspraken import bereken_aanspraken, bereken_batch, tax_benefit_system, versie
from openfisca_nl_sociaal.problemen import InvalidParam, Probleem, ongeldige_invoer
from openfisca_nl_sociaal.regelingen import REGELINGEN
from openfisca_nl_sociaal.situatie import VROEGSTE_PEILDATUM
from openfisca_nl_sociaal.uitleg import leg_uit

_MAAND = re.compile(r"[0-9]{4}-[0-9]{2}")
_JAAR = re.compile(r"[0-9]{4}")
#: How far around the decided month the rules are tried when the amount is wrong: a decision booked on a
#: neighbouring month (or on last year's amounts) is a common slip, and naming it saves the caseworker a
#: search. Twelve months either way.
BUREN = 12
#: Amounts are compared to the cent: half a cent absorbs float64's representation of decimal amounts.
HALVE_CENT = 0.005


def toets(verzoek, taal: str = "nl", vandaag: datetime.date | None = None, met_uitleg: bool = True) -> dict:
    """The verdict on one decision; raises ``Probleem`` (400, naming the field) for bad input.

    ``met_uitleg=False`` leaves out the explanation tree (the CSV batch: a verdict per row, fast); the step
    of a divergence is then the scheme's own amount or its failing condition, never an intermediate value.
    """
    situatie, regeling, periode, bedrag, tolerantie, tussenwaarden = _lees(verzoek)
    jaarlijks = _JAAR.fullmatch(periode) is not None
    peildatum = f"{periode}-01-01" if jaarlijks else f"{periode}-01"
    situatie = {**situatie, "peildatum": peildatum}
    try:
        antwoord = bereken_aanspraken(situatie, taal=taal, vandaag=vandaag)
    except Probleem as probleem:
        if not probleem.invalid_params:
            raise
        # the situation's fields sit under "situatie" in this request
        raise ongeldige_invoer(
            [InvalidParam(f"situatie.{p.name}".rstrip("."), p.reason) for p in probleem.invalid_params]
        ) from None
    uitkomst = next(r for r in antwoord["regelingen"] if r["id"] == regeling)
    uitleg = None
    if met_uitleg or tussenwaarden:
        uitleg = leg_uit({**situatie, "regeling": regeling}, taal=taal, vandaag=vandaag)["regelingen"][0]
    veld = "bedrag_per_jaar" if jaarlijks else "bedrag_per_maand"
    resultaat = {
        "regeling": regeling,
        "naam": uitkomst["naam"],
        "periode": periode,
        "beslist": bedrag,
        "tolerantie": tolerantie,
        "status": uitkomst["status"],
    }
    if uitkomst["status"] == "onbekend":
        resultaat |= {
            "oordeel": "onbekend",
            "berekend": None,
            "verschil": None,
            "ontbrekende_gegevens": uitkomst["ontbrekende_gegevens"],
            "redenen": [r for r in uitkomst["redenen"] if r["voldaan"] is not True],
        }
    else:
        berekend = (uitkomst[veld] or 0.0) if uitkomst["status"] == "recht" else 0.0
        verschil = round(bedrag - berekend, 2)
        juist = abs(bedrag - berekend) <= tolerantie + HALVE_CENT
        resultaat |= {"oordeel": "juist" if juist else "afwijkend", "berekend": berekend, "verschil": verschil}
        afwijkingen = _tussenwaarden(uitleg, tussenwaarden, tolerantie) if tussenwaarden else []
        if afwijkingen:
            resultaat["tussenwaarden"] = afwijkingen
        if not juist or any(not a["juist"] for a in afwijkingen):
            resultaat["oordeel"] = "afwijkend"
            resultaat["afwijking"] = _afwijking(uitkomst, regeling, periode, afwijkingen, bedrag, berekend, uitleg)
            if not juist and not jaarlijks:
                buur = _buurmaand(situatie, regeling, periode, bedrag, tolerantie, taal, vandaag)
                if buur is not None:
                    resultaat["afwijking"]["past_bij_periode"] = buur
    if met_uitleg:
        resultaat["uitleg"] = uitleg
    resultaat["versie"] = {**versie(), "parameters": parameter_vingerafdruk(peildatum)}
    return resultaat


def _lees(verzoek):
    """The request's parts, every fault named by its field (all at once)."""
    fouten: list[InvalidParam] = []
    if not isinstance(verzoek, dict):
        raise ongeldige_invoer([InvalidParam("", "Verwacht een object met situatie en beslissing.")])
    situatie = verzoek.get("situatie")
    if not isinstance(situatie, dict):
        fouten.append(InvalidParam("situatie", "Verplicht: de situatie, zoals POST /v1/aanspraken die leest."))
    beslissing = verzoek.get("beslissing")
    regeling = periode = bedrag = None
    tussenwaarden: dict = {}
    if not isinstance(beslissing, dict):
        fouten.append(InvalidParam("beslissing", "Verplicht: een object met regeling, periode en bedrag."))
        beslissing = {}
    regeling = beslissing.get("regeling")
    ids = [r.id for r in REGELINGEN]
    if regeling not in ids:
        fouten.append(InvalidParam("beslissing.regeling", f"Een van: {', '.join(ids)}."))
    periode = beslissing.get("periode")
    if not isinstance(periode, str) or not _geldige_periode(periode):
        fouten.append(
            InvalidParam(
                "beslissing.periode",
                f"Een maand JJJJ-MM of een jaar JJJJ, vanaf {VROEGSTE_PEILDATUM.year} (the month or year decided).",
            )
        )
    bedrag = beslissing.get("bedrag")
    if not _getal(bedrag) or bedrag < 0:
        fouten.append(InvalidParam("beslissing.bedrag", "Een bedrag in euro's, niet negatief."))
    tolerantie = verzoek.get("tolerantie", 0.0)
    if not _getal(tolerantie) or tolerantie < 0:
        fouten.append(InvalidParam("tolerantie", "Een bedrag in euro's, niet negatief (standaard 0: tot op de cent)."))
    tussen = beslissing.get("tussenwaarden", {})
    if not isinstance(tussen, dict):
        fouten.append(InvalidParam("beslissing.tussenwaarden", "Een object: variabele -> waarde."))
    else:
        variabelen = tax_benefit_system().variables
        for naam, waarde in tussen.items():
            if naam not in variabelen:
                fouten.append(InvalidParam(f"beslissing.tussenwaarden.{naam}", "Geen variabele van deze regels."))
            elif not _tussenwaarde(waarde):
                fouten.append(
                    InvalidParam(
                        f"beslissing.tussenwaarden.{naam}",
                        "Een getal of ja/nee; voor een variabele per persoon een object persoon -> getal.",
                    )
                )
            else:
                tussenwaarden[naam] = waarde
    if fouten:
        raise ongeldige_invoer(fouten)
    return situatie, regeling, periode, float(bedrag), float(tolerantie), tussenwaarden


def _tussenwaarde(waarde) -> bool:
    if isinstance(waarde, dict):
        return bool(waarde) and all(isinstance(k, str) and _tussenwaarde(w) for k, w in waarde.items())
    return _getal(waarde) or isinstance(waarde, bool)


def _getal(waarde) -> bool:
    return isinstance(waarde, (int, float)) and not isinstance(waarde, bool) and math.isfinite(waarde)


def _geldige_periode(periode: str) -> bool:
    if _JAAR.fullmatch(periode):
        return VROEGSTE_PEILDATUM.year <= int(periode) <= 9998
    if _MAAND.fullmatch(periode):
        jaar, maand = int(periode[:4]), int(periode[5:])
        return 1 <= maand <= 12 and datetime.date(jaar, maand, 1) >= VROEGSTE_PEILDATUM and jaar <= 9998
    return False


def _knopen(knoop: dict):
    yield knoop
    for kind in knoop.get("kinderen", []):
        yield from _knopen(kind)


def _boom(uitleg: dict) -> list[tuple[dict, int]]:
    """Every node shown in full in a scheme's explanation, with its depth (deeper: closer to the facts)."""
    gevonden: list[tuple[dict, int]] = []

    def loop(knoop: dict, diepte: int) -> None:
        if "variabele" in knoop:
            gevonden.append((knoop, diepte))
        for kind in knoop.get("kinderen", []):
            loop(kind, diepte + 1)

    for voorwaarde in uitleg.get("voorwaarden", []):
        loop(voorwaarde["berekening"], 1)
    loop(uitleg["berekening"], 0)
    return gevonden


def _tussenwaarden(uitleg: dict, tussenwaarden: dict, tolerantie: float) -> list[dict]:
    """Each stated intermediate value against the computed one (the first node of that variable)."""
    knopen = {}
    for knoop, diepte in _boom(uitleg):
        knopen.setdefault(knoop["variabele"], (knoop, diepte))
    uitkomsten = []
    for naam, beslist in tussenwaarden.items():
        if naam not in knopen:
            uitkomsten.append({"variabele": naam, "beslist": beslist, "berekend": None, "juist": None})
            continue
        knoop, diepte = knopen[naam]
        berekend = knoop.get("waarde")
        juist = _gelijk(beslist, berekend, tolerantie)
        uitkomsten.append(
            {
                "variabele": naam,
                "label": knoop.get("label"),
                "periode": knoop.get("periode"),
                "beslist": beslist,
                "berekend": berekend,
                "juist": juist,
                "grondslag": knoop.get("grondslag", []),
                "_diepte": diepte,
            }
        )
    uitkomsten.sort(key=lambda u: -u.get("_diepte", -1))
    for u in uitkomsten:
        u.pop("_diepte", None)
    return uitkomsten


def _gelijk(beslist, berekend, tolerantie: float) -> bool:
    """A stated value against a computed one: per person where the variable is a person's (a dict)."""
    if isinstance(berekend, dict):
        return isinstance(beslist, dict) and all(
            ident in berekend and _gelijk(waarde, berekend[ident], tolerantie) for ident, waarde in beslist.items()
        )
    if isinstance(beslist, bool) or isinstance(berekend, bool):
        return beslist == berekend
    if not _getal(beslist) or not _getal(berekend):
        return False
    return abs(float(beslist) - float(berekend)) <= tolerantie + HALVE_CENT


def _afwijking(uitkomst, regeling_id, periode, tussenwaarden, bedrag: float, berekend: float, uitleg) -> dict:
    """The step where the decision diverges from the rules, with its article."""
    verkeerd = [t for t in tussenwaarden if t["juist"] is False]
    if verkeerd:  # the deepest stated value that differs: what follows from it differs too
        stap = verkeerd[0]
        return {
            "stap": stap["variabele"],
            "label": stap["label"],
            "periode": stap["periode"],
            "grondslag": stap["grondslag"],
            "uitleg": "De beslissing gaat uit van een andere tussenwaarde dan de regels geven.",
        }
    if uitkomst["status"] == "geen_recht" and bedrag > 0:
        reden = next(r for r in uitkomst["redenen"] if r["voldaan"] is False)
        return {
            "stap": reden["voorwaarde"],
            "label": reden["uitleg"],
            "periode": periode,
            "grondslag": [reden["grondslag"]],
            "uitleg": "De beslissing kent een bedrag toe, maar aan deze voorwaarde is niet voldaan.",
        }
    regeling = next(r for r in REGELINGEN if r.id == regeling_id)
    top = uitleg["berekening"] if uitleg else {}
    return {
        "stap": top.get("variabele", regeling.maandbedrag),
        "label": top.get("label", uitkomst["naam"]),
        "periode": periode,
        "grondslag": top.get("grondslag") or uitkomst["grondslag"],
        "uitleg": "Het beslist bedrag wijkt af van het bedrag dat de regels geven"
        + (" (te hoog)." if bedrag > berekend else " (te laag)."),
    }


def _buurmaand(situatie, regeling, periode, bedrag, tolerantie, taal, vandaag) -> str | None:
    """The nearest month within ``BUREN`` whose computed amount is the decided one, if any (one batch)."""
    jaar, maand = int(periode[:4]), int(periode[5:])
    maanden = []
    for stap in sorted(range(-BUREN, BUREN + 1), key=abs):
        if stap == 0:
            continue
        index = jaar * 12 + maand - 1 + stap
        datum = datetime.date(index // 12, index % 12 + 1, 1)
        if datum >= VROEGSTE_PEILDATUM:
            maanden.append(datum)
    antwoorden = bereken_batch([{**situatie, "peildatum": d.isoformat()} for d in maanden], taal=taal, vandaag=vandaag)
    for datum, antwoord in zip(maanden, antwoorden, strict=True):
        if "probleem" in antwoord:
            continue
        uitkomst = next(r for r in antwoord["regelingen"] if r["id"] == regeling)
        if (
            uitkomst["status"] == "recht"
            and abs((uitkomst["bedrag_per_maand"] or 0) - bedrag) <= tolerantie + HALVE_CENT
        ):
            return f"{datum.year:04d}-{datum.month:02d}"
    return None


@functools.lru_cache(maxsize=64)
def parameter_vingerafdruk(peildatum: str) -> dict:
    """A SHA-256 over every parameter value in force on a date (scales as their brackets), in a canonical
    JSON form: equal fingerprints mean the same rules' figures, whatever else changed."""
    waarden = _als_json(tax_benefit_system().get_parameters_at_instant(peildatum))
    tekst = json.dumps(waarden, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    return {"peildatum": peildatum, "sha256": hashlib.sha256(tekst.encode()).hexdigest(), "aantal": _tel(waarden)}


def _als_json(knoop):
    kinderen = getattr(knoop, "_children", None)
    if kinderen is not None:
        return {naam: _als_json(kind) for naam, kind in kinderen.items()}
    if hasattr(knoop, "thresholds"):  # a scale at an instant
        schijven = {"drempels": [float(t) for t in knoop.thresholds]}
        for soort in ("rates", "amounts"):
            if hasattr(knoop, soort):
                schijven[soort] = [float(w) for w in getattr(knoop, soort)]
        return schijven
    if isinstance(knoop, (bool, int, float, str)) or knoop is None:
        return knoop
    if hasattr(knoop, "tolist"):
        return knoop.tolist()
    return repr(knoop)


def _tel(waarden) -> int:
    if isinstance(waarden, dict) and "drempels" not in waarden:
        return sum(_tel(w) for w in waarden.values())
    return 1
