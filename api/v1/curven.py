"""``POST /v1/curven`` and ``GET /v1/voorbeeldhuishoudens``: what if a household earns more?

The work is in ``openfisca_nl_sociaal.beleid``: ``curven`` (one vectorised simulation per curve), ``grafiek`` (the
chart) and ``voorbeeldhuishoudens`` (the standard households). The body is read by ``api.http.lees_json``, so bad
bodies are answered exactly as on ``/v1/aanspraken``.

A request names its household in one of two ways: ``situatie`` (the request body of ``/v1/aanspraken``) or
``voorbeeld`` (a standard household's id) with an optional ``peildatum``. The answer is the curve as JSON, or the
chart as SVG when the ``Accept`` header prefers ``image/svg+xml``.

Policy variants: :func:`lees_verzoek` reads a request into a :class:`CurveVerzoek` and :func:`beantwoord`
computes it. A variant (``wijzigingen`` / ``hervormingen``) is a new field of :data:`VELDEN` read into
``CurveVerzoek``, and a second curve computed with the changed rules beside the baseline in ``beantwoord``.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field, replace

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from openfisca_nl_sociaal import tax_benefit_system, versie
from openfisca_nl_sociaal.beleid.curven import MAX_STAPPEN, MAX_TOT, MIN_TOT, bereken_curve, samenvatting
from openfisca_nl_sociaal.beleid.grafiek import teken, teken_vergelijking
from openfisca_nl_sociaal.beleid.varianten import lees_variant
from openfisca_nl_sociaal.beleid.voorbeeldhuishoudens import STANDAARD_PEILDATUM, VOORBEELDHUISHOUDENS, voorbeeld
from openfisca_nl_sociaal.beleid.wijzigingen import Wijziging, gewijzigd_systeem, wijziging_json
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer

from ..http import antwoorden, buiten_de_lus, lees_json, taal, verzoekbody
from .schema import situatie_schema
from .varianten import verzoek_schema as varianten_verzoek_schema

PAD = "/v1/curven"
VOORBEELDEN_PAD = "/v1/voorbeeldhuishoudens"
SVG = "image/svg+xml"
JSON = "application/json"
#: The fields of a request: the household (``situatie`` or ``voorbeeld`` with ``peildatum``), then the arguments
#: of ``bereken_curve``, each optional with that function's default.
BRON = ("situatie", "voorbeeld")
ARGUMENTEN = ("persoon", "tot", "stappen")
#: A policy variant: the same fields as ``POST /v1/varianten``; the answer then holds a second curve.
VARIANT = ("wijzigingen", "hervormingen")
VELDEN = (*BRON, "peildatum", *ARGUMENTEN, *VARIANT)
#: The highest ``tot`` the API takes (€ per year): far above the last bracket and income limit, and within what
#: the texts can write (Babel's decimals fail near 1e28; ``bereken_curve`` itself only asks a finite amount).
#: The most points × persons of one request: each point is the situation once more in the one simulation, and a
#: curve of 1.001 points for 100 persons took 48 s. The default 81 points fit for the most persons a situation has.
MAX_PERSOONSPUNTEN = 10_000
#: ``bereken_curve``'s own default number of points
STANDAARD_STAPPEN = inspect.signature(bereken_curve).parameters["stappen"].default
#: The answer depends on these request headers: caches must keep the variants apart.
VARY = "Accept, Accept-Language"

_TEKST = {"type": "string"}
_ID_NAAM = {"type": "object", "required": ["id", "naam"], "properties": {"id": _TEKST, "naam": _TEKST}}
_BEDRAGEN = {"type": "object", "additionalProperties": {"type": "number"}}
CURVE_SCHEMA = {
    "type": "object",
    "required": [
        "persoon",
        "peildatum",
        "huidig_bruto_per_jaar",
        "regelingen",
        "bruto_regelingen",
        "passen",
        "weggelaten",
        "onvolledig",
        "punten",
        "samenvatting",
        "versie",
    ],
    "properties": {
        "persoon": {"type": "string", "description": "De persoon van wie het bruto loon varieert"},
        "peildatum": {"type": "string", "format": "date"},
        "huidig_bruto_per_jaar": {
            "type": ["number", "null"],
            "description": "Het opgegeven bruto loon per jaar (null: niet opgegeven) / the wage given, if any",
        },
        "regelingen": {
            "type": "array",
            "items": _ID_NAAM,
            "description": "Regelingen met een netto bedrag, beslist in elk punt; in netto_huishouden opgeteld",
        },
        "bruto_regelingen": {
            "type": "array",
            "items": _ID_NAAM,
            "description": "Beslist, maar bruto (AOW): niet in netto_huishouden / decided but gross: not summed",
        },
        "passen": {"type": "array", "items": _ID_NAAM, "description": "Niet-geldelijke regelingen (een stadspas)"},
        "weggelaten": {
            "type": "array",
            "description": "Regelingen die in een punt onbekend zijn: weggelaten, nooit als nul getekend. Een lege "
            "lijst ontbrekende_gegevens: de rekenregels ontbreken voor deze datum of gemeente",
            "items": {
                "type": "object",
                "required": ["id", "naam", "ontbrekende_gegevens"],
                "properties": {
                    "id": _TEKST,
                    "naam": _TEKST,
                    "ontbrekende_gegevens": {"type": "array", "items": _TEKST},
                    "rekenregels_bekend_tot": {
                        "type": "string",
                        "format": "date",
                        "description": "Alleen als de peildatum na deze datum ligt: tot en met deze datum zijn de "
                        "rekenregels van de regeling bekend / only when the peildatum lies past it: the rules are "
                        "known up to and including this date",
                    },
                },
            },
        },
        "onvolledig": {
            "type": "array",
            "items": _TEKST,
            "description": "Partners van wie het netto inkomen onbekend is en dus niet is meegeteld",
        },
        "punten": {
            "type": "array",
            "minItems": 2,
            "description": "Een rij per punt; bedragen per maand in euro's (op centen), marginale_druk als fractie "
            "over de stap van het vorige punt naar dit (null in het eerste punt) / a row per point",
            "items": {
                "type": "object",
                "required": [
                    "bruto_per_jaar",
                    "bruto_per_maand",
                    "netto_werk",
                    "regelingen",
                    "bruto_regelingen",
                    "passen",
                    "netto_huishouden",
                    "marginale_druk",
                ],
                "properties": {
                    "bruto_per_jaar": {"type": "number", "minimum": 0},
                    "bruto_per_maand": {"type": "number", "minimum": 0},
                    "netto_werk": {"type": "number"},
                    "regelingen": _BEDRAGEN,
                    "bruto_regelingen": _BEDRAGEN,
                    "passen": {"type": "object", "additionalProperties": {"type": "boolean"}},
                    "netto_huishouden": {"type": "number"},
                    "marginale_druk": {"type": ["number", "null"]},
                },
            },
        },
        "samenvatting": {"type": "string", "description": "De tekst bij de grafiek / the chart's text alternative"},
        "variant": {
            "type": "object",
            "description": "Bij wijzigingen of hervormingen: dezelfde curve onder de variant, met de toegepaste "
            "wijzigingen / with a policy variant: the same curve under it, with the changes applied",
        },
        "versie": {"type": "object", "additionalProperties": {"type": "string"}},
    },
}


def verzoek_schema() -> dict:
    situatie = situatie_schema(tax_benefit_system())
    bron = {
        "situatie": {
            **situatie,
            "description": "Het huishouden, zoals bij POST /v1/aanspraken / the household, as for /v1/aanspraken",
        },
        "voorbeeld": {
            "type": "string",
            "enum": list(VOORBEELDHUISHOUDENS),
            "description": f"Een standaardhuishouden (zie GET {VOORBEELDEN_PAD}) / a standard household",
        },
    }
    return {
        "type": "object",
        "additionalProperties": False,
        "oneOf": [{"required": ["situatie"]}, {"required": ["voorbeeld"]}],
        "properties": {
            **bron,
            **{sleutel: varianten_verzoek_schema()["properties"][sleutel] for sleutel in VARIANT},
            "peildatum": {
                **situatie["properties"]["peildatum"],
                "description": f"Alleen bij voorbeeld (standaard {STANDAARD_PEILDATUM}); een situatie heeft haar eigen",
            },
            "persoon": {
                "type": "string",
                "description": "Wiens bruto loon varieert: de aanvrager (standaard) of diens partner",
            },
            "tot": {
                "type": "number",
                "minimum": MIN_TOT,
                "maximum": MAX_TOT,
                "description": "Het hoogste bruto loon per jaar (standaard: tweemaal het opgegeven loon, ten minste "
                "60.000, naar boven afgerond op 12.000) / the highest bruto wage per year",
            },
            "stappen": {
                "type": "integer",
                "minimum": 2,
                "maximum": MAX_STAPPEN,
                "description": f"Het aantal punten van nul tot tot (standaard {STANDAARD_STAPPEN}), keer het aantal "
                f"personen ten hoogste {MAX_PERSOONSPUNTEN} / the number of points; times the persons at most "
                f"{MAX_PERSOONSPUNTEN}",
            },
        },
    }


@dataclass(frozen=True)
class CurveVerzoek:
    """A read request: the situation, and the arguments of ``bereken_curve`` the request gave."""

    situatie: dict
    argumenten: dict = field(default_factory=dict)
    #: the checked changes of a policy variant (``varianten.lees_variant``); empty: today's rules only
    wijzigingen: tuple = ()
    #: the fields the situation came from: ``situatie`` (its problems are named under it) or a standard household
    uit_situatie: bool = True


def lees_verzoek(verzoek) -> CurveVerzoek:
    """Check a request's own fields and build its situation; raise a 400 :class:`Probleem` naming each bad field.

    The situation itself and the arguments' values are checked by ``bereken_curve`` (see :func:`beantwoord`);
    here only what the API adds: the fields, the household's source, and the limits of one request.
    """
    if not isinstance(verzoek, dict):
        raise ongeldige_invoer([InvalidParam("", "Verwacht een JSON-object / Expected a JSON object")])
    fouten = [InvalidParam(sleutel, "Onbekend veld / Unknown field") for sleutel in verzoek if sleutel not in VELDEN]
    fouten += [
        InvalidParam(sleutel, "Laat het veld weg voor de standaardwaarde / Leave the field out for the default")
        for sleutel in ARGUMENTEN
        if sleutel in verzoek and verzoek[sleutel] is None
    ]
    situatie = _situatie(verzoek, fouten)
    fouten += _grenzen(verzoek, situatie)
    wijzigingen: tuple[Wijziging, ...] = ()
    if any(sleutel in verzoek for sleutel in VARIANT):
        wijzigingen, _ = lees_variant(verzoek, fouten)
    if fouten:
        raise ongeldige_invoer(fouten)
    argumenten = {sleutel: verzoek[sleutel] for sleutel in ARGUMENTEN if sleutel in verzoek}
    if "voorbeeld" in verzoek:
        argumenten.setdefault("persoon", VOORBEELDHUISHOUDENS[verzoek["voorbeeld"]].persoon)
    return CurveVerzoek(
        situatie=situatie, argumenten=argumenten, uit_situatie="situatie" in verzoek, wijzigingen=wijzigingen
    )


def _situatie(verzoek: dict, fouten: list[InvalidParam]):
    """The situation the request names: its ``situatie``, or the standard household ``voorbeeld`` on ``peildatum``."""
    bronnen = [sleutel for sleutel in BRON if sleutel in verzoek]
    if len(bronnen) != 1:
        reden = "Geef precies één van situatie en voorbeeld / Give exactly one of situatie and voorbeeld"
        fouten.extend(InvalidParam(sleutel, reden) for sleutel in (bronnen or BRON))
    if "voorbeeld" in verzoek:
        try:
            return voorbeeld(verzoek["voorbeeld"], verzoek.get("peildatum", STANDAARD_PEILDATUM))
        except Probleem as probleem:
            fouten.extend(probleem.invalid_params)
            return None
    if "peildatum" in verzoek:
        fouten.append(
            InvalidParam(
                "peildatum",
                "Alleen bij een voorbeeld; geef de peildatum in de situatie / Only with a voorbeeld; give the "
                "peildatum inside the situatie",
            )
        )
    return verzoek.get("situatie")


def _grenzen(verzoek: dict, situatie) -> list[InvalidParam]:
    """The limits of one request: ``tot`` (``MAX_TOT``) and points × persons (``MAX_PERSOONSPUNTEN``)."""
    fouten = []
    tot = verzoek.get("tot")
    if isinstance(tot, (int, float)) and not isinstance(tot, bool) and tot > MAX_TOT:
        fouten.append(InvalidParam("tot", f"Ten hoogste {MAX_TOT:.0f} per jaar / At most {MAX_TOT:.0f} a year"))
    personen = situatie.get("personen") if isinstance(situatie, dict) else None
    stappen = verzoek.get("stappen", STANDAARD_STAPPEN)
    if isinstance(personen, dict) and personen and isinstance(stappen, int):
        hoogstens = MAX_PERSOONSPUNTEN // len(personen)
        if stappen > hoogstens:
            fouten.append(
                InvalidParam(
                    "stappen",
                    f"Met {len(personen)} personen ten hoogste {hoogstens} stappen / With {len(personen)} persons "
                    f"at most {hoogstens} steps",
                )
            )
    return fouten


def beantwoord_variant(verzoek: CurveVerzoek, taal: str):
    """The curve under today's rules and, when the request asks one, under the variant (else ``None``)."""
    huidig = beantwoord(verzoek, taal)
    if not verzoek.wijzigingen:
        return huidig, None
    try:
        variant = bereken_curve(
            verzoek.situatie, taal=taal, tbs=gewijzigd_systeem(verzoek.wijzigingen), **verzoek.argumenten
        )
    except Exception as fout:  # the same curve computed under today's rules: the changes are the cause
        raise ongeldige_invoer(
            [InvalidParam("wijzigingen", "De variant is niet door te rekenen / The variant cannot be computed")]
        ) from fout
    return huidig, variant


