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
from typing import Any, cast

from openfisca_nl_sociaal import tax_benefit_system, versie
from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken, bereken_batch
from openfisca_nl_sociaal.antwoord.uitleg import leg_uit
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer
from openfisca_nl_sociaal.invoer.situatie import VROEGSTE_PEILDATUM
from openfisca_nl_sociaal.regelingen import REGELINGEN
from openfisca_nl_sociaal.regels.geld import bedrag_uit

_MAAND = re.compile(r"[0-9]{4}-[0-9]{2}")
_JAAR = re.compile(r"[0-9]{4}")
#: How far around the decided month the rules are tried when the amount is wrong: a decision booked on a
#: neighbouring month (or on last year's amounts) is a common slip, and naming it saves the caseworker a
#: search. Twelve months either way.
BUREN = 12
#: Amounts are compared to the cent: half a cent absorbs float64's representation of decimal amounts.
HALVE_CENT = 0.005


def toets(verzoek, taal: str = "nl", vandaag: datetime.date | None = None, met_uitleg: bool = True) -> dict:
    """The verdict on one decision; raises ``Probleem`` (400, naming the field) for bad input."""
    uitkomst = toets_veel([verzoek], taal=taal, vandaag=vandaag, met_uitleg=met_uitleg)[0]
    if isinstance(uitkomst, Probleem):
        raise uitkomst
    return uitkomst


def toets_veel(
    verzoeken: list, taal: str = "nl", vandaag: datetime.date | None = None, met_uitleg: bool = False
) -> list[dict | Probleem]:
    """The verdicts on many decisions (the CSV batch), each a dict or the ``Probleem`` of its bad input.

    All decisions are computed in one vectorised simulation, and the neighbouring months of all wrong
    monthly decisions in one more. ``met_uitleg=False`` leaves out the explanation tree; the step of a
    divergence is then never an intermediate value unless the decision states some.
    """
    uitkomsten: list[dict | Probleem | None] = []
    gelezen: dict[int, tuple] = {}
    for i, verzoek in enumerate(verzoeken):
        try:
            situatie, regeling, periode, bedrag, tolerantie, tussenwaarden = _lees(verzoek)
        except Probleem as probleem:
            uitkomsten.append(probleem)
            continue
        uitkomsten.append(None)
        gelezen[i] = (
            {**situatie, "peildatum": _peildatum(periode)},
            regeling,
            periode,
            bedrag,
            tolerantie,
            tussenwaarden,
        )
    rijen = list(gelezen)
    antwoorden = bereken_batch([gelezen[i][0] for i in rijen], taal=taal, vandaag=vandaag)
    buren: dict[int, list[datetime.date]] = {}
    for i, antwoord in zip(rijen, antwoorden, strict=True):
        situatie, regeling, periode, bedrag, tolerantie, tussenwaarden = gelezen[i]
        if "probleem" in antwoord:
            # the situation's fields sit under "situatie" in this request, not "situaties.<n>"
            probleem_json = antwoord["probleem"]
            namen = probleem_json.get("invalidParams") or [{"name": "", "reason": probleem_json.get("detail", "")}]
            uitkomsten[i] = ongeldige_invoer([InvalidParam(_situatie_pad(p["name"]), p["reason"]) for p in namen])
            continue
        beknopt = next(r for r in antwoord["regelingen"] if r["id"] == regeling)
        uitkomst = _oordeel(
            beknopt, situatie, regeling, periode, bedrag, tolerantie, tussenwaarden, taal, vandaag, met_uitleg
        )
        uitkomsten[i] = uitkomst
        if "afwijking" in uitkomst and uitkomst["berekend"] != bedrag and _MAAND.fullmatch(periode):
            buren[i] = _buurmaanden(periode)
    _zoek_buren(uitkomsten, gelezen, buren, taal, vandaag)
    # every None was a row read without fault, and each of those got its verdict or problem above
    return cast("list[dict | Probleem]", uitkomsten)


def _situatie_pad(naam: str) -> str:
    """``situaties.0.personen.ik.x`` (the batch's name) as this request's ``situatie.personen.ik.x``."""
    rest = naam.split(".", 2)[2] if naam.count(".") >= 2 else ""
    return f"situatie.{rest}" if rest else "situatie"


def _peildatum(periode: str) -> str:
    return f"{periode}-01-01" if _JAAR.fullmatch(periode) else f"{periode}-01"


