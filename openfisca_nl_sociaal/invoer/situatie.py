"""Reading a citizen's situation (the public contract's request) into an OpenFisca simulation.

Every check that can fail on bad input is here, so the API and the command line answer the same
problem for the same mistake. A fact that is absent stays absent: :class:`Situatie` records which facts
were given, and the answer treats the others as unknown (OpenFisca itself would read them as zero).
"""

from __future__ import annotations

import datetime
import functools
import math
import re
import sys
from dataclasses import dataclass, field

from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit
from openfisca_core.periods import period as make_period

from openfisca_nl_sociaal.invoer.feiten import GRENZEN, SCHATTING_BIJ_PENSIOEN, SCHATTING_PENSIOENLEEFTIJD, VERVANGERS
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer

ENTITEITEN = {"personen": "persoon", "gezinnen": "gezin", "huishoudens": "huishouden"}
ROLLEN = {"gezinnen": ("partners", "kinderen"), "huishoudens": ("bewoners",)}
# ASCII digits only, matched whole (``fullmatch``): ``\d`` takes any Unicode digit and ``$`` a final newline.
_DATUM = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_GEMEENTE = re.compile(r"GM[0-9]{4}")
#: The contract's period keys: a year or a month (``lees_periode`` checks that it exists and fits the fact).
_PERIODE = re.compile(r"[0-9]{4}(-[0-9]{2})?")
VROEGSTE_GEBOORTEDATUM = datetime.date(1890, 1, 1)
VROEGSTE_PEILDATUM = datetime.date(2020, 1, 1)
#: The years a period or peildatum may lie in: OpenFisca writes a year before 1000 without its leading zeros
#: (and cannot read it back), and looks a month beyond the peildatum, which year 9999 lacks.
JAREN = (1000, 9998)
LAATSTE_PEILDATUM = datetime.date(JAREN[1], 12, 31)

#: The most persons one situation may hold (a household at one address; documented in the README).
MAX_PERSONEN = 100

#: OpenFisca keeps whole numbers as 32-bit integers.
_GROOTSTE_GEHEEL = 2**31 - 1
#: The greatest amount (or other decimal fact) accepted: € 1 billion, a thousand times every income and asset
#: limit of the law, so it decides nothing; above it, formulas that square an income or multiply amounts would
#: compute with inf (issue 17). Documented in the README's limits.
GROOTSTE_BEDRAG = 1_000_000_000.0
#: A child of a gezin younger than this on the peildatum is presumed to have no income of its own (issue 18: the
#: page asked a toddler's toetsingsinkomen). Arbeidstijdenwet art. 3:1 forbids a child (under 16) to work, and
#: art. 3:2 with the Arbeidstijdenbesluit allows only light work from 13 (and, under 13, artistic performances
#: with a permit): below 13 an income is the rare exception, and the request can still give it. The answer of
#: every scheme that reads the fact reports the presumption (``aannames``).
KIND_ZONDER_INKOMEN_TOT = 13
#: the facts presumed nil for such a child
VERMOED_BIJ_JONG_KIND = ("toetsingsinkomen",)


def grenzen(variabele) -> tuple[float, float | None]:
    """The least and greatest value a numeric fact may take."""
    laag, hoog = GRENZEN.get(variabele.name, (0, None))
    if variabele.value_type is int and hoog is None:
        hoog = _GROOTSTE_GEHEEL
    if variabele.value_type is float and hoog is None:
        hoog = GROOTSTE_BEDRAG
    return laag, hoog


def geen_personen() -> InvalidParam:
    """The bad field of a request without persons (a new one each time: a caller may prefix its path)."""
    return InvalidParam("personen", "Verwacht ten minste één persoon / Expected at least one person")


def te_veel_personen(grens: int, per: str, per_en: str) -> Probleem:
    """The 400 of more than ``grens`` persons ``per`` situation or request (``per_en`` in English)."""
    return Probleem(
        status=400,
        title="Te veel personen / Too many persons",
        detail=f"Ten hoogste {grens} personen per {per} / At most {grens} persons per {per_en}",
        invalid_params=[InvalidParam("personen", f"maximum {grens}")],
    )


