"""The population simulation run: the request read, the chunks computed on one machine or on a Dask cluster, and the
country's answer (``POST /v1/populatie``, ``nl-sociaal populatie``).

One machine and a cluster run the same functions on the same chunks (:func:`_taak`, :func:`_decielsommen`) and add
their results up in the chunks' order on the caller's side, so the answer is identical to the cent. On a cluster
each chunk's result stays on the worker that computed it; only the incomes and weights (to cut the deciles) and
small sums travel back.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import functools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

import microdf
import numpy

from openfisca_nl_sociaal import tax_benefit_system, versie
from openfisca_nl_sociaal.beleid.varianten import lees_variant
from openfisca_nl_sociaal.beleid.wijzigingen import Wijziging, gewijzigd_systeem
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, ongeldige_invoer
from openfisca_nl_sociaal.populatie import generator
from openfisca_nl_sociaal.populatie.model import Brok
from openfisca_nl_sociaal.populatie.simulatie import BrokUitkomst, bereken_brok
from openfisca_nl_sociaal.regelingen import REGELINGEN
from openfisca_nl_sociaal.regels.geld import op_centen

#: households per chunk: the same on one machine and on a cluster (the chunks decide the order of the sums).
#: About 120,000 persons: a chunk's simulation stays well under a gigabyte.
BROKGROOTTE = 50_000
#: the years whose population the generator can draw (its statistics) and the rules can compute
EERSTE_JAAR, LAATSTE_JAAR = 2020, 2026
#: the least sample fraction a request may ask (a smaller one would hold a handful of households)
KLEINSTE_STEEKPROEF = 0.0001
#: a winner or loser gains or loses more than this per month (euros of disposable household income)
DREMPEL_PER_MAAND = 10.0
DECIELEN = numpy.arange(1, 10) / 10


@dataclass(frozen=True)
class Bron:
    """Where a run's chunks come from: ``maak(deel)`` gives the chunk of each ``delen`` entry, in order. Both are
    picklable, so a Dask worker makes its own chunk."""

    maak: Callable[[object], Brok]
    delen: Sequence[object]
    bronnen: tuple[dict, ...] = ()
    #: the number of households drawn (before weighting)
    gesimuleerd: int = 0


@dataclass(frozen=True)
class Verzoek:
    jaar: int
    steekproef: float
    zaad: int
    #: per variant: its checked changes (the population asks one; a sweep several)
    varianten: tuple[tuple[Wijziging, ...], ...]
    #: per variant: the named reforms it applies
    hervormingen: tuple[tuple[str, ...], ...]


def lees_verzoek(verzoek) -> Verzoek:
    """The request of ``POST /v1/populatie`` checked, every fault named by its field (a ``Probleem``)."""
    fouten: list[InvalidParam] = []
    if not isinstance(verzoek, dict):
        raise ongeldige_invoer([InvalidParam("", "Verwacht een JSON-object / Expected a JSON object")], "Het verzoek")
    for sleutel in verzoek:
        if sleutel not in ("jaar", "hervormingen", "wijzigingen", "steekproef", "zaad"):
            fouten.append(InvalidParam(sleutel, "Onbekend veld / Unknown field"))
    jaar = verzoek.get("jaar", 2025)
    if isinstance(jaar, bool) or not isinstance(jaar, int) or not EERSTE_JAAR <= jaar <= LAATSTE_JAAR:
        fouten.append(
            InvalidParam("jaar", f"Verwacht een jaar van {EERSTE_JAAR} tot {LAATSTE_JAAR} / Expected a year in range")
        )
    steekproef = verzoek.get("steekproef", 1.0)
    if (
        isinstance(steekproef, bool)
        or not isinstance(steekproef, (int, float))
        or not math.isfinite(steekproef)
        or not KLEINSTE_STEEKPROEF <= steekproef <= 1
    ):
        fouten.append(
            InvalidParam(
                "steekproef",
                f"Verwacht een fractie van {KLEINSTE_STEEKPROEF} tot 1 / Expected a fraction from {KLEINSTE_STEEKPROEF}"
                " to 1",
            )
        )
    zaad = verzoek.get("zaad", 1)
    if isinstance(zaad, bool) or not isinstance(zaad, int) or not 0 <= zaad < 2**32:
        fouten.append(InvalidParam("zaad", "Verwacht een geheel getal van 0 tot 2^32 / Expected an integer 0..2^32"))
    wijzigingen, gekozen = lees_variant(verzoek, fouten, verplicht=False)
    if fouten:
        raise ongeldige_invoer(fouten, wat="Het verzoek")
    if not wijzigingen:
        return Verzoek(jaar, float(steekproef), zaad, (), ())
    return Verzoek(jaar, float(steekproef), zaad, (in_het_jaar(wijzigingen, jaar),), (tuple(h.id for h in gekozen),))


def lees_varianten(verzoek: Verzoek, lijst) -> Verzoek:
    """A sweep: ``lijst`` of variants (each ``{"hervormingen": [...], "wijzigingen": [...]}``), computed in one job."""
    fouten: list[InvalidParam] = []
    if not isinstance(lijst, list) or not lijst:
        raise ongeldige_invoer([InvalidParam("varianten", "Verwacht een lijst van varianten")], wat="Het verzoek")
    varianten = []
    namen = []
    for i, variant in enumerate(lijst):
        eigen: list[InvalidParam] = []
        if not isinstance(variant, dict):
            fouten.append(InvalidParam(f"varianten.{i}", "Verwacht een object / Expected an object"))
            continue
        wijzigingen, gekozen = lees_variant(variant, eigen)
        fouten.extend(InvalidParam(f"varianten.{i}.{f.name}", f.reason) for f in eigen)
        varianten.append(in_het_jaar(wijzigingen, verzoek.jaar))
        namen.append(tuple(h.id for h in gekozen))
    if fouten:
        raise ongeldige_invoer(fouten, wat="Het verzoek")
    return dataclasses.replace(verzoek, varianten=tuple(varianten), hervormingen=tuple(namen))


def in_het_jaar(wijzigingen: tuple[Wijziging, ...], jaar: int) -> tuple[Wijziging, ...]:
    """The changes as if in force from 1 January of the simulated year.

    A policy maker asks what a reform does to a year's population: a change dated later (the Kamerstuk reforms
    start in 2026) is moved to the year's first day, so the whole year shows its effect; a change that ends before
    the year stays as it is (it changes nothing in the year). The answer says so (``variant.vanaf``).
    """
    begin = f"{jaar}-01-01"
    return tuple(
        dataclasses.replace(w, vanaf=begin) if w.vanaf > begin and (w.tot is None or w.tot >= begin) else w
        for w in wijzigingen
    )


def vaste_brok(deel: Brok) -> Brok:
    """A chunk given whole (a population built elsewhere, or by hand in a test): ``Bron(vaste_brok, brokken)``."""
    return deel


def synthetische_bron(jaar: int, zaad: int, steekproef: float) -> tuple[Bron, object]:
    """The synthetic population's chunks for a year (and its skeleton, for the margins report)."""
    skelet = generator.skelet(jaar, zaad=zaad, steekproef=steekproef)
    grenzen = range(0, skelet.aantal, BROKGROOTTE)
    delen = [skelet.deel(b, min(b + BROKGROOTTE, skelet.aantal)) for b in grenzen]
    maak = functools.partial(generator.brok, zaad=zaad)
    return Bron(maak, delen, tuple(skelet.bronnen()), skelet.aantal), skelet


