"""Policy variants per request (``POST /v1/varianten``): the same situations under today's rules and under
changed ones, side by side.

openfisca-core's own web API fixes its reforms when the server starts. Here every request brings its own
changes, and a reformed tax-benefit system is built for it (and kept in a small cache) while the server runs:

- **parameter changes** (``wijzigingen``): see :mod:`.wijzigingen`, which reads and checks them;
- **named reforms** (``hervormingen``): real proposals from the policy debate, in ``reforms/`` (the package
  ``openfisca_nl_sociaal.reforms``), each a list of parameter changes of the same form with its source.
  They are applied by the same mechanism (:class:`.wijzigingen.ParameterWijzigingen`, an openfisca-core ``Reform``), the
  named reforms first in the order given, then the request's own changes, so a change can refine a reform.

Net household income per month (``netto_huishoudinkomen``), as ``curven.py`` defines it for its curves: the
``netto_inkomen`` of the partners of the applicant's gezin (given, or estimated from ``bruto_loon``), plus
the monthly amounts of the schemes the law states net that are decided (``recht`` or ``geen_recht``, then
nil) under both the current rules and the variant. A partner whose net income is unknown is named in
``onvolledig`` and not counted; a scheme that is ``onbekend`` under either, or a bruto amount (AOW), is named
in ``niet_meegeteld``. The partners' net income is computed under each system: a change of the income tax
changes a net income estimated from the wage.
"""

from __future__ import annotations

import datetime
import math

from openfisca_nl_sociaal import tax_benefit_system, versie
from openfisca_nl_sociaal.antwoord.aanspraken import bereken_batch
from openfisca_nl_sociaal.beleid.hervorming import Hervorming
from openfisca_nl_sociaal.beleid.wijzigingen import (
    Wijziging,
    gewijzigd_systeem,
    lees_wijzigingen,
    wijziging_json,
)
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer
from openfisca_nl_sociaal.invoer.simulaties import bouw_simulaties
from openfisca_nl_sociaal.invoer.situatie import (
    Situatie,
    lees_situatie,
)
from openfisca_nl_sociaal.reforms import HERVORMINGEN
from openfisca_nl_sociaal.regelingen import REGELINGEN
from openfisca_nl_sociaal.regels.geld import bedrag_uit

#: The most situations per request: a handful of standard households, or a sample (the body is at most 1 MB).
MAX_SITUATIES = 1_000


def hervormingen() -> dict[str, type[Hervorming]]:
    """The named reforms by id."""
    return HERVORMINGEN


def _lees_verzoek(verzoek) -> tuple[list, bool, tuple[Wijziging, ...], list[type[Hervorming]]]:
    """The situations (and whether one was given as ``situatie``), the changes in order, the named reforms."""
    if not isinstance(verzoek, dict):
        raise ongeldige_invoer(
            [InvalidParam("", "Verwacht een JSON-object / Expected a JSON object")], wat="Het verzoek"
        )
    fouten: list[InvalidParam] = []
    for sleutel in verzoek:
        if sleutel not in ("situatie", "situaties", "wijzigingen", "hervormingen"):
            fouten.append(InvalidParam(sleutel, "Onbekend veld / Unknown field"))

    enkel = "situatie" in verzoek
    situaties: list = []
    if enkel == ("situaties" in verzoek):
        fouten.append(
            InvalidParam("situatie", "Geef één van `situatie` en `situaties` / Give one of `situatie` and `situaties`")
        )
    elif enkel:
        situaties = [verzoek["situatie"]]
    elif not isinstance(verzoek["situaties"], list) or not 1 <= len(verzoek["situaties"]) <= MAX_SITUATIES:
        fouten.append(
            InvalidParam("situaties", f"Verwacht 1 tot {MAX_SITUATIES} situaties / Expected 1 to {MAX_SITUATIES}")
        )
    else:
        situaties = verzoek["situaties"]

    wijzigingen, gekozen = lees_variant(verzoek, fouten)
    if fouten:
        raise ongeldige_invoer(fouten, wat="Het verzoek")
    return situaties, enkel, wijzigingen, gekozen


def lees_variant(
    verzoek: dict, fouten: list[InvalidParam], verplicht: bool = True
) -> tuple[tuple[Wijziging, ...], list[type[Hervorming]]]:
    """A request's ``hervormingen`` (named reforms) and ``wijzigingen`` (its own changes), checked, every
    fault appended to ``fouten``; the changes in the order they apply (the reforms first), and the reforms.
    ``verplicht``: a request that names neither is a fault (``POST /v1/varianten``)."""
    bekend = hervormingen()
    gekozen: list[type[Hervorming]] = []
    ruw_hervormingen = verzoek.get("hervormingen", [])
    if not isinstance(ruw_hervormingen, list):
        fouten.append(InvalidParam("hervormingen", "Verwacht een lijst van ids / Expected a list of ids"))
    else:
        for i, ident in enumerate(ruw_hervormingen):
            if not isinstance(ident, str) or ident not in bekend:
                fouten.append(
                    InvalidParam(
                        f"hervormingen.{i}",
                        f"Onbekende hervorming; bekend: {', '.join(bekend)} (GET /v1/hervormingen) / Unknown reform",
                    )
                )
            elif bekend[ident] in gekozen:
                fouten.append(InvalidParam(f"hervormingen.{i}", "Dubbel genoemd / Named twice"))
            else:
                gekozen.append(bekend[ident])
    eigen = lees_wijzigingen(verzoek.get("wijzigingen", []), fouten=fouten)
    if verplicht and not fouten and not eigen and not gekozen:
        fouten.append(
            InvalidParam(
                "wijzigingen",
                "Geef ten minste één wijziging of hervorming / Give at least one change or reform",
            )
        )
    if fouten:
        return (), gekozen
    return tuple(w for hervorming in gekozen for w in hervorming.lees()) + eigen, gekozen


