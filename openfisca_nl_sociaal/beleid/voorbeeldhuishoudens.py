"""Standard example households ("voorbeeldhuishoudens") to draw curves and compare policy variants on.

Six households, as the policy debate and the koopkrachtplaatjes name them: a single person on the minimum
wage, a single parent with two children, a one-earner couple with two children, a two-earner couple, a single
pensioner and a pensioner couple; and two that the reforms in ``reforms/`` touch: a two-earner couple with a child
in day care and a parent on social assistance with an adult child at home. :func:`voorbeeld` gives each as a complete situation of the public contract
for a peildatum, so ``POST /v1/aanspraken`` decides every scheme whose rules the engine holds (a test checks
that no ``vervolgvragen`` are left). The curve varies the ``bruto_loon`` of :attr:`Voorbeeldhuishouden.persoon`;
the wage given here is only the starting point that the chart marks as "now".

For the two pensioner households the engine computes the AOW and counts it in the income estimate
(variables/wet_inkomstenbelasting_2001/box_1.py); their wage and supplementary pension are nil.

Every assumption is written down below, in :data:`GEDEELDE_AANNAMES` (all households) and in each household's
``aannames``, with its source, or said plainly to be an assumption. The amounts that follow from the law
(the minimum wage, the AOW) are computed by the rules (``minimumloon__voltijd_per_jaar``, ``aow__volledig_per_jaar_*``)
for the peildatum's year, never written here, so a new year needs no change to this module.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from openfisca_core.simulations import SimulationBuilder

from openfisca_nl_sociaal import tax_benefit_system
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer
from openfisca_nl_sociaal.invoer.situatie import lees_situatie
from openfisca_nl_sociaal.regelingen import Tekst
from openfisca_nl_sociaal.regels.geld import bedrag_uit

#: The peildatum when none is asked for: the first day of the newest year the parameters cover.
STANDAARD_PEILDATUM = datetime.date(2026, 1, 1)

#: Amsterdam (CBS code GM0363), the largest municipality. For Amsterdam the engine holds the Stadspas rules;
#: it lacks the rules of the individuele inkomenstoeslag and the kwijtschelding (parameters/gemeenten/GM0363.yaml
#: says why), so those two stay ``onbekend`` with "rules not known", never asking the household anything.
GEMEENTE = "GM0363"
#: The average basic rent of a housing-association dwelling: € 582 a month at the end of 2023 (Aedes, survey of
#: the rent increase of 1 July 2024, reported at https://nul20.nl/corporatiehuren-nederland-gemiddeld-met-51-procent-omhoog),
#: raised by that increase of 5.1% on average (same source): 582 × 1.051 = 611.68, rounded to € 612. Later
#: increases are not applied (no source at hand): an assumption, the same for every household and every peildatum
#: so that the curves compare households, not dwellings.
KALE_HUUR = 612.0
#: Service costs that counted for the huurtoeslag until 2025 (Wet op de huurtoeslag art. 5 lid 3: four kinds,
#: at most € 12 each; from 2026 they no longer count): an assumption.
SERVICEKOSTEN = 25.0
#: Years insured for the AOW of a pensioner who lived in the Netherlands from 17 to the pensioengerechtigde
#: leeftijd: the full 50 (AOW art. 13: 2% per insured year).
VOLLEDIGE_OPBOUW_AOW = 50
#: Hours of day care a month for the childcare household's child: three days a week of ten hours, 3 × 10 × 52 / 12 =
#: 130 (an assumption; the law counts at most 230 hours a month, Besluit kinderopvangtoeslag art. 5).
KINDEROPVANG_UREN = 130.0
#: The second earner of the two-earner couple earns half the full-time minimum wage (an assumption, like the
#: "modaal + ½ modaal" couples of the koopkracht examples, at the level of the minimum wage).
DEELTIJDFACTOR_TWEEDE_VERDIENER = 0.5

GEDEELDE_AANNAMES: tuple[Tekst, ...] = (
    Tekst(
        f"Huurwoning in Amsterdam ({GEMEENTE}), zelfstandige woonruimte, kale huur € {KALE_HUUR:.0f} per maand: de "
        "gemiddelde huur van een corporatiewoning eind 2023 (€ 582, Aedes) verhoogd met de gemiddelde huurverhoging "
        f"van 1 juli 2024 (5,1%, Aedes); latere verhogingen niet toegepast. Servicekosten € {SERVICEKOSTEN:.0f} per "
        "maand (aanname; tellen vanaf 2026 niet meer mee voor de huurtoeslag).",
        f"A rented, self-contained dwelling in Amsterdam ({GEMEENTE}), basic rent € {KALE_HUUR:.0f} a month: the "
        "average rent of a housing-association dwelling at the end of 2023 (€ 582, Aedes) raised by the average "
        "increase of 1 July 2024 (5.1%, Aedes); later increases not applied. Service costs € "
        f"{SERVICEKOSTEN:.0f} a month (an assumption; from 2026 they no longer count for the huurtoeslag).",
    ),
    Tekst(
        "Geen vermogen (nihil op 1 januari); geen eigen woning; niemand studeert met studiefinanciering; geen "
        "inrichting. Iedereen woont rechtmatig in Nederland en is verzekerd voor de Zorgverzekeringswet.",
        "No assets (nil on 1 January); no owner-occupied home; nobody studies with student finance; not an "
        "institution. Everyone lives lawfully in the Netherlands and is insured under the Health Insurance Act.",
    ),
    Tekst(
        "Het inkomen is bruto loon, vakantiegeld inbegrepen (bij de gepensioneerden: zie hun eigen aanname); de "
        "engine schat daaruit het toetsingsinkomen en het netto inkomen, zonder aftrekposten of andere inkomsten. "
        "Welk deel van het netto inkomen uit arbeid komt is niet opgegeven: bijstand en AIO rekenen zonder de "
        "vrijlating van art. 31 lid 2 onder n Participatiewet (onder de AOW-leeftijd tijdelijk, dus niet voor een "
        "blijvende situatie).",
        "Income is bruto wage, holiday pay included (for the pensioners: see their own assumption); the engine "
        "estimates the toetsingsinkomen and the net income from it, without deductions or other income. The part of "
        "the net income that is from work is not given: bijstand and AIO are computed without the exemption of "
        "Participatiewet art. 31(2)(n) (temporary below the AOW age, so not for a lasting situation).",
    ),
    Tekst(
        "Geen kinderopvang, dus geen kinderopvangtoeslag, tenzij het huishouden hierboven anders zegt. De leeftijden "
        "zijn die op de peildatum.",
        "No childcare, so no kinderopvangtoeslag, unless the household says otherwise above. Ages are those on the "
        "peildatum.",
    ),
)


@dataclass(frozen=True)
class Voorbeeldhuishouden:
    """One standard household: its names, what it assumes, and how to build its situation for a peildatum."""

    id: str
    naam: Tekst
    omschrijving: Tekst
    #: the assumptions of this household beyond :data:`GEDEELDE_AANNAMES`, each with its source
    aannames: tuple[Tekst, ...]
    #: the person whose ``bruto_loon`` a curve varies (a partner of the aanvrager's gezin; the aanvrager here)
    persoon: str
    #: builds the situation for a peildatum (use :meth:`situatie`, or :func:`voorbeeld` for an unchecked date)
    bouw: Callable[[datetime.date], dict]

    def situatie(self, peildatum: datetime.date = STANDAARD_PEILDATUM) -> dict:
        return self.bouw(peildatum)

    def as_json(self, taal: str = "nl", peildatum: datetime.date = STANDAARD_PEILDATUM) -> dict:
        return {
            "id": self.id,
            "naam": self.naam.in_taal(taal),
            "omschrijving": self.omschrijving.in_taal(taal),
            "aannames": [a.in_taal(taal) for a in (*self.aannames, *GEDEELDE_AANNAMES)],
            "persoon": self.persoon,
            "situatie": self.situatie(peildatum),
        }


# -- amounts from the parameters ---------------------------------------------------------------------------


def _per_jaar(variabele: str, jaar: int) -> float:
    """A yearly amount the rules compute from the parameters alone, for ``jaar``."""
    simulatie = SimulationBuilder().build_default_simulation(tax_benefit_system(), count=1)
    return float(simulatie.calculate(variabele, str(jaar))[0])


def minimumloon_per_jaar(peildatum: datetime.date = STANDAARD_PEILDATUM) -> float:
    """The full-time minimum wage of the peildatum's year, holiday pay included, in euros (to the cent): the
    variable ``minimumloon__voltijd_per_jaar`` (Wet minimumloon en minimumvakantiebijslag art. 8 and 15), since
    ``bruto_loon`` includes holiday pay."""
    return _per_jaar("minimumloon__voltijd_per_jaar", peildatum.year)


def aow_per_jaar(peildatum: datetime.date = STANDAARD_PEILDATUM, *, gehuwd: bool) -> float:
    """The full bruto AOW of the peildatum's year with its vakantie-uitkering, in euros (AOW art. 9 and 29-31):
    what a pensioner with 50 insured years gets (``aow__volledig_per_jaar_gehuwd`` / ``_ongehuwd``)."""
    return _per_jaar(f"aow__volledig_per_jaar_{'gehuwd' if gehuwd else 'ongehuwd'}", peildatum.year)


# -- building a situation ----------------------------------------------------------------------------------


def _geboren(peildatum: datetime.date, jaren: int) -> str:
    """A date of birth that makes someone ``jaren`` old on the peildatum, half a year from a birthday (so no
    rule that looks a few months ahead or back sees another age): the first of the month, ``jaren`` years and
    six months before the peildatum's month."""
    maanden = peildatum.year * 12 + peildatum.month - 1 - 12 * jaren - 6
    return datetime.date(maanden // 12, maanden % 12 + 1, 1).isoformat()


def _volwassene(peildatum: datetime.date, jaren: int, bruto_loon: float, *, werkt: bool, **feiten) -> dict:
    return {
        "geboortedatum": _geboren(peildatum, jaren),
        "bruto_loon": bruto_loon,
        "vermogen": 0,
        "verzekerd_zvw": True,
        "woont_in_nederland": True,
        "werkt_of_studeert": werkt,
        **feiten,
    }


def _kind(peildatum: datetime.date, jaren: int) -> dict:
    return {
        "geboortedatum": _geboren(peildatum, jaren),
        "toetsingsinkomen": 0,
        "vermogen": 0,
        "verzekerd_zvw": True,
        "woont_in_nederland": True,
        "soort_kinderopvang": "geen",
    }


def _situatie(peildatum: datetime.date, partners: dict[str, dict], kinderen: dict[str, dict] | None = None) -> dict:
    """One gezin in one rented dwelling: the partners (the first is the aanvrager) and their children."""
    kinderen = kinderen or {}
    return {
        "peildatum": peildatum.isoformat(),
        "personen": {**partners, **kinderen},
        "gezinnen": {"gezin": {"partners": list(partners), "kinderen": list(kinderen)}},
        "huishoudens": {
            "woning": {
                "bewoners": [*partners, *kinderen],
                "kale_huur": KALE_HUUR,
                "servicekosten": SERVICEKOSTEN,
                "zelfstandige_woonruimte": True,
                "gemeente": GEMEENTE,
            }
        },
    }


def _twee_kinderen(peildatum: datetime.date) -> dict[str, dict]:
    return {"oudste": _kind(peildatum, 10), "jongste": _kind(peildatum, 7)}


_KINDEREN = Tekst(
    "Twee kinderen van 10 en 7 jaar (basisschoolleeftijd; aanname), zonder eigen inkomen of vermogen.",
    "Two children aged 10 and 7 (primary-school age; an assumption), without income or assets of their own.",
)
_MINIMUMLOON = Tekst(
    "Begint bij het voltijds minimumloon van het jaar met vakantiebijslag: het maandbedrag van art. 8 lid 1 onder b "
    "Wet minimumloon en minimumvakantiebijslag (36 uur per week, art. 14 lid 10) over de twaalf maanden, plus 8% "
    "(art. 15 lid 1).",
    "Starts at the year's full-time minimum wage with holiday pay: the monthly amount of the Wet minimumloon en "
    "minimumvakantiebijslag art. 8(1)(b) (36 hours a week, art. 14(10)) over the twelve months, plus 8% (art. 15(1)).",
)
_TWEEDE_VERDIENER = Tekst(
    "De partner verdient vast de helft van het voltijds minimumloon met vakantiebijslag (aanname).",
    "The partner earns a fixed half of the full-time minimum wage with holiday pay (an assumption).",
)
_PENSIOEN = Tekst(
    "De engine berekent de volledige AOW met vakantie-uitkering (50 verzekerde jaren) zelf en telt die mee in het "
    "geschatte toetsingsinkomen en netto inkomen; aanvullend pensioen en loon zijn hier nihil (aanname). De curve "
    "varieert het loon uit werk bovenop de AOW. Niet meegeteld: de inkomensafhankelijke bijdrage Zvw die een "
    "gepensioneerde zelf betaalt (het geschatte netto inkomen is daardoor wat te hoog). De AOW staat ook apart als "
    "bruto regeling (niet in de netto som).",
    "The engine computes the full AOW with its holiday allowance (50 insured years) itself and counts it in the "
    "estimated assessment income and net income; supplementary pension and wage are nil here (an assumption). The "
    "curve varies the earnings from work on top of the AOW. Left out: the income-related Zvw contribution a "
    "pensioner pays (so the estimated net income is somewhat too high). The AOW is also shown as a gross scheme "
    "(not in the net sum).",
)


def _alleenstaande_minimumloon(peildatum: datetime.date) -> dict:
    return _situatie(peildatum, {"ik": _volwassene(peildatum, 35, minimumloon_per_jaar(peildatum), werkt=True)})


def _alleenstaande_ouder(peildatum: datetime.date) -> dict:
    return _situatie(
        peildatum,
        {"ik": _volwassene(peildatum, 38, minimumloon_per_jaar(peildatum), werkt=True)},
        _twee_kinderen(peildatum),
    )


def _eenverdieners(peildatum: datetime.date) -> dict:
    return _situatie(
        peildatum,
        {
            "ik": _volwassene(peildatum, 40, minimumloon_per_jaar(peildatum), werkt=True),
            "partner": _volwassene(peildatum, 38, 0.0, werkt=False),
        },
        _twee_kinderen(peildatum),
    )


def _twee_verdieners(peildatum: datetime.date, jaren: int, jaren_partner: int) -> dict[str, dict]:
    """A couple: one on the full-time minimum wage, the partner on :data:`DEELTIJDFACTOR_TWEEDE_VERDIENER` of it."""
    voltijds = minimumloon_per_jaar(peildatum)
    return {
        "ik": _volwassene(peildatum, jaren, voltijds, werkt=True),
        "partner": _volwassene(
            peildatum, jaren_partner, bedrag_uit(DEELTIJDFACTOR_TWEEDE_VERDIENER * voltijds), werkt=True
        ),
    }


def _tweeverdieners(peildatum: datetime.date) -> dict:
    return _situatie(peildatum, _twee_verdieners(peildatum, 40, 38))


#: a pensioner with the full AOW and no supplementary pension: the engine computes the AOW from the insured years
_AOW_ZONDER_PENSIOEN = {"aow_verzekerde_jaren": VOLLEDIGE_OPBOUW_AOW, "bruto_pensioen": 0.0}


def _alleenstaande_gepensioneerde(peildatum: datetime.date) -> dict:
    return _situatie(
        peildatum,
        {
            "ik": _volwassene(peildatum, 72, 0.0, werkt=False, **_AOW_ZONDER_PENSIOEN),
        },
    )


def _gepensioneerd_paar(peildatum: datetime.date) -> dict:
    return _situatie(
        peildatum,
        {
            "ik": _volwassene(peildatum, 72, 0.0, werkt=False, **_AOW_ZONDER_PENSIOEN),
            "partner": _volwassene(peildatum, 70, 0.0, werkt=False, **_AOW_ZONDER_PENSIOEN),
        },
    )


def maximum_uurprijs_dagopvang(peildatum: datetime.date = STANDAARD_PEILDATUM) -> float:
    """The maximum hourly price of day care on the peildatum (Besluit kinderopvangtoeslag art. 4 lid 1)."""
    return float(tax_benefit_system().parameters(peildatum.isoformat()).wet_kinderopvang.maximum_uurprijs.dagopvang)


def _tweeverdieners_kinderopvang(peildatum: datetime.date) -> dict:
    peuter = {
        **_kind(peildatum, 2),
        "soort_kinderopvang": "dagopvang",
        "kinderopvang_uren": KINDEROPVANG_UREN,
        "kinderopvang_uurprijs": maximum_uurprijs_dagopvang(peildatum),
    }
    return _situatie(peildatum, _twee_verdieners(peildatum, 34, 32), {"peuter": peuter})


def _ouder_in_de_bijstand_met_volwassen_kind(peildatum: datetime.date) -> dict:
    """A parent without income and her adult son with a wage, each a gezin of their own in one dwelling: the son
    is a kostendeler (Participatiewet art. 22a), so the parent's bijstand is the kostendelersnorm."""
    situatie = _situatie(
        peildatum,
        {
            "ik": _volwassene(peildatum, 52, 0.0, werkt=False, aow_verzekerde_jaren=35),
            "zoon": _volwassene(peildatum, 30, minimumloon_per_jaar(peildatum), werkt=True),
        },
    )
    situatie["gezinnen"] = {"gezin": {"partners": ["ik"], "kinderen": []}, "zoon": {"partners": ["zoon"]}}
    return situatie


VOORBEELDHUISHOUDENS: dict[str, Voorbeeldhuishouden] = {
    h.id: h
    for h in (
        Voorbeeldhuishouden(
            id="alleenstaande_minimumloon",
            naam=Tekst("Alleenstaande met minimumloon", "Single person on the minimum wage"),
            omschrijving=Tekst(
                "Een alleenstaande van 35 zonder kinderen die voltijds werkt voor het minimumloon en huurt.",
                "A single person of 35 without children who works full time for the minimum wage and rents.",
            ),
            aannames=(_MINIMUMLOON,),
            persoon="ik",
            bouw=_alleenstaande_minimumloon,
        ),
        Voorbeeldhuishouden(
            id="alleenstaande_ouder_twee_kinderen",
            naam=Tekst("Alleenstaande ouder met twee kinderen", "Single parent with two children"),
            omschrijving=Tekst(
                "Een alleenstaande ouder van 38 met twee kinderen op de basisschool, werkt voor het minimumloon, "
                "huurt.",
                "A single parent of 38 with two children at primary school, works for the minimum wage, rents.",
            ),
            aannames=(_MINIMUMLOON, _KINDEREN),
            persoon="ik",
            bouw=_alleenstaande_ouder,
        ),
        Voorbeeldhuishouden(
            id="eenverdieners_twee_kinderen",
            naam=Tekst("Eenverdieners met twee kinderen", "One-earner couple with two children"),
            omschrijving=Tekst(
                "Een paar (40 en 38) met twee kinderen op de basisschool; één partner werkt, de ander heeft geen "
                "inkomen en werkt of studeert niet.",
                "A couple (40 and 38) with two children at primary school; one partner works, the other has no "
                "income and neither works nor studies.",
            ),
            aannames=(_MINIMUMLOON, _KINDEREN, Tekst("De partner: bruto loon nihil.", "The partner: no bruto wage.")),
            persoon="ik",
            bouw=_eenverdieners,
        ),
        Voorbeeldhuishouden(
            id="tweeverdieners",
            naam=Tekst("Tweeverdieners", "Two-earner couple"),
            omschrijving=Tekst(
                "Een paar (40 en 38) zonder kinderen; beiden werken, de tweede verdiener deeltijds.",
                "A couple (40 and 38) without children; both work, the second earner part time.",
            ),
            aannames=(
                _MINIMUMLOON,
                _TWEEDE_VERDIENER,
            ),
            persoon="ik",
            bouw=_tweeverdieners,
        ),
        Voorbeeldhuishouden(
            id="alleenstaande_gepensioneerde",
            naam=Tekst("Alleenstaande gepensioneerde", "Single pensioner"),
            omschrijving=Tekst(
                "Een alleenstaande van 72 met een volledige AOW, die huurt.",
                "A single person of 72 with a full state pension (AOW), who rents.",
            ),
            aannames=(_PENSIOEN,),
            persoon="ik",
            bouw=_alleenstaande_gepensioneerde,
        ),
        Voorbeeldhuishouden(
            id="gepensioneerd_paar",
            naam=Tekst("Gepensioneerd paar", "Pensioner couple"),
            omschrijving=Tekst(
                "Een paar van 72 en 70, beiden met een volledige AOW voor gehuwden, dat huurt.",
                "A couple of 72 and 70, both with a full married person's AOW, who rent.",
            ),
            aannames=(
                _PENSIOEN,
                Tekst(
                    "De partner: de volledige AOW voor gehuwden met vakantie-uitkering, verder geen inkomen.",
                    "The partner: the full married person's AOW with holiday allowance, no other income.",
                ),
            ),
            persoon="ik",
            bouw=_gepensioneerd_paar,
        ),
        # the two below make the reforms in reforms/ visible on a household (issue 18, point 6): none of the six
        # above uses childcare or shares the dwelling with an adult child
        Voorbeeldhuishouden(
            id="tweeverdieners_kinderopvang",
            naam=Tekst("Tweeverdieners met een kind in de kinderopvang", "Two-earner couple with a child in day care"),
            omschrijving=Tekst(
                "Een paar (34 en 32) met een kind van 2 in de dagopvang; beiden werken, de tweede verdiener deeltijds.",
                "A couple (34 and 32) with a child of 2 in day care; both work, the second earner part time.",
            ),
            aannames=(
                _MINIMUMLOON,
                _TWEEDE_VERDIENER,
                Tekst(
                    f"Het kind gaat {KINDEROPVANG_UREN:.0f} uur per maand naar een geregistreerde dagopvang (drie dagen "
                    "van tien uur per week; aanname), tegen de maximum uurprijs van het jaar (Besluit "
                    "kinderopvangtoeslag art. 4 lid 1).",
                    f"The child goes to registered day care {KINDEROPVANG_UREN:.0f} hours a month (three days of ten "
                    "hours a week; an assumption), at the year's maximum hourly price (Besluit kinderopvangtoeslag "
                    "art. 4(1)).",
                ),
            ),
            persoon="ik",
            bouw=_tweeverdieners_kinderopvang,
        ),
        Voorbeeldhuishouden(
            id="ouder_in_de_bijstand_met_volwassen_kind",
            naam=Tekst(
                "Ouder in de bijstand met een volwassen kind thuis", "Parent on social assistance with an adult child"
            ),
            omschrijving=Tekst(
                "Een alleenstaande ouder van 52 zonder inkomen, met een zoon van 30 die thuis woont en voltijds werkt "
                "voor het minimumloon; de zoon is een kostendeler.",
                "A single parent of 52 without income, with a son of 30 who lives at home and works full time for the "
                "minimum wage; the son shares the costs (kostendeler).",
            ),
            aannames=(
                Tekst(
                    "De ouder heeft nu geen loon (de curve begint bij nihil) en werkt of studeert niet; 35 jaar "
                    "verzekerd voor de AOW (aanname, telt pas vanaf de AOW-leeftijd).",
                    "The parent has no wage now (the curve starts at nil) and neither works nor studies; 35 years "
                    "insured for the AOW (an assumption, it counts only from the pension age).",
                ),
                Tekst(
                    "De zoon is een eigen gezin in dezelfde woning (Participatiewet art. 3 en 22a) en verdient het "
                    "voltijds minimumloon van het jaar met vakantiebijslag; hij is 30, dus kostendeler (een "
                    "huisgenoot jonger dan 27 telt sinds 2023 niet mee, art. 19a lid 1).",
                    "The son is a gezin of his own in the same dwelling (Participatiewet art. 3 and 22a) and earns the "
                    "year's full-time minimum wage with holiday pay; he is 30, so a cost-sharer (a housemate under 27 "
                    "has not counted since 2023, art. 19a(1)).",
                ),
            ),
            persoon="ik",
            bouw=_ouder_in_de_bijstand_met_volwassen_kind,
        ),
    )
}


def voorbeeld(id: str, peildatum: datetime.date | str = STANDAARD_PEILDATUM) -> dict:
    """The situation of standard household ``id`` on ``peildatum`` (a date or ``JJJJ-MM-DD``), in the public
    contract's format; raises :class:`Probleem` (400) for an unknown id or a bad date."""
    fouten = []
    huishouden = VOORBEELDHUISHOUDENS.get(id) if isinstance(id, str) else None
    if huishouden is None:
        fouten.append(
            InvalidParam("voorbeeld", f"Verwacht een van / Expected one of: {', '.join(VOORBEELDHUISHOUDENS)}")
        )
    if isinstance(peildatum, datetime.date) and not isinstance(peildatum, datetime.datetime):
        peildatum = peildatum.isoformat()
    # the contract's own reader checks the date: its form, and the years the rules cover
    datum: datetime.date | None = None
    try:
        datum = lees_situatie({"peildatum": peildatum, "personen": {"ik": {}}}, tax_benefit_system()).peildatum
    except Probleem as probleem:
        fouten.extend(probleem.invalid_params)
    if fouten:
        raise ongeldige_invoer(fouten)
    # Without either, a problem was recorded above (lees_situatie's problems always name their fields).
    assert huishouden is not None and datum is not None
    return huishouden.situatie(datum)