def _oordeel(beknopt, situatie, regeling, periode, bedrag, tolerantie, tussenwaarden, taal, vandaag, met_uitleg):
    """One verdict from the batch's (textless) answer; the texts and the tree are fetched when shown."""
    jaarlijks = _JAAR.fullmatch(periode) is not None
    uitkomst = beknopt
    if met_uitleg or beknopt["status"] != "recht" or not _gelijk_bedrag(beknopt, jaarlijks, bedrag, tolerantie):
        uitkomst = next(
            r for r in bereken_aanspraken(situatie, taal=taal, vandaag=vandaag)["regelingen"] if r["id"] == regeling
        )
    uitleg = None
    if met_uitleg or tussenwaarden:
        uitleg = leg_uit({**situatie, "regeling": regeling}, taal=taal, vandaag=vandaag)["regelingen"][0]
    naam = uitkomst.get("naam") or next(r.naam_in(None, taal) for r in REGELINGEN if r.id == regeling)
    resultaat = {
        "regeling": regeling,
        "naam": naam,
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
        if "rekenregels_bekend_tot" in uitkomst:  # a decision for a date past the rules the engine holds
            resultaat["rekenregels_bekend_tot"] = uitkomst["rekenregels_bekend_tot"]
    else:
        veld = "bedrag_per_jaar" if jaarlijks else "bedrag_per_maand"
        berekend = (uitkomst[veld] or 0.0) if uitkomst["status"] == "recht" else 0.0
        juist = abs(bedrag - berekend) <= tolerantie + HALVE_CENT
        resultaat |= {
            "oordeel": "juist" if juist else "afwijkend",
            "berekend": berekend,
            "verschil": bedrag_uit(bedrag - berekend),
        }
        afwijkingen: list[dict] = []
        if tussenwaarden:
            assert uitleg is not None  # explained above whenever there are tussenwaarden
            afwijkingen = _tussenwaarden(uitleg, tussenwaarden, tolerantie)
        if afwijkingen:
            resultaat["tussenwaarden"] = afwijkingen
        if not juist or any(not a["juist"] for a in afwijkingen):
            resultaat["oordeel"] = "afwijkend"
            resultaat["afwijking"] = _afwijking(uitkomst, regeling, periode, afwijkingen, bedrag, berekend, uitleg)
    if met_uitleg:
        resultaat["uitleg"] = uitleg
    resultaat["versie"] = {**versie(), "parameters": parameter_vingerafdruk(situatie["peildatum"])}
    return resultaat


def _gelijk_bedrag(beknopt: dict, jaarlijks: bool, bedrag: float, tolerantie: float) -> bool:
    berekend = beknopt["bedrag_per_jaar" if jaarlijks else "bedrag_per_maand"] or 0.0
    return abs(bedrag - berekend) <= tolerantie + HALVE_CENT


def _buurmaanden(periode: str) -> list[datetime.date]:
    """The months within ``BUREN`` of a month, nearest first (the earlier one first at equal distance)."""
    jaar, maand = int(periode[:4]), int(periode[5:])
    maanden = []
    for stap in sorted(range(-BUREN, BUREN + 1), key=abs):
        index = jaar * 12 + maand - 1 + stap
        datum = datetime.date(index // 12, index % 12 + 1, 1)
        if stap and datum >= VROEGSTE_PEILDATUM:
            maanden.append(datum)
    return maanden


def _zoek_buren(uitkomsten, gelezen, buren: dict[int, list[datetime.date]], taal, vandaag) -> None:
    """For each wrong monthly decision, the nearest month whose computed amount is the one decided: all
    neighbouring months of all rows in one batch."""
    if not buren:
        return
    paren = [(i, datum) for i, maanden in buren.items() for datum in maanden]
    antwoorden = bereken_batch(
        [{**gelezen[i][0], "peildatum": datum.isoformat()} for i, datum in paren], taal=taal, vandaag=vandaag
    )
    gevonden: set[int] = set()
    for (i, datum), antwoord in zip(paren, antwoorden, strict=True):
        if i in gevonden or "probleem" in antwoord:
            continue
        _, regeling, _, bedrag, tolerantie, _ = gelezen[i]
        uitkomst = next(r for r in antwoord["regelingen"] if r["id"] == regeling)
        if (
            uitkomst["status"] == "recht"
            and abs((uitkomst["bedrag_per_maand"] or 0) - bedrag) <= tolerantie + HALVE_CENT
        ):
            uitkomsten[i]["afwijking"]["past_bij_periode"] = f"{datum.year:04d}-{datum.month:02d}"
            gevonden.add(i)


def _lees(verzoek):
    """The request's parts, every fault named by its field (all at once)."""
    fouten: list[InvalidParam] = []
    if not isinstance(verzoek, dict):
        raise ongeldige_invoer([InvalidParam("", "Verwacht een object met situatie en beslissing.")])
    situatie = verzoek.get("situatie")
    if not isinstance(situatie, dict):
        fouten.append(InvalidParam("situatie", "Verplicht: de situatie, zoals POST /v1/aanspraken die leest."))
    beslissing = verzoek.get("beslissing")
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
    bedrag: Any = beslissing.get("bedrag")  # any JSON value, checked below
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
    knopen: dict[str, tuple[dict, int]] = {}
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