def _met_voorvoegsel(probleem: Probleem, voorvoegsel: str) -> Probleem:
    """A situation's problem with its fields named by their path in this request."""
    for param in probleem.invalid_params:
        param.name = f"{voorvoegsel}.{param.name}" if param.name else voorvoegsel
    return probleem


def _netto_inkomens(situaties: list[Situatie], tbs) -> list[dict[str, float]]:
    """Per situation, the ``netto_inkomen`` in the peildatum's month of each partner of the applicant's gezin
    whose net income is known (given, or estimated from ``bruto_loon``), computed with ``tbs``."""
    uit: list[dict[str, float]] = [{} for _ in situaties]
    bekend = [[p for p in _partners(s) if s.is_gegeven("personen", p, "netto_inkomen")] for s in situaties]
    nodig = [i for i, partners in enumerate(bekend) if partners]
    if not nodig:
        return uit
    for blok in bouw_simulaties([situaties[i] for i in nodig], tbs):
        per_maand: dict[str, list] = {}
        for j, plaats in zip(blok.situaties, blok.plaatsen, strict=True):
            per_maand.setdefault(situaties[nodig[j]].maand, []).append((nodig[j], plaats))
        for maand, leden in per_maand.items():
            waarden = blok.simulatie.calculate("netto_inkomen", maand)
            for i, plaats in leden:
                for p in bekend[i]:
                    uit[i][p] = float(waarden[plaats.index("personen", situaties[i], p)])
    return uit


def _partners(situatie: Situatie) -> list[str]:
    return situatie.openfisca["gezinnen"][situatie.gezin_van(situatie.aanvrager)]["partners"]


def _kant(uitkomst: dict) -> dict:
    """One side (current rules or variant) of a scheme's answer."""
    kant = {
        "status": uitkomst["status"],
        "bedrag_per_maand": uitkomst["bedrag_per_maand"],
        "bedrag_per_jaar": uitkomst["bedrag_per_jaar"],
    }
    if uitkomst["ontbrekende_gegevens"]:
        kant["ontbrekende_gegevens"] = uitkomst["ontbrekende_gegevens"]
    return kant


def _verschil(regeling, huidig: dict, variant: dict, veld: str) -> float | None:
    """Variant minus current amount, ``geen_recht`` counting as nil; ``None`` where either is unknown or the
    scheme has no amount (a pass)."""
    if regeling.niet_monetair or "onbekend" in (huidig["status"], variant["status"]):
        return None
    return bedrag_uit((variant[veld] or 0.0) - (huidig[veld] or 0.0))


def _vergelijk(situatie: Situatie, huidig: dict, variant: dict, netto: tuple[dict, dict], taal: str) -> dict:
    """One situation's answer: each scheme under the current rules and the variant, and the net income."""
    regelingen = []
    inkomen = {"huidig": 0.0, "variant": 0.0}
    niet_meegeteld = []
    for regeling, h, v in zip(REGELINGEN, huidig["regelingen"], variant["regelingen"], strict=True):
        kanten = {"huidig": _kant(h), "variant": _kant(v)}
        regelingen.append(
            {
                "id": regeling.id,
                "naam": regeling.naam_in(situatie.gemeente, taal),
                "basis": regeling.basis,
                **kanten,
                "verschil_per_maand": _verschil(regeling, h, v, "bedrag_per_maand"),
                "verschil_per_jaar": _verschil(regeling, h, v, "bedrag_per_jaar"),
                "gewijzigd": kanten["huidig"] != kanten["variant"],
            }
        )
        if "rekenregels_bekend_tot" in h:  # projected past the date up to which the rules are known
            regelingen[-1]["rekenregels_bekend_tot"] = h["rekenregels_bekend_tot"]
        if regeling.niet_monetair:
            continue
        if "onbekend" in (h["status"], v["status"]):
            niet_meegeteld.append({"id": regeling.id, "reden": "onbekend"})
        elif regeling.basis != "netto":
            if "recht" in (h["status"], v["status"]):
                niet_meegeteld.append({"id": regeling.id, "reden": "bruto"})
        else:
            inkomen["huidig"] += h["bedrag_per_maand"] or 0.0
            inkomen["variant"] += v["bedrag_per_maand"] or 0.0
    partners = {kant: float(sum(n.values())) for kant, n in zip(("huidig", "variant"), netto, strict=True)}
    totaal = {kant: bedrag_uit(partners[kant] + inkomen[kant]) for kant in inkomen}
    return {
        "peildatum": huidig["peildatum"],
        "aanvrager": situatie.aanvrager,
        "regelingen": regelingen,
        "netto_huishoudinkomen": {
            **totaal,
            "verschil_per_maand": bedrag_uit(totaal["variant"] - totaal["huidig"]),
            "netto_inkomen_partners": {kant: bedrag_uit(w) for kant, w in partners.items()},
            "onvolledig": [p for p in _partners(situatie) if p not in netto[0]],
            "niet_meegeteld": niet_meegeteld,
        },
    }