def beantwoord(verzoek: CurveVerzoek, taal: str):
    """The curve of a read request; the situation's problems named by their path in the request."""
    try:
        curve = bereken_curve(verzoek.situatie, taal=taal, **verzoek.argumenten)
    except Probleem as probleem:
        if not verzoek.uit_situatie:
            raise
        namen = [
            InvalidParam(p.name if p.name in ARGUMENTEN else ".".join(filter(None, ("situatie", p.name))), p.reason)
            for p in probleem.invalid_params
        ]
        raise replace(probleem, invalid_params=namen) from None
    return curve


def _kwaliteit(accept: str, soort: str) -> float:
    """The q-value ``accept`` gives the media type ``soort``: that of its most specific matching range (RFC 9110
    section 12.5.1), nil when none matches."""
    hoofdtype = soort.split("/")[0]
    specifiek, kwaliteit = -1, 0.0
    for bereik in accept.split(","):
        naam, *parameters = (deel.strip().lower() for deel in bereik.split(";"))
        mate = {soort: 2, f"{hoofdtype}/*": 1, "*/*": 0}.get(naam, -1)
        if mate <= specifiek:
            continue
        specifiek, kwaliteit = mate, 1.0
        for parameter in parameters:
            sleutel, _, waarde = parameter.partition("=")
            if sleutel.strip() == "q":
                try:
                    kwaliteit = min(max(float(waarde), 0.0), 1.0)
                except ValueError:
                    kwaliteit = 0.0
    return kwaliteit


