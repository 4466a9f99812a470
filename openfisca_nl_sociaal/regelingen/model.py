"""The shape of the scheme catalogue: a scheme, its conditions, their legal basis and texts.

A :class:`Regeling` names the variables that hold its monthly and yearly amounts, its conditions
(each a variable of the gezin with its legal basis and the facts it reads), its legal basis and where
to apply. The rules themselves live in ``variables/`` and ``parameters/``; the catalogue only says how to
present them. The schemes themselves are in the modules of their executing bodies (``toeslagen``, ``svb``,
``gemeente``).
"""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, field

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.regels import wetten

PARTNERS = "partners"
KINDEREN = "kinderen"
#: the other residents of the aanvrager's huishouden: medebewoners / kostendelers
MEDEBEWONERS = "medebewoners"
HUISHOUDEN = "huishouden"
#: a fact asked of the applicant alone, for the whole gezin (the optional facts of the municipal schemes)
AANVRAGER = "aanvrager"


@dataclass(frozen=True)
class Grondslag:
    """A legal basis: a title citing the article, and its wetten.overheid.nl address."""

    titel: str
    url: str

    def as_json(self, peildatum: str | None = None) -> dict:
        """The basis as cited in an answer: its address dated by the answer's peildatum (ISO); a source that is
        no law (a Kamerstuk of a reform) as it is."""
        return {"titel": self.titel, "url": self.url if peildatum is None else wetten.dateer(self.url, peildatum)}


@dataclass(frozen=True)
class Tekst:
    """A text in Dutch and English."""

    nl: str
    en: str

    def in_taal(self, taal: str) -> str:
        return self.en if taal == "en" else self.nl


@dataclass(frozen=True)
class Verfijning:
    """An optional fact a condition reads where the law presumes a normal case: when it is not given,
    the engine presumes that case, and the answer says so (``aannames``) instead of deciding silently."""

    feit: str
    #: where the fact lives: ``partners`` or ``huishouden``
    plaats: str
    #: what the engine presumes when the fact is not given
    aanname: Tekst
    #: a gezin variable, true where the presumption can matter; ``None``: always report it
    van_belang: str | None = None


@dataclass(frozen=True)
class Cijfers:
    """The two amounts a condition compares, so that a condition that is not met can say them (issue 18: "uw netto
    inkomen van € 1.850 is hoger dan de bijstandsnorm van € 1.401"): ``waarde`` the gezin's amount and ``grens``
    the limit, both gezin variables of the month asked, and ``niet`` the sentence with ``{waarde}`` and
    ``{grens}`` (amounts in the answer's language)."""

    waarde: str
    grens: str
    niet: Tekst


@dataclass(frozen=True)
class Voorwaarde:
    """A condition of a scheme: holds when the gezin variable ``variabele`` is true (or above zero)."""

    id: str
    variabele: str
    uitleg: Tekst
    grondslag: Grondslag
    #: the facts this condition reads, by where they live: ``partners``, ``kinderen``,
    #: ``medebewoners``, ``huishouden`` or ``aanvrager``
    feiten: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: optional facts with a presumed normal case that the condition also reads
    verfijningen: tuple[Verfijning, ...] = ()
    #: the sentence when the condition does not hold (``uitleg`` says it as it holds): what a person reads under
    #: "why not", so a page never shows an unmet condition as if it were met (issue 18)
    niet: Tekst | None = None
    #: the amounts compared, said with the figures when the condition is not met (``niet`` without them remains
    #: for an answer whose figures are not one number, e.g. decided over a range of unknown facts)
    cijfers: Cijfers | None = None

    def toelichting(self, voldaan: bool | None) -> Tekst:
        """The sentence that fits the outcome: ``uitleg`` when met or undecided, ``niet`` when not met."""
        return self.niet if voldaan is False and self.niet is not None else self.uitleg