@dataclass
class Situatie:
    """A validated situation: the OpenFisca input and what the citizen actually said."""

    peildatum: datetime.date
    aanvrager: str
    openfisca: dict
    #: (plural entity key, id, fact) for every fact that was given
    gegeven: set[tuple[str, str, str]] = field(default_factory=set)
    #: (plural entity key, id, fact) for every fact not given that the law lets the engine presume
    #: (:data:`VERMOED_BIJ_JONG_KIND`); each is also in ``gegeven``, and every answer that reads it says so
    vermoed: set[tuple[str, str, str]] = field(default_factory=set)

    def is_gegeven(self, meervoud: str, ident: str, naam: str) -> bool:
        """Whether a fact is known: given itself, or through the facts the engine estimates it from (at the
        age where the estimate counts the pension and the AOW, those facts too: ``SCHATTING_BIJ_PENSIOEN``)."""
        return not self.te_vragen(meervoud, ident, naam)

    def te_vragen(self, meervoud: str, ident: str, naam: str) -> tuple[str, ...]:
        """What to ask so that a fact is known: nothing when it is; the estimate's missing facts when the
        estimate was begun (``bruto_loon`` given, the pension not yet); else the fact itself."""
        if (meervoud, ident, naam) in self.gegeven:
            return ()
        bronnen = VERVANGERS.get(naam)
        if not bronnen:
            return (naam,)
        if meervoud == "personen" and self._mogelijk_pensioenleeftijd(ident):
            bronnen = (*bronnen, *SCHATTING_BIJ_PENSIOEN)
        missend = tuple(feit for feit in bronnen if (meervoud, ident, feit) not in self.gegeven)
        if not missend:
            return ()
        return missend if len(missend) < len(bronnen) and (meervoud, ident, bronnen[0]) in self.gegeven else (naam,)

    def _mogelijk_pensioenleeftijd(self, ident: str) -> bool:
        """65 or older on 1 January of the peildatum's year, or of unknown age."""
        geboren = self.openfisca.get("personen", {}).get(ident, {}).get("geboortedatum", {}).get("ETERNITY")
        if not isinstance(geboren, str):
            return True
        datum = datetime.date.fromisoformat(geboren)
        # the age on 1 January: one less for whoever has a birthday later in the year
        leeftijd = self.peildatum.year - datum.year - ((datum.month, datum.day) != (1, 1))
        return leeftijd >= SCHATTING_PENSIOENLEEFTIJD

    @property
    def maand(self) -> str:
        return self.peildatum.isoformat()[:7]

    @property
    def gemeente(self) -> str | None:
        """The CBS code of the aanvrager's municipality in the peildatum's month, where given."""
        huishouden = self.openfisca["huishoudens"][self.huishouden_van(self.aanvrager)]
        return huishouden.get("gemeente", {}).get(self.maand)

    def gezin_van(self, persoon: str) -> str:
        return next(
            gid for gid, g in self.openfisca["gezinnen"].items() if persoon in g["partners"] + g.get("kinderen", [])
        )

    def huishouden_van(self, persoon: str) -> str:
        return next(hid for hid, h in self.openfisca["huishoudens"].items() if persoon in h["bewoners"])


@functools.lru_cache(maxsize=4)
def feiten_per_entiteit(tax_benefit_system) -> dict[str, dict]:
    """The facts a situation may state, per entity: every variable without a formula, and the facts
    the engine can also estimate from others (``VERVANGERS``)."""
    feiten: dict[str, dict] = {key: {} for key in ENTITEITEN.values()}
    for naam, variabele in tax_benefit_system.variables.items():
        if not variabele.formulas or naam in VERVANGERS:
            feiten[variabele.entity.key][naam] = variabele
    return feiten