def voorbij_horizon(jaar: int) -> dict[str, str]:
    """The schemes whose rules are not known for the whole year: id -> the date up to which they are."""
    einde = datetime.date(jaar, 12, 31)
    uit: dict[str, str] = {}
    for regeling in REGELINGEN:
        bekend_tot = regeling.bekend_tot()
        if bekend_tot is not None and bekend_tot < einde:
            uit[regeling.id] = bekend_tot.isoformat()
    return uit


def _taak(maak, deel, varianten: tuple[tuple[Wijziging, ...], ...], voorbij: frozenset[str]) -> BrokUitkomst:
    """One chunk, made and computed where this runs (a Dask worker builds its own tax-benefit systems once)."""
    systemen = tuple(gewijzigd_systeem(w) for w in varianten)
    return bereken_brok(maak(deel), tax_benefit_system(), systemen, voorbij=voorbij)


def _inkomens(uitkomst: BrokUitkomst) -> tuple[numpy.ndarray, numpy.ndarray]:
    return uitkomst.inkomen, uitkomst.gewicht


def _decielsommen(uitkomst: BrokUitkomst, grenzen: numpy.ndarray, drempel: float) -> dict:
    """A chunk's weighted sums per decile (the deciles cut by ``grenzen``), and per variant its winners and losers."""
    deciel = numpy.searchsorted(grenzen, uitkomst.inkomen, side="right")
    w = uitkomst.gewicht

    def per_deciel(waarden: numpy.ndarray) -> numpy.ndarray:
        return numpy.bincount(deciel, weights=w * waarden, minlength=10)

    laagste = numpy.full(10, numpy.inf)
    hoogste = numpy.full(10, -numpy.inf)
    numpy.minimum.at(laagste, deciel, uitkomst.inkomen)
    numpy.maximum.at(hoogste, deciel, uitkomst.inkomen)
    return {
        "huishoudens": numpy.bincount(deciel, weights=w, minlength=10),
        "laagste": laagste,
        "hoogste": hoogste,
        "per_regeling": {r: per_deciel(v) for r, v in uitkomst.per_regeling.items()},
        "verschil": [per_deciel(v) for v in uitkomst.verschillen],
        "winnaars": [(float(w @ (v / 12 > drempel)), float(w @ (v / 12 < -drempel))) for v in uitkomst.verschillen],
    }