def _niet_door_te_rekenen() -> Probleem:
    return Probleem(
        status=400,
        title="Variant niet door te rekenen / Variant cannot be computed",
        detail="Met deze wijzigingen kunnen de rekenregels niet rekenen; de situaties zelf kunnen dat wel. / "
        "The rules cannot compute with these changes; the situations themselves compute.",
        invalid_params=[
            InvalidParam(
                "wijzigingen",
                "Deze waarden samen zijn niet door te rekenen, bijvoorbeeld een schaal met minder schijven dan een "
                "formule leest (de inkomstenbelasting leest de tweede schijf) / These values cannot be computed "
                "together, e.g. a scale with fewer brackets than a formula reads (the income tax reads the second)",
            )
        ],
    )


def _eindig(antwoorden: list[dict], netto: list[dict[str, float]]) -> bool:
    bedragen = [
        r[veld] for a in antwoorden for r in a["regelingen"] for veld in ("bedrag_per_maand", "bedrag_per_jaar")
    ]
    bedragen += [w for n in netto for w in n.values()]
    return all(b is None or math.isfinite(b) for b in bedragen)


def bereken_varianten(verzoek, taal: str = "nl", vandaag: datetime.date | None = None) -> dict:
    """The answer of ``POST /v1/varianten``; raises a 400 :class:`Probleem` for bad input.

    ``verzoek``: ``situatie`` (one, as ``POST /v1/aanspraken`` takes it) or ``situaties`` (a list, as the
    batch takes them), with ``wijzigingen`` and/or ``hervormingen`` (module docstring). A bad ``situatie``
    answers a problem naming ``situatie.<field>``; in ``situaties`` a bad one gets its problem in its place
    (``situaties.<i>.<field>``) and the others are answered, as the batch does.
    """
    situaties, enkel, wijzigingen, gekozen = _lees_verzoek(verzoek)
    vandaag = vandaag or datetime.date.today()
    basis = tax_benefit_system()

    gelezen: dict[int, Situatie] = {}
    problemen: dict[int, Probleem] = {}
    for i, ruw in enumerate(situaties):
        voorvoegsel = "situatie" if enkel else f"situaties.{i}"
        try:
            gelezen[i] = lees_situatie(ruw, basis, vandaag=vandaag)
        except Probleem as probleem:
            if enkel:
                raise _met_voorvoegsel(probleem, voorvoegsel) from None
            problemen[i] = _met_voorvoegsel(probleem, voorvoegsel)
    geldig = sorted(gelezen)
    lijst = [gelezen[i] for i in geldig]

    huidig, variant, netto_huidig, netto_variant = [], [], [], []
    if geldig:
        # A policy question may look past the published rules: both sides are computed with the newest known rules,
        # each scheme past its horizon saying so (``rekenregels_bekend_tot``).
        huidig = bereken_batch([situaties[i] for i in geldig], taal, vandaag, projecteer=True)
        netto_huidig = _netto_inkomens(lijst, basis)
        try:
            systeem = gewijzigd_systeem(wijzigingen)
            variant = bereken_batch([situaties[i] for i in geldig], taal, vandaag, tbs=systeem, projecteer=True)
            netto_variant = _netto_inkomens(lijst, systeem)
        except Exception as fout:  # the same situations computed under today's rules: the changes failed
            raise _niet_door_te_rekenen() from fout
        if not _eindig(variant, netto_variant):
            raise _niet_door_te_rekenen()

    vergeleken = iter(
        _vergelijk(s, h, v, (nh, nv), taal)
        for s, h, v, nh, nv in zip(lijst, huidig, variant, netto_huidig, netto_variant, strict=True)
    )
    return {
        "versie": versie(),
        "hervormingen": [
            {"id": h.id, "titel": h.titel.in_taal(taal), "bronnen": [b.as_json() for b in h.bronnen]} for h in gekozen
        ],
        "wijzigingen": [wijziging_json(w, taal) for w in wijzigingen],
        "antwoorden": [
            {"probleem": problemen[i].as_json()} if i in problemen else next(vergeleken) for i in range(len(situaties))
        ],
    }