def lees_datum(waarde, pad: str, fouten: list[InvalidParam]) -> datetime.date | None:
    if not isinstance(waarde, str) or not _DATUM.fullmatch(waarde):
        fouten.append(InvalidParam(pad, "Verwacht een datum als JJJJ-MM-DD / Expected a date as YYYY-MM-DD"))
        return None
    try:
        return datetime.date.fromisoformat(waarde)
    except ValueError:
        fouten.append(InvalidParam(pad, "Deze datum bestaat niet / This date does not exist"))
        return None


def lees_waarde(variabele, waarde, pad: str, peildatum: datetime.date, fouten: list[InvalidParam]):
    """Check one value against its variable's type and bounds; return the value OpenFisca takes."""
    soort = variabele.value_type
    if soort is datetime.date:
        datum = lees_datum(waarde, pad, fouten)
        if (
            datum is not None
            and variabele.name == "geboortedatum"
            and not (VROEGSTE_GEBOORTEDATUM <= datum <= peildatum)
        ):
            fouten.append(
                InvalidParam(
                    pad,
                    "De geboortedatum ligt na de peildatum of vóór 1890 / The date of birth is after the reference date or before 1890",
                )
            )
            return None
        return None if datum is None else datum.isoformat()
    if soort is bool:
        if not isinstance(waarde, bool):
            fouten.append(InvalidParam(pad, "Verwacht true of false / Expected true or false"))
            return None
        return waarde
    if soort in (float, int):
        if (
            isinstance(waarde, bool)
            or not isinstance(waarde, (int, float))
            or (isinstance(waarde, float) and not math.isfinite(waarde))
        ):
            fouten.append(InvalidParam(pad, "Verwacht een getal / Expected a number"))
            return None
        # A JSON integer may have any number of digits: compare it as an int, never make it a float first.
        if abs(waarde) > sys.float_info.max:
            fouten.append(InvalidParam(pad, "Getal te groot / Number too large"))
            return None
        if soort is int and int(waarde) != waarde:
            fouten.append(InvalidParam(pad, "Verwacht een geheel getal / Expected a whole number"))
            return None
        laag, hoog = grenzen(variabele)
        if waarde < laag or (hoog is not None and waarde > hoog):
            bereik = f"{laag} t/m {hoog}" if hoog is not None else f"≥ {laag}"
            fouten.append(
                InvalidParam(pad, f"Waarde buiten het toegestane bereik {bereik} / Value out of range {bereik}")
            )
            return None
        return waarde
    if soort is Enum:
        namen = [item.name for item in variabele.possible_values]
        if not isinstance(waarde, str) or waarde not in namen:
            fouten.append(InvalidParam(pad, f"Verwacht een van / Expected one of: {', '.join(namen)}"))
            return None
        return waarde
    if soort is str:
        if variabele.name == "gemeente" and (not isinstance(waarde, str) or not _GEMEENTE.fullmatch(waarde)):
            fouten.append(
                InvalidParam(
                    pad, "Verwacht een CBS-gemeentecode zoals GM0363 / Expected a CBS municipality code such as GM0363"
                )
            )
            return None
        if not isinstance(waarde, str):
            fouten.append(InvalidParam(pad, "Verwacht tekst / Expected text"))
            return None
        return waarde
    fouten.append(InvalidParam(pad, "Dit gegeven kan niet worden opgegeven / This fact cannot be given"))
    return None


@functools.lru_cache(maxsize=1024)
def periodes_voor_gewone_waarde(variabele, peildatum: datetime.date) -> tuple[str, ...]:
    """A plain value describes the situation on the peildatum; it is taken to hold that whole year.

    Yearly facts are for the peildatum's year, monthly facts for each month of it (so a quarter or a
    year that the law looks at sees the same situation), facts for all time are for all time. A
    situation that changed within the year is given in the period-keyed form.
    """
    eenheid = variabele.definition_period
    if eenheid == DateUnit.ETERNITY:
        return ("ETERNITY",)
    if eenheid == DateUnit.YEAR:
        return (str(peildatum.year),)
    return tuple(f"{peildatum.year}-{maand:02d}" for maand in range(1, 13))


