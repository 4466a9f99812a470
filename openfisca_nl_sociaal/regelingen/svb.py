"""The schemes the Sociale Verzekeringsbank (SVB) pays: kinderbijslag, the AOW and the AIO."""

from __future__ import annotations

from openfisca_nl_sociaal.regelingen.model import KINDEREN, PARTNERS, Regeling, Tekst, Voorwaarde, wet
from openfisca_nl_sociaal.regelingen.participatiewet import BIJSTAND_MIDDELEN, NIET_UITGESLOTEN
from openfisca_nl_sociaal.regels import wetten

KINDERBIJSLAG = Regeling(
    id="kinderbijslag",
    wetten=("algemene_kinderbijslagwet",),
    naam=Tekst("Kinderbijslag", "Child benefit"),
    maandbedrag="kinderbijslag",
    jaarbedrag="kinderbijslag__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "ouder_verzekerd",
            "kinderbijslag__ouder_verzekerd",
            Tekst(
                "Een ouder woont op de eerste dag van het kwartaal (rechtmatig) in Nederland en is daardoor verzekerd.",
                "A parent lives (lawfully) in the Netherlands on the first day of the quarter and so is insured.",
            ),
            wet(wetten.ALGEMENE_KINDERBIJSLAGWET, "6", "Algemene Kinderbijslagwet, art. 6 en 11"),
            {PARTNERS: ("woont_in_nederland",)},
            niet=Tekst(
                "Geen ouder woont op de eerste dag van het kwartaal (rechtmatig) in Nederland, dus geen ouder is verzekerd.",
                "No parent lives (lawfully) in the Netherlands on the first day of the quarter, so no parent is insured.",
            ),
        ),
        Voorwaarde(
            "kind_jonger_dan_18",
            "kinderbijslag__aantal_kinderen",
            Tekst(
                "Er is een kind dat op de eerste dag van het kwartaal geboren en jonger dan 18 jaar is.",
                "There is a child who is born and younger than 18 on the first day of the quarter.",
            ),
            wet(wetten.ALGEMENE_KINDERBIJSLAGWET, "7", "Algemene Kinderbijslagwet, art. 7 en 11"),
            {PARTNERS: ("woont_in_nederland",), KINDEREN: ("geboortedatum",)},
            niet=Tekst(
                "Er is geen kind dat op de eerste dag van het kwartaal geboren en jonger dan 18 jaar is.",
                "There is no child who is born and younger than 18 on the first day of the quarter.",
            ),
        ),
    ),
    grondslag=(wet(wetten.ALGEMENE_KINDERBIJSLAGWET, "12", "Algemene Kinderbijslagwet, art. 12"),),
    instantie=Tekst("Sociale Verzekeringsbank (SVB)", "Social Insurance Bank (SVB)"),
    aanvraag_url="https://www.svb.nl/nl/kinderbijslag",
    extra_bedragen={"bedrag_per_kwartaal": "kinderbijslag__kwartaalbedrag"},
)

AOW_REGELING = Regeling(
    id="aow",
    wetten=("algemene_ouderdomswet",),
    naam=Tekst("AOW-ouderdomspensioen", "State pension (AOW)"),
    maandbedrag="aow",
    jaarbedrag="aow__jaarbedrag",
    basis="bruto",
    voorwaarden=(
        Voorwaarde(
            "aow_leeftijd_bereikt",
            "aow__pensioengerechtigd",
            Tekst(
                "De aanvrager of de partner heeft de AOW-leeftijd bereikt.",
                "The applicant or the partner has reached the state pension age.",
            ),
            wet(wetten.ALGEMENE_OUDERDOMSWET, "7a", "Algemene Ouderdomswet, art. 7 en 7a"),
            {PARTNERS: ("geboortedatum",)},
            niet=Tekst(
                "Niemand in het gezin heeft de AOW-leeftijd bereikt.",
                "No one in the household has reached the state pension age.",
            ),
        ),
        Voorwaarde(
            "verzekerd_geweest",
            "aow__verzekerd_geweest",
            Tekst(
                "Wie de AOW-leeftijd heeft, was ten minste een deel van de 50 jaar ervoor verzekerd (2% per jaar).",
                "Who has reached the pension age was insured for at least part of the 50 years before (2% a year).",
            ),
            wet(wetten.ALGEMENE_OUDERDOMSWET, "13", "Algemene Ouderdomswet, art. 7 lid 1 en 13"),
            {PARTNERS: ("geboortedatum", "aow_verzekerde_jaren")},
            niet=Tekst(
                "Wie de AOW-leeftijd heeft, was in de 50 jaar ervoor geen enkel jaar verzekerd.",
                "Who has reached the pension age was not insured in any of the 50 years before.",
            ),
        ),
    ),
    grondslag=(
        wet(wetten.ALGEMENE_OUDERDOMSWET, "9", "Algemene Ouderdomswet, art. 9 en 13"),
        wet(wetten.ALGEMENE_OUDERDOMSWET, "29", "Algemene Ouderdomswet, art. 29 (vakantie-uitkering)"),
    ),
    instantie=Tekst("Sociale Verzekeringsbank (SVB)", "Social Insurance Bank (SVB)"),
    aanvraag_url="https://www.svb.nl/nl/aow",
    extra_bedragen={"vakantie_uitkering_per_jaar": "aow__vakantie_uitkering_gezin_per_jaar"},
    per_persoon=("aow__bruto_per_maand", "aow__bruto_per_jaar"),
)

AIO = Regeling(
    id="aio",
    wetten=(
        "participatiewet",
        "algemene_ouderdomswet",
        "wet_inkomstenbelasting_2001",
        "wet_financiering_sociale_verzekeringen",
    ),
    naam=Tekst("Aanvullende inkomensvoorziening ouderen (AIO)", "Supplementary income provision for the elderly (AIO)"),
    maandbedrag="bijstand",
    jaarbedrag="bijstand__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "aow_leeftijd_bereikt",
            "bijstand__aow_leeftijd",
            Tekst(
                "De aanvrager of de partner heeft de AOW-leeftijd bereikt; het netto inkomen telt de netto AOW mee.",
                "The applicant or the partner has reached the pension age; the net income includes the net AOW.",
            ),
            wet(wetten.PARTICIPATIEWET, "47a", "Participatiewet, art. 22 en 47a"),
            {PARTNERS: ("geboortedatum",)},
            niet=Tekst(
                "Niemand in het gezin heeft de AOW-leeftijd bereikt: dan is het niet de AIO maar de bijstand van de gemeente.",
                "No one in the household has reached the pension age: then it is not the AIO but the municipality's assistance.",
            ),
        ),
        NIET_UITGESLOTEN,
        *BIJSTAND_MIDDELEN,
    ),
    grondslag=(
        wet(wetten.PARTICIPATIEWET, "47a", "Participatiewet, art. 47a"),
        wet(wetten.PARTICIPATIEWET, "22", "Participatiewet, art. 22 en 22a (normen AOW-leeftijd)"),
    ),
    instantie=Tekst("Sociale Verzekeringsbank (SVB)", "Social Insurance Bank (SVB)"),
    aanvraag_url="https://www.svb.nl/nl/aio",
    extra_bedragen={"vakantietoeslag_per_jaar": "bijstand__vakantietoeslag_per_jaar"},
)