def _sommen(uitkomst: BrokUitkomst) -> dict:
    return {
        "sommen": uitkomst.sommen,
        "varianten": uitkomst.varianten,
        "armoede": uitkomst.armoede,
        "armoede_varianten": uitkomst.armoede_varianten,
        "personen": uitkomst.personen,
        "huishoudens": uitkomst.huishoudens,
    }


class _Lokaal:
    """Runs the chunks in this process, one after another, keeping each result."""

    def __init__(self):
        self.resultaten: list = []

    def bereken(self, bron: Bron, varianten, voorbij, voortgang) -> None:
        for deel in bron.delen:
            self.resultaten.append(_taak(bron.maak, deel, varianten, voorbij))
            voortgang()

    def verzamel(self, functie, *argumenten) -> list:
        return [functie(r, *argumenten) for r in self.resultaten]

    def sluit(self) -> None:
        self.resultaten.clear()


class _Dask:
    """Runs the chunks on a ``dask.distributed`` cluster; each result stays on its worker until the run ends."""

    def __init__(self, adres: str):
        from dask.distributed import Client, LocalCluster  # only for --dask: a heavy import

        self.cluster = None
        if adres == "local" or adres.startswith("local:"):
            # "local": two worker processes of one thread (this machine's two cores); "local:N": N of them
            werkers = int(adres.partition(":")[2] or 2)
            if not 1 <= werkers <= 64:
                raise ValueError(f"--dask {adres}: between 1 and 64 local workers")
            self.cluster = LocalCluster(n_workers=werkers, threads_per_worker=1, processes=True, dashboard_address=None)
            self.client = Client(self.cluster)
        else:
            self.client = Client(adres)
        self.resultaten: list = []

    def bereken(self, bron: Bron, varianten, voorbij, voortgang) -> None:
        from dask.distributed import as_completed

        maak = self.client.scatter(bron.maak, broadcast=True)
        self.resultaten = [self.client.submit(_taak, maak, deel, varianten, voorbij, pure=False) for deel in bron.delen]
        for _ in as_completed(self.resultaten):
            voortgang()

    def verzamel(self, functie, *argumenten) -> list:
        # computed where each result lies; gathered in the chunks' order
        return self.client.gather([self.client.submit(functie, r, *argumenten, pure=False) for r in self.resultaten])

    def sluit(self) -> None:
        self.resultaten = []
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def uitvoerder(dask: str | None):
    """One machine (``None``) or a Dask cluster: ``local`` (two worker processes here), ``local:N`` (N of them) or
    a scheduler address."""
    return _Lokaal() if dask is None else _Dask(dask)