def lees_periode(variabele, sleutel: str, pad: str, fouten: list[InvalidParam], *, strikt: bool = False) -> str | None:
    """The period a value is given for, as OpenFisca writes it; ``None`` (and an error) if it is no good.

    ``strikt`` (the contract) reads only the forms JJJJ and JJJJ-MM; without it (the OpenFisca-compatible
    routes) every form openfisca-core reads, such as ``month:2025-03``.
    """
    eenheid = variabele.definition_period
    if eenheid == DateUnit.ETERNITY:
        if sleutel.isascii() and sleutel.upper() == "ETERNITY":  # (``"ı".upper()`` is ``"I"``)
            return "ETERNITY"
        fouten.append(
            InvalidParam(
                pad,
                "Dit gegeven geldt altijd: gebruik een gewone waarde / This fact holds for all time: give a plain value",
            )
        )
        return None
    ongeldig = "Ongeldige periode; gebruik JJJJ of JJJJ-MM / Invalid period; use YYYY or YYYY-MM"
    if strikt and not _PERIODE.fullmatch(sleutel):
        fouten.append(InvalidParam(pad, ongeldig))
        return None
    try:
        periode = make_period(sleutel)
    except Exception:  # openfisca raises several kinds of error for a malformed period
        fouten.append(InvalidParam(pad, ongeldig))
        return None
    if periode.size != 1 or periode.unit not in (DateUnit.YEAR, DateUnit.MONTH):
        fouten.append(
            InvalidParam(
                pad, "Gebruik één jaar (JJJJ) of één maand (JJJJ-MM) / Use one year (YYYY) or one month (YYYY-MM)"
            )
        )
        return None
    if eenheid == DateUnit.YEAR and periode.unit != DateUnit.YEAR:
        fouten.append(InvalidParam(pad, "Dit gegeven geldt per jaar: gebruik JJJJ / This fact is yearly: use YYYY"))
        return None
    eerste, laatste = JAREN
    # The last year from the start: ``periode.stop`` fails for year 9999 (OpenFisca looks a day beyond it).
    begin = periode.start
    over_de_jaargrens = periode.unit == DateUnit.YEAR and (begin.month, begin.day) != (1, 1)
    if not eerste <= begin.year <= begin.year + (1 if over_de_jaargrens else 0) <= laatste:
        fouten.append(
            InvalidParam(
                pad, f"Periode buiten de jaren {eerste} t/m {laatste} / Period outside the years {eerste} to {laatste}"
            )
        )
        return None
    return str(periode)


