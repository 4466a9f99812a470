"""What the engine knows of each input fact, in one table: the question that asks it, its bounds, whether it is a
core, optional or refining fact, what the engine can estimate it from, and the values an unknown one is tried with.

A new fact is one entry here (and its variable in ``variables/feiten/``). Every other module reads this
table, through the views at the end of this module.
"""

from __future__ import annotations

from dataclasses import dataclass

from openfisca_nl_sociaal.regelingen import Tekst

#: A fact of the public contract: unknown when not given, and then the schemes that read it say so.
KERN = "kern"
#: A fact beyond the contract's core facts that some schemes ask for (``variables/feiten/optioneel.py``).
OPTIONEEL = "optioneel"
#: An optional fact with a presumed normal case (``Verfijning`` in the catalogue): never unknown, reported as
#: ``aannames`` when the answer rests on the presumption.
VERFIJNEND = "verfijnend"


@dataclass(frozen=True)
class Feit:
    """One input fact."""

    #: the question to ask a citizen, in Dutch and English
    vraag: Tekst
    #: ``KERN``, ``OPTIONEEL`` or ``VERFIJNEND``
    soort: str = KERN
    #: the least and greatest value beyond "not negative" (which holds for every amount); ``None``: only that
    grenzen: tuple[float, float] | None = None
    #: the facts the engine can estimate this one from (the estimate is documented with its formula)
    geschat_uit: tuple[str, ...] = ()
    #: a fact with few possible values: every value, each tried when the fact is unknown (``antwoord.bereik``)
    waarden: tuple[object, ...] | None = None
    #: an amount on which every scheme's outcome is monotone: the two ends tried when it is unknown. The upper
    #: ends lie far beyond every income and asset limit of the law (documented in the README);
    #: ``tests/pakket/test_eigenschappen.py`` checks the monotonicity the bounds rely on.
    monotoon: tuple[float, float] | None = None