@dataclass(frozen=True)
class Regeling:
    id: str
    naam: Tekst
    maandbedrag: str
    jaarbedrag: str
    basis: str
    voorwaarden: tuple[Voorwaarde, ...]
    grondslag: tuple[Grondslag, ...]
    #: who decides and where to apply, in either language (issue 18: the English page said "Apply at: de gemeente")
    instantie: Tekst
    aanvraag_url: str
    #: further amounts reported beside the monthly and yearly ones: answer field -> gezin variable
    extra_bedragen: dict[str, str] = field(default_factory=dict)
    #: for a scheme paid per person (AOW): the persoon variables of the monthly and yearly amounts
    per_persoon: tuple[str, str] | None = None
    #: a gezin variable that is false where the engine lacks the rules for the date (the scheme then
    #: says it cannot answer, never a silent nil), with the explanation to give
    beschikbaar: tuple[str, Tekst] | None = None
    #: the facts that decide whether the rules are known (e.g. the gemeente)
    beschikbaar_feiten: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a non-monetary entitlement (a pass): ``recht`` without amounts
    niet_monetair: bool = False
    #: for a municipal scheme: the key in the municipality's parameter metadata that names it there
    naam_in_gemeente: str | None = None
    #: the period a person reads the amount in: "maand" for what is paid monthly; "jaar" for an amount that comes
    #: once a year (a remission of the year's municipal taxes, the yearly income supplement), which a page shows per
    #: year and leaves out of a monthly total
    eenheid: str = "maand"
    #: the parameter folders (laws) whose dated values the scheme computes with: its rules are confirmed up to the
    #: earliest ``bekend_tot`` of their ``index.yaml`` (:meth:`bekend_tot`)
    wetten: tuple[str, ...] = ()

    def feiten(self) -> dict[str, tuple[str, ...]]:
        """Every core fact the scheme reads, by where it lives."""
        return samen(*(voorwaarde.feiten for voorwaarde in self.voorwaarden))

    def verfijningen(self) -> tuple[Verfijning, ...]:
        """Every refining fact the scheme's conditions read, once."""
        gezien: list[Verfijning] = []
        for voorwaarde in self.voorwaarden:
            gezien.extend(v for v in voorwaarde.verfijningen if v not in gezien)
        return tuple(gezien)

    def bekend_tot(self) -> datetime.date | None:
        """Up to which date the scheme's rules are confirmed: the earliest ``bekend_tot`` that the laws it computes
        with declare beside their parameters (``parameters/<wet>/index.yaml``). A new year of values moves it in the
        data, never in code; ``None``: no law of the scheme declares one."""
        return _bekend_tot(self.wetten)

    def naam_in(self, gemeente: str | None, taal: str) -> str:
        """The scheme's name as every answer, explanation, page and file shows it.

        A municipal scheme names it as its municipality does (the ``naam_in_gemeente`` key of the municipality's
        parameter metadata), in place of the generic name in brackets: "Gemeentelijke pas (Rotterdampas)",
        "Municipal pass (Stadspas)" (not "Municipal pass (city pass): Stadspas: not entitled", issue 18).
        """
        naam = self.naam.in_taal(taal)
        if self.naam_in_gemeente and gemeente:
            gemeenten = tax_benefit_system().parameters.gemeenten.children
            if gemeente in gemeenten and self.naam_in_gemeente in gemeenten[gemeente].metadata:
                eigen = gemeenten[gemeente].metadata[self.naam_in_gemeente]
                naam = f"{naam.split(' (')[0]} ({eigen})"
        return naam


@functools.lru_cache(maxsize=64)
def _bekend_tot(wetten: tuple[str, ...]) -> datetime.date | None:
    knopen = tax_benefit_system().parameters.children
    datums = [
        datetime.date.fromisoformat(str(knopen[wet].metadata["bekend_tot"]))
        for wet in wetten
        if knopen[wet].metadata.get("bekend_tot")
    ]
    return min(datums, default=None)


def samen(*feiten: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The union of several fact declarations, by where the facts live."""
    verzameld: dict[str, list[str]] = {}
    for deel in feiten:
        for plaats, namen in deel.items():
            lijst = verzameld.setdefault(plaats, [])
            lijst.extend(naam for naam in namen if naam not in lijst)
    return {plaats: tuple(namen) for plaats, namen in verzameld.items()}


def wet(bwb: str, artikel: str, titel: str) -> Grondslag:
    """A legal basis in a law on wetten.overheid.nl, cited as in force on each answer's peildatum."""
    return Grondslag(titel, wetten.artikel_sjabloon(bwb, artikel))