def lees_situatie(verzoek, tax_benefit_system, vandaag: datetime.date | None = None) -> Situatie:
    """Validate a request of the public contract; raise :class:`Probleem` (400) naming every bad field."""
    if not isinstance(verzoek, dict):
        raise ongeldige_invoer([InvalidParam("", "Verwacht een JSON-object / Expected a JSON object")])
    fouten: list[InvalidParam] = []
    bekend = {"peildatum", "aanvrager", *ENTITEITEN}
    for sleutel in verzoek:
        if sleutel not in bekend:
            fouten.append(InvalidParam(sleutel, "Onbekend veld / Unknown field"))

    peildatum = vandaag or datetime.date.today()
    if "peildatum" in verzoek:
        gelezen = lees_datum(verzoek["peildatum"], "peildatum", fouten)
        if gelezen is not None:
            if gelezen < VROEGSTE_PEILDATUM:
                fouten.append(
                    InvalidParam(
                        "peildatum", "De rekenregels gaan terug tot 2020-01-01 / The rules go back to 2020-01-01"
                    )
                )
            elif gelezen > LAATSTE_PEILDATUM:
                fouten.append(
                    InvalidParam(
                        "peildatum",
                        f"De peildatum ligt uiterlijk op {LAATSTE_PEILDATUM} / The reference date is at the latest {LAATSTE_PEILDATUM}",
                    )
                )
            peildatum = gelezen

    personen = verzoek.get("personen")
    if not isinstance(personen, dict) or not personen:
        fouten.append(geen_personen())
        raise ongeldige_invoer(fouten)
    if len(personen) > MAX_PERSONEN:
        raise te_veel_personen(MAX_PERSONEN, "situatie", "situation")

    feiten = feiten_per_entiteit(tax_benefit_system)
    openfisca: dict = {"personen": {}, "gezinnen": {}, "huishoudens": {}}
    gegeven: set[tuple[str, str, str]] = set()

    def lees_feiten(meervoud: str, ident: str, velden: dict, overslaan: tuple[str, ...]) -> dict:
        entiteit = ENTITEITEN[meervoud]
        invoer = {}
        for naam, waarde in velden.items():
            if naam in overslaan:
                continue
            pad = f"{meervoud}.{ident}.{naam}"
            variabele = feiten[entiteit].get(naam)
            if variabele is None:
                fouten.append(
                    InvalidParam(pad, f"Onbekend gegeven voor een {entiteit} / Unknown fact for a {entiteit}")
                )
                continue
            if waarde is None:
                fouten.append(
                    InvalidParam(
                        pad,
                        "Laat een onbekend gegeven weg in plaats van null / Leave an unknown fact out instead of null",
                    )
                )
                continue
            if isinstance(waarde, dict):
                per_periode = {}
                if not waarde:
                    fouten.append(InvalidParam(pad, "Verwacht ten minste één periode / Expected at least one period"))
                for sleutel, w in waarde.items():
                    periode = lees_periode(variabele, str(sleutel), f"{pad}.{sleutel}", fouten, strikt=True)
                    gelezen_waarde = lees_waarde(variabele, w, f"{pad}.{sleutel}", peildatum, fouten)
                    if periode is not None and gelezen_waarde is not None:
                        per_periode[periode] = gelezen_waarde
            else:
                gelezen_waarde = lees_waarde(variabele, waarde, pad, peildatum, fouten)
                per_periode = {p: gelezen_waarde for p in periodes_voor_gewone_waarde(variabele, peildatum)}
            invoer[naam] = per_periode
            gegeven.add((meervoud, ident, naam))
        return invoer

    for ident, velden in personen.items():
        if not isinstance(velden, dict):
            fouten.append(
                InvalidParam(f"personen.{ident}", "Verwacht een object met gegevens / Expected an object of facts")
            )
            continue
        openfisca["personen"][ident] = lees_feiten("personen", ident, velden, ())

    for meervoud, rollen in ROLLEN.items():
        groepen = verzoek.get(meervoud, {})
        if not isinstance(groepen, dict):
            fouten.append(InvalidParam(meervoud, "Verwacht een object / Expected an object"))
            continue
        geplaatst: dict[str, str] = {}
        for ident, velden in groepen.items():
            pad = f"{meervoud}.{ident}"
            if not isinstance(velden, dict):
                fouten.append(InvalidParam(pad, "Verwacht een object / Expected an object"))
                continue
            groep = lees_feiten(meervoud, ident, velden, rollen)
            for rol in rollen:
                leden = velden.get(rol, [])
                if not isinstance(leden, list) or not all(isinstance(lid, str) for lid in leden):
                    fouten.append(
                        InvalidParam(
                            f"{pad}.{rol}", "Verwacht een lijst van persoon-id's / Expected a list of person ids"
                        )
                    )
                    continue
                for lid in leden:
                    if lid not in personen:
                        fouten.append(
                            InvalidParam(f"{pad}.{rol}", f"Onbekende persoon '{lid}' / Unknown person '{lid}'")
                        )
                    elif lid in geplaatst:
                        fouten.append(
                            InvalidParam(
                                f"{pad}.{rol}",
                                f"Persoon '{lid}' staat ook in {geplaatst[lid]} / Person '{lid}' is also in {geplaatst[lid]}",
                            )
                        )
                    else:
                        geplaatst[lid] = pad
                groep[rol] = list(leden)
            if meervoud == "gezinnen" and not 1 <= len(groep.get("partners", [])) <= 2:
                fouten.append(
                    InvalidParam(f"{pad}.partners", "Een gezin heeft 1 of 2 partners / A gezin has 1 or 2 partners")
                )
            # (openfisca-core's group computations fail on a huishouden without members: a 500)
            if meervoud == "huishoudens" and velden.get("bewoners", []) == []:
                fouten.append(
                    InvalidParam(
                        f"{pad}.bewoners",
                        "Een huishouden heeft ten minste één bewoner / A huishouden has at least one bewoner",
                    )
                )
            openfisca[meervoud][ident] = groep

    if fouten:
        raise ongeldige_invoer(fouten)

    _vul_standaardgroepen_aan(openfisca)
    aanvrager = verzoek.get("aanvrager", next(iter(personen)))
    if not isinstance(aanvrager, str) or aanvrager not in personen:
        raise ongeldige_invoer([InvalidParam("aanvrager", "Onbekende persoon / Unknown person")])
    vermoed = _vermoed_bij_jonge_kinderen(openfisca, gegeven, peildatum, feiten["persoon"])
    return Situatie(peildatum=peildatum, aanvrager=aanvrager, openfisca=openfisca, gegeven=gegeven, vermoed=vermoed)