@functools.lru_cache(maxsize=1)
def gebruik() -> dict[str, tuple[float, str, str]]:
    """Take-up per scheme: id -> (rate, year, source or "aangenomen") from ``gegevens/gebruik.csv``."""
    tekst = resources.files("openfisca_nl_sociaal.populatie").joinpath("gegevens/gebruik.csv").read_text("utf-8")
    rijen = csv.DictReader(regel for regel in tekst.splitlines() if not regel.startswith("#"))
    return {r["regeling"]: (float(r["gebruik"]), r["jaar"], r["bron"]) for r in rijen}


def _telling(waarde: float) -> int:
    return int(round(waarde))


def bereken_populatie(
    verzoek: Verzoek,
    *,
    dask: str | None = None,
    voortgang: Callable[[int, int], None] | None = None,
    bron: Bron | None = None,
) -> list[dict]:
    """The contract's answer for the baseline and each variant of ``verzoek`` (one answer without variants).

    ``voortgang(klaar, totaal)`` is told after each chunk; ``bron`` replaces the synthetic population (tests).
    """
    if bron is None:
        bron, _ = synthetische_bron(verzoek.jaar, verzoek.zaad, verzoek.steekproef)
    horizon = voorbij_horizon(verzoek.jaar)
    voorbij = frozenset(horizon)
    teller = [0]

    def stap() -> None:
        teller[0] += 1
        if voortgang:
            voortgang(teller[0], len(bron.delen))

    doener = uitvoerder(dask)
    try:
        doener.bereken(bron, verzoek.varianten, voorbij, stap)
        paren = doener.verzamel(_inkomens)
        inkomen = numpy.concatenate([p[0] for p in paren])
        gewicht = numpy.concatenate([p[1] for p in paren])
        grenzen = numpy.asarray(microdf.MicroSeries(inkomen, weights=gewicht).quantile(DECIELEN), dtype=float)
        del paren, inkomen, gewicht
        decielen = doener.verzamel(_decielsommen, grenzen, DREMPEL_PER_MAAND)
        sommen = doener.verzamel(_sommen)
    finally:
        doener.sluit()
    if not verzoek.varianten:
        return [_antwoord(verzoek, bron, horizon, grenzen, decielen, sommen, None)]
    return [_antwoord(verzoek, bron, horizon, grenzen, decielen, sommen, v) for v in range(len(verzoek.varianten))]


def _optellen(delen: list) -> Any:
    """Chunk results added up in the chunks' order (numbers, arrays, and dicts and lists of them)."""
    eerste = delen[0]
    if isinstance(eerste, dict):
        return {k: _optellen([d[k] for d in delen]) for k in eerste}
    if isinstance(eerste, (list, tuple)):
        return [_optellen([d[i] for d in delen]) for i in range(len(eerste))]
    totaal = eerste
    for deel in delen[1:]:
        totaal = totaal + deel
    return totaal