FEITEN: dict[str, Feit] = {
    "geboortedatum": Feit(Tekst("Wat is de geboortedatum?", "What is the date of birth?")),
    "toetsingsinkomen": Feit(
        Tekst(
            "Wat is het toetsingsinkomen (verzamelinkomen) over dit jaar?",
            "What is the assessment income (aggregate income) for this year?",
        ),
        monotoon=(0.0, 10_000_000.0),
        geschat_uit=("bruto_loon",),
    ),
    "vermogen": Feit(
        Tekst("Hoeveel vermogen is er op 1 januari?", "How much in assets is there on 1 January?"),
        monotoon=(0.0, 100_000_000.0),
    ),
    "verzekerd_zvw": Feit(
        Tekst(
            "Is deze persoon verzekerd voor de zorgverzekering (Zorgverzekeringswet)?",
            "Is this person insured under the Dutch Health Insurance Act?",
        ),
        waarden=(False, True),
    ),
    "woont_in_nederland": Feit(
        Tekst("Woont deze persoon rechtmatig in Nederland?", "Does this person live lawfully in the Netherlands?"),
        waarden=(False, True),
    ),
    "aow_verzekerde_jaren": Feit(
        Tekst(
            "Hoeveel jaar was deze persoon verzekerd voor de AOW?",
            "How many years was this person insured for the AOW?",
        ),
        grenzen=(0, 50),
        monotoon=(0, 50),
    ),
    "bruto_loon": Feit(
        Tekst(
            "Wat is het bruto loon per jaar, inclusief vakantiegeld? (als het toetsingsinkomen niet bekend is)",
            "What is the gross wage per year, holiday pay included? (if the assessment income is not known)",
        )
    ),
    "bruto_pensioen": Feit(
        Tekst(
            "Hoeveel bruto pensioen (zonder AOW) krijgt deze persoon per jaar? (als het toetsingsinkomen niet bekend is)",
            "How much gross pension (AOW excluded) does this person receive per year? (if the assessment income is not known)",
        ),
        monotoon=(0.0, 10_000_000.0),
    ),
    "netto_inkomen": Feit(
        Tekst("Wat is het netto inkomen per maand?", "What is the net income per month?"),
        monotoon=(0.0, 1_000_000.0),
        geschat_uit=("bruto_loon",),
    ),
    "werkt_of_studeert": Feit(
        Tekst("Werkt of studeert deze persoon?", "Does this person work or study?"),
        waarden=(False, True),
    ),
    "soort_kinderopvang": Feit(
        Tekst("Welke kinderopvang gebruikt het kind?", "Which childcare does the child use?"),
        waarden=("geen", "dagopvang", "buitenschoolse_opvang", "gastouderopvang"),
    ),
    "kinderopvang_uren": Feit(
        Tekst("Hoeveel uur kinderopvang per maand?", "How many hours of childcare per month?"),
        grenzen=(0, 31 * 24),
        monotoon=(0.0, 31 * 24.0),
    ),
    "kinderopvang_uurprijs": Feit(
        Tekst("Wat kost de kinderopvang per uur?", "What does the childcare cost per hour?"),
        monotoon=(0.0, 1_000.0),
    ),
    "kale_huur": Feit(Tekst("Wat is de kale huur per maand?", "What is the basic rent per month?")),
    "servicekosten": Feit(
        Tekst("Hoeveel servicekosten betaalt u per maand?", "How much in service costs do you pay per month?")
    ),
    "zelfstandige_woonruimte": Feit(
        Tekst(
            "Is de woning zelfstandig (eigen voordeur, keuken en toilet)?",
            "Is the dwelling self-contained (own front door, kitchen and toilet)?",
        ),
        waarden=(False, True),
    ),
    "gemeente": Feit(Tekst("In welke gemeente woont u?", "In which municipality do you live?")),
    "maanden_laag_inkomen": Feit(
        Tekst(
            "Hoeveel maanden achter elkaar, tot en met deze maand, was het inkomen van u (en uw partner) niet hoger dan"
            " de inkomensgrens van de gemeente voor de individuele inkomenstoeslag?",
            "For how many months in a row, up to this month, was your (and your partner's) income not above the"
            " municipality's limit for the individual income supplement?",
        ),
        soort=OPTIONEEL,
        monotoon=(0, 1_200),
    ),
    "inkomenstoeslag_afgelopen_12_maanden": Feit(
        Tekst(
            "Heeft u (of uw partner) in de afgelopen 12 maanden een individuele inkomenstoeslag gekregen?",
            "Did you (or your partner) receive an individual income supplement in the last 12 months?",
        ),
        soort=OPTIONEEL,
        waarden=(False, True),
    ),
    "gemeentelijke_belastingen": Feit(
        Tekst(
            "Hoeveel gemeentelijke belastingen staan op de aanslag van dit jaar waarvoor u kwijtschelding vraagt"
            " (bijvoorbeeld afvalstoffenheffing en rioolheffing)?",
            "How much in municipal taxes is on this year's bill you ask remission for (e.g. waste and sewerage charges)?",
        ),
        soort=OPTIONEEL,
        monotoon=(0.0, 100_000.0),
    ),
    "inkomsten_uit_arbeid": Feit(
        Tekst(
            "Hoeveel van dit netto inkomen per maand komt uit werk (loon of winst)?",
            "How much of this net income per month comes from work (wages or profit)?",
        ),
        soort=VERFIJNEND,
    ),
    "vermogen_eigen_woning": Feit(
        Tekst(
            "Hoeveel van dit vermogen zit in de eigen woning waarin u woont (de waarde min de hypotheek)?",
            "How much of these assets is equity in the own home you live in (its value less the mortgage)?",
        ),
        soort=VERFIJNEND,
    ),
    "studiefinanciering": Feit(
        Tekst(
            "Volgt u een opleiding waarvoor u recht heeft op studiefinanciering?",
            "Do you follow education for which you are entitled to student finance?",
        ),
        soort=VERFIJNEND,
    ),
    "inrichting": Feit(
        Tekst(
            "Woont u in een instelling, zoals een verpleeghuis of een psychiatrisch ziekenhuis?",
            "Do you live in an institution, such as a nursing home or a psychiatric hospital?",
        ),
        soort=VERFIJNEND,
    ),
}

# Views of the table, for the modules that need one aspect of every fact.
VRAGEN: dict[str, Tekst] = {naam: feit.vraag for naam, feit in FEITEN.items()}
OPTIONELE_FEITEN = frozenset(naam for naam, feit in FEITEN.items() if feit.soort == OPTIONEEL)
VERFIJNENDE_FEITEN = frozenset(naam for naam, feit in FEITEN.items() if feit.soort == VERFIJNEND)
VERVANGERS: dict[str, tuple[str, ...]] = {naam: feit.geschat_uit for naam, feit in FEITEN.items() if feit.geschat_uit}
#: The estimate from ``bruto_loon`` counts, at AOW age, the pension and the AOW too
#: (variables/wet_inkomstenbelasting_2001/box_1.py): for a person of this age or older on 1 January of the
#: peildatum's year, or of unknown age, an estimated fact is known only when these are given as well. 65: the
#: AOW age has been above 65 since 2013 (AOW art. 7a), so a younger person is not at AOW age in the year.
SCHATTING_PENSIOENLEEFTIJD = 65
SCHATTING_BIJ_PENSIOEN: tuple[str, ...] = ("bruto_pensioen", "aow_verzekerde_jaren")
GRENZEN: dict[str, tuple[float, float]] = {naam: feit.grenzen for naam, feit in FEITEN.items() if feit.grenzen}
EINDIGE_FEITEN: dict[str, tuple[object, ...]] = {naam: feit.waarden for naam, feit in FEITEN.items() if feit.waarden}
MONOTONE_BEDRAGEN: dict[str, tuple[float, float]] = {
    naam: feit.monotoon for naam, feit in FEITEN.items() if feit.monotoon
}