def _vermoed_bij_jonge_kinderen(openfisca: dict, gegeven: set, peildatum: datetime.date, variabelen: dict) -> set:
    """Presume no income for each child of a gezin under :data:`KIND_ZONDER_INKOMEN_TOT` whose income was not
    given (a child of unknown age is not presumed anything)."""
    vermoed = set()
    kinderen = {kind for gezin in openfisca["gezinnen"].values() for kind in gezin.get("kinderen", [])}
    for kind in kinderen:
        geboren = openfisca["personen"][kind].get("geboortedatum", {}).get("ETERNITY")
        if not isinstance(geboren, str):
            continue
        datum = datetime.date.fromisoformat(geboren)
        leeftijd = peildatum.year - datum.year - ((peildatum.month, peildatum.day) < (datum.month, datum.day))
        if leeftijd >= KIND_ZONDER_INKOMEN_TOT:
            continue
        for feit in VERMOED_BIJ_JONG_KIND:
            if ("personen", kind, feit) not in gegeven:
                periodes = periodes_voor_gewone_waarde(variabelen[feit], peildatum)
                openfisca["personen"][kind][feit] = dict.fromkeys(periodes, 0.0)
                gegeven.add(("personen", kind, feit))
                vermoed.add(("personen", kind, feit))
    return vermoed


def _vul_standaardgroepen_aan(openfisca: dict) -> None:
    """Everyone belongs to one gezin and one huishouden (contract: a lone person gets their own).

    A person in no gezin forms a one-person gezin as its partner; the members of a gezin who are in no
    huishouden share a new huishouden.
    """
    in_gezin = {p for g in openfisca["gezinnen"].values() for rol in ("partners", "kinderen") for p in g.get(rol, [])}
    for persoon in openfisca["personen"]:
        if persoon not in in_gezin:
            openfisca["gezinnen"][_nieuwe_id(openfisca["gezinnen"], f"gezin_{persoon}")] = {"partners": [persoon]}
    in_huishouden = {p for h in openfisca["huishoudens"].values() for p in h.get("bewoners", [])}
    for gid, gezin in list(openfisca["gezinnen"].items()):
        leden = [p for p in gezin.get("partners", []) + gezin.get("kinderen", []) if p not in in_huishouden]
        if leden:
            openfisca["huishoudens"][_nieuwe_id(openfisca["huishoudens"], f"huishouden_{gid}")] = {"bewoners": leden}


def _nieuwe_id(bestaande: dict, voorkeur: str) -> str:
    ident, volgnummer = voorkeur, 2
    while ident in bestaande:
        ident, volgnummer = f"{voorkeur}_{volgnummer}", volgnummer + 1
    return ident