def wil_svg(accept: str | None) -> bool:
    """Whether the client prefers the chart: SVG has a higher q-value than JSON (JSON on a tie or no header)."""
    if not accept:
        return False
    return _kwaliteit(accept, SVG) > _kwaliteit(accept, JSON)


def _antwoord(verzoek: CurveVerzoek, taal: str, svg: bool) -> Response:
    """Compute and present (in the thread pool: a curve and its chart take a fraction of a second)."""
    curve, variant = beantwoord_variant(verzoek, taal)
    koppen = {"Content-Language": taal, "Vary": VARY}
    if svg:
        tekening = teken(curve, taal) if variant is None else teken_vergelijking(curve, variant, taal)
        return Response(tekening, media_type=SVG, headers=koppen)
    inhoud = {**curve.as_json(), "samenvatting": samenvatting(curve, taal), "versie": versie()}
    if variant is not None:
        inhoud["variant"] = {
            **variant.as_json(),
            "samenvatting": samenvatting(variant, taal),
            "wijzigingen": [wijziging_json(w, taal) for w in verzoek.wijzigingen],
        }
    return JSONResponse(inhoud, headers=koppen)


VOORBEELDEN_SCHEMA = {
    "type": "object",
    "required": ["peildatum", "voorbeeldhuishoudens"],
    "properties": {
        "peildatum": {"type": "string", "format": "date"},
        "voorbeeldhuishoudens": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id", "naam", "omschrijving", "aannames", "persoon", "situatie"],
                "properties": {
                    "id": {"type": "string", "enum": list(VOORBEELDHUISHOUDENS)},
                    "naam": _TEKST,
                    "omschrijving": _TEKST,
                    "aannames": {"type": "array", "items": _TEKST},
                    "persoon": {"type": "string", "description": "Wiens bruto loon de curve varieert"},
                    "situatie": {
                        "type": "object",
                        "description": "De situatie op de peildatum, als bij /v1/aanspraken",
                    },
                },
            },
        },
    },
}