def _antwoord(verzoek, bron, horizon, grenzen, decielen, sommen, variant: int | None) -> dict:
    """The contract's answer: the baseline, and with ``variant`` (its index) that variant beside it."""
    totaal = _optellen(sommen)
    per_deciel = _optellen(
        [{k: d[k] for k in ("huishoudens", "per_regeling", "verschil", "winnaars")} for d in decielen]
    )
    laagste = numpy.min([d["laagste"] for d in decielen], axis=0)
    hoogste = numpy.max([d["hoogste"] for d in decielen], axis=0)
    rates = gebruik()
    regelingen = []
    for regeling in REGELINGEN:
        som = totaal["sommen"][regeling.id]
        rate, _, herkomst = rates.get(regeling.id, (1.0, "", "aangenomen"))
        item: dict = {"id": regeling.id}
        if regeling.id in horizon or som["niet_berekend"] >= som["alle_gezinnen"] * (1 - 1e-9):
            # unknown for everyone: no amounts at all, never nil
            item |= {
                "status": "onbekend",
                "uitgaven_per_jaar": None,
                "ontvangers_gezinnen": None,
                "ontvangers_met_partner": None,
                "ontvangers_personen": None,
                "uitgaven_bij_gebruik": None,
                "ontvangers_bij_gebruik": None,
            }
            if regeling.id in horizon:
                item["rekenregels_bekend_tot"] = horizon[regeling.id]
        else:
            uitgaven = None if regeling.niet_monetair else float(op_centen(som["uitgaven"]))
            item |= {
                "status": "deels" if som["niet_berekend"] > 0 else "berekend",
                "uitgaven_per_jaar": uitgaven,
                "ontvangers_gezinnen": _telling(som["gezinnen"]),
                "ontvangers_met_partner": _telling(som["met_partner"]),
                "ontvangers_personen": _telling(som["personen"]),
                "uitgaven_bij_gebruik": None if uitgaven is None else float(op_centen(som["uitgaven"] * rate)),
                "ontvangers_bij_gebruik": _telling(som["personen"] * rate),
                "gebruik": rate,
                "gebruik_aangenomen": herkomst == "aangenomen",
            }
            if som["niet_berekend"] > 0:
                item["niet_berekend_gezinnen"] = _telling(som["niet_berekend"])
        if variant is not None and item["status"] != "onbekend":
            vs = totaal["varianten"][variant][regeling.id]
            item["variant"] = {
                "uitgaven_per_jaar": None if regeling.niet_monetair else float(op_centen(vs["uitgaven"])),
                "ontvangers_gezinnen": _telling(vs["gezinnen"]),
                "ontvangers_met_partner": _telling(vs["met_partner"]),
            }
        regelingen.append(item)

    decielen_json = []
    for d in range(10):
        n = per_deciel["huishoudens"][d]
        rij = {
            "deciel": d + 1,
            "ondergrens": float(op_centen(laagste[d])) if n else None,
            "bovengrens": float(op_centen(hoogste[d])) if n else None,
            "huishoudens": _telling(n),
            "gemiddeld_per_regeling": {
                r: (float(op_centen(waarden[d] / n)) if n else None)
                for r, waarden in per_deciel["per_regeling"].items()
                if r not in horizon
            },
        }
        if variant is not None:
            rij["gemiddeld_verschil"] = float(op_centen(per_deciel["verschil"][variant][d] / n)) if n else None
        decielen_json.append(rij)

    antwoord = {
        "jaar": verzoek.jaar,
        "populatie": {
            "huishoudens": _telling(totaal["huishoudens"]),
            "personen": _telling(totaal["personen"]),
            "gesimuleerde_huishoudens": bron.gesimuleerd,
            "steekproef": verzoek.steekproef,
            "zaad": verzoek.zaad,
            "bronnen": list(bron.bronnen) + _gebruik_bronnen(),
        },
        "versie": versie(),
        "regelingen": regelingen,
        "decielen": decielen_json,
        "armoede": {"huishoudens_onder_sociaal_minimum": _telling(totaal["armoede"])},
    }
    if variant is not None:
        vooruit, achteruit = per_deciel["winnaars"][variant]
        antwoord["armoede"]["variant"] = _telling(totaal["armoede_varianten"][variant])
        antwoord["winnaars_verliezers"] = {
            "erop_vooruit": _telling(vooruit),
            "erop_achteruit": _telling(achteruit),
            "gelijk": _telling(totaal["huishoudens"] - vooruit - achteruit),
            "drempel_per_maand": DREMPEL_PER_MAAND,
        }
        antwoord["variant"] = {
            "hervormingen": list(verzoek.hervormingen[variant]),
            "wijzigingen": [w.parameter for w in verzoek.varianten[variant]],
            "vanaf": f"{verzoek.jaar}-01-01",
        }
    return antwoord


def _gebruik_bronnen() -> list[dict]:
    gezien: dict[str, dict] = {}
    for ident, (_, jaar, herkomst) in gebruik().items():
        if herkomst.startswith("http") and herkomst not in gezien:
            gezien[herkomst] = {"titel": f"Gebruik / take-up {ident} ({jaar})", "url": herkomst}
    return list(gezien.values())