def maak_router() -> APIRouter:
    """The two routes."""
    router = APIRouter()

    @router.get(
        VOORBEELDEN_PAD,
        summary="De standaardhuishoudens voor curven en varianten / The standard example households",
        description=(
            "Zes standaardhuishoudens met hun aannames en bronnen, elk met de situatie op "
            f"{STANDAARD_PEILDATUM} (het verzoek van POST /v1/aanspraken). Gebruik het id als `voorbeeld` bij "
            f"POST {PAD}.\n\nSix standard households with their assumptions and sources, each with its situation."
        ),
        responses=antwoorden(
            "De standaardhuishoudens / the standard households",
            {JSON: {"schema": VOORBEELDEN_SCHEMA}},
            taal_kop=True,
            fouten=(500,),
        ),
    )
    async def voorbeeldhuishoudens(request: Request):
        taal_ = taal(request)
        inhoud = {
            "peildatum": STANDAARD_PEILDATUM.isoformat(),
            "voorbeeldhuishoudens": [h.as_json(taal_) for h in VOORBEELDHUISHOUDENS.values()],
        }
        return JSONResponse(inhoud, headers={"Content-Language": taal_, "Vary": "Accept-Language"})

    @router.post(
        PAD,
        summary="Wat als ik meer verdien? Regelingen, netto inkomen en marginale druk / Curves and marginal pressure",
        description=(
            "Het bruto loon van één partner varieert van nul tot `tot` in `stappen` punten, alle in één "
            "gevectoriseerde simulatie; elk punt is wat POST /v1/aanspraken voor die situatie antwoordt. Per punt "
            "elke beslist regeling, het netto inkomen van het huishouden en de marginale druk van de stap ernaartoe. "
            "Geef `situatie` (als bij /v1/aanspraken) of `voorbeeld` (een id van GET "
            f"{VOORBEELDEN_PAD}) met optioneel `peildatum`. Met `Accept: {SVG}` de grafiek als SVG.\n\n"
            "One partner's bruto wage varies from nil to `tot` in `stappen` points, in one vectorised simulation; "
            f"each point is what /v1/aanspraken answers. With `Accept: {SVG}` the chart as SVG. Answers in Dutch or "
            "English (`Accept-Language`)."
        ),
        responses=antwoorden(
            "De curve als JSON, of de grafiek als SVG / the curve as JSON, or the chart as SVG",
            {
                JSON: {"schema": CURVE_SCHEMA},
                SVG: {"schema": {"type": "string", "description": "Een SVG-document met titel en beschrijving"}},
            },
            taal_kop=True,
        ),
        openapi_extra=verzoekbody(verzoek_schema(), {"voorbeeld": "alleenstaande_ouder_twee_kinderen"}),
    )
    async def curven(request: Request):
        gelezen = lees_verzoek(await lees_json(request))
        return await buiten_de_lus(_antwoord, gelezen, taal(request), wil_svg(request.headers.get("accept")))

    return router
