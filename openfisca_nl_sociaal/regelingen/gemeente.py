"""The schemes the gemeente decides: bijstand below the AOW age, the individuele inkomenstoeslag, the municipal pass
and the kwijtschelding of municipal taxes.
"""

from __future__ import annotations

from openfisca_nl_sociaal.regelingen.model import (
    AANVRAGER,
    HUISHOUDEN,
    KINDEREN,
    MEDEBEWONERS,
    PARTNERS,
    Cijfers,
    Grondslag,
    Regeling,
    Tekst,
    Voorwaarde,
    samen,
    wet,
)
from openfisca_nl_sociaal.regelingen.participatiewet import BIJSTAND_MIDDELEN, NIET_UITGESLOTEN, vermogen_onder_grens
from openfisca_nl_sociaal.regelingen.toeslagen import HUURTOESLAG
from openfisca_nl_sociaal.regels import wetten

BIJSTAND = Regeling(
    id="bijstand",
    wetten=("participatiewet", "wet_inkomstenbelasting_2001", "wet_financiering_sociale_verzekeringen"),
    naam=Tekst("Bijstand (algemene bijstand)", "Social assistance"),
    maandbedrag="bijstand",
    jaarbedrag="bijstand__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "meerderjarig",
            "bijstand__meerderjarig",
            Tekst("De aanvrager of de partner is 18 jaar of ouder.", "The applicant or the partner is 18 or older."),
            wet(wetten.PARTICIPATIEWET, "20", "Participatiewet, art. 13 en 20"),
            {PARTNERS: ("geboortedatum",)},
            niet=Tekst(
                "De aanvrager en de partner zijn nog geen 18 jaar.", "Neither the applicant nor the partner is 18 yet."
            ),
        ),
        NIET_UITGESLOTEN,
        Voorwaarde(
            "onder_aow_leeftijd",
            "bijstand__onder_aow_leeftijd",
            Tekst(
                "Aanvrager en partner zijn jonger dan de AOW-leeftijd (daarna voert de SVB de bijstand uit als AIO).",
                "Applicant and partner are below the pension age (from then on the SVB pays it as AIO).",
            ),
            wet(wetten.PARTICIPATIEWET, "47a", "Participatiewet, art. 47a"),
            {PARTNERS: ("geboortedatum",)},
            niet=Tekst(
                "De aanvrager of de partner heeft de AOW-leeftijd bereikt: dan is het niet de bijstand van de gemeente maar de AIO van de SVB.",
                "The applicant or the partner has reached the pension age: then it is not the municipality's assistance but the SVB's AIO.",
            ),
        ),
        *BIJSTAND_MIDDELEN,
    ),
    grondslag=(
        wet(wetten.PARTICIPATIEWET, "19", "Participatiewet, art. 19"),
        wet(wetten.PARTICIPATIEWET, "21", "Participatiewet, art. 20-22a (normen)"),
    ),
    instantie=Tekst("de gemeente (sociale dienst)", "your municipality (social services)"),
    aanvraag_url="https://www.rijksoverheid.nl/onderwerpen/bijstand",
    extra_bedragen={"vakantietoeslag_per_jaar": "bijstand__vakantietoeslag_per_jaar"},
)

STADSPAS = Regeling(
    id="stadspas",
    wetten=("participatiewet", "wet_inkomstenbelasting_2001", "wet_financiering_sociale_verzekeringen"),
    naam=Tekst("Gemeentelijke pas (Stadspas)", "Municipal pass (city pass)"),
    maandbedrag="stadspas",
    jaarbedrag="stadspas",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "inkomen_onder_grens",
            "stadspas__inkomen_onder_grens",
            Tekst(
                "Het netto inkomen per maand is niet hoger dan de inkomensgrens van de gemeente (een deel van de bijstandsnorm).",
                "The net income per month is not above the municipality's limit (a share of the assistance norm).",
            ),
            Grondslag(
                "Gemeentewet, art. 147; Participatiewet, art. 21",
                "https://lokaleregelgeving.overheid.nl/",
            ),
            {PARTNERS: ("geboortedatum", "netto_inkomen"), KINDEREN: ("geboortedatum",), HUISHOUDEN: ("gemeente",)},
            niet=Tekst(
                "Het netto inkomen per maand is hoger dan de inkomensgrens van de gemeente.",
                "The net income per month is above the municipality's limit.",
            ),
            cijfers=Cijfers(
                "bijstand__inkomen",
                "stadspas__inkomensgrens",
                Tekst(
                    "Het netto inkomen van {waarde} per maand is hoger dan de inkomensgrens van de gemeente, {grens} "
                    "per maand.",
                    "The net income of {waarde} a month is above the municipality's limit of {grens} a month.",
                ),
            ),
        ),
        vermogen_onder_grens("Participatiewet, art. 34"),
    ),
    grondslag=(
        Grondslag(
            "Gemeentewet, art. 147 (gemeentelijke verordeningen)",
            wetten.artikel_sjabloon(wetten.GEMEENTEWET, "147"),
        ),
    ),
    instantie=Tekst("de gemeente", "your municipality"),
    aanvraag_url="https://www.overheid.nl/wie-is-wie/gemeenten",
    niet_monetair=True,
    naam_in_gemeente="pas_naam",
    beschikbaar=(
        "stadspas__regels_bekend",
        Tekst(
            "De voorwaarden van de pas van deze gemeente zijn (voor deze datum) nog niet in de rekenregels opgenomen.",
            "The pass conditions of this municipality are not (for this date) in the rules yet.",
        ),
    ),
    beschikbaar_feiten={HUISHOUDEN: ("gemeente",)},
)

GEMEENTE_ONBEKEND = Tekst(
    "De regels van deze gemeente voor deze regeling zijn (voor deze datum) nog niet in de rekenregels opgenomen.",
    "This municipality's rules for this scheme are not (for this date) in the rules yet.",
)
PW36 = wet(wetten.PARTICIPATIEWET, "36", "Participatiewet, art. 36")

INDIVIDUELE_INKOMENSTOESLAG = Regeling(
    id="individuele_inkomenstoeslag",
    wetten=("participatiewet", "wet_inkomstenbelasting_2001", "wet_financiering_sociale_verzekeringen"),
    naam=Tekst("Individuele inkomenstoeslag", "Individual income supplement"),
    eenheid="jaar",  # paid once a year (Participatiewet art. 36: "een individuele inkomenstoeslag" per year)
    maandbedrag="individuele_inkomenstoeslag",
    jaarbedrag="individuele_inkomenstoeslag__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "leeftijd_21_tot_aow_leeftijd",
            "individuele_inkomenstoeslag__leeftijd",
            Tekst(
                "De aanvrager of de partner is 21 jaar of ouder en geen van beiden heeft de AOW-leeftijd bereikt.",
                "The applicant or the partner is 21 or older and neither has reached the pension age.",
            ),
            PW36,
            {PARTNERS: ("geboortedatum",)},
            niet=Tekst(
                "De aanvrager en de partner zijn jonger dan 21, of een van beiden heeft de AOW-leeftijd bereikt.",
                "The applicant and the partner are under 21, or one of them has reached the pension age.",
            ),
        ),
        Voorwaarde(
            "inkomen_onder_grens",
            "individuele_inkomenstoeslag__inkomen_onder_grens",
            Tekst(
                "Het netto inkomen is niet hoger dan de inkomensgrens van de gemeente (een deel van de bijstandsnorm).",
                "The net income is not above the municipality's limit (a share of the assistance norm).",
            ),
            Grondslag(
                "Participatiewet, art. 36 lid 2",
                wetten.artikel_sjabloon(wetten.PARTICIPATIEWET, "36"),
            ),
            {PARTNERS: ("geboortedatum", "netto_inkomen"), KINDEREN: ("geboortedatum",), HUISHOUDEN: ("gemeente",)},
            niet=Tekst(
                "Het netto inkomen is hoger dan de inkomensgrens van de gemeente.",
                "The net income is above the municipality's limit.",
            ),
        ),
        Voorwaarde(
            "langdurig_laag_inkomen",
            "individuele_inkomenstoeslag__langdurig_laag_inkomen",
            Tekst(
                "Het inkomen is al zo lang laag als de verordening van de gemeente vraagt (de referteperiode).",
                "The income has been low for as long as the municipality's ordinance requires (the reference period).",
            ),
            PW36,
            {AANVRAGER: ("maanden_laag_inkomen",), HUISHOUDEN: ("gemeente",)},
            niet=Tekst(
                "Het inkomen is nog niet zo lang laag als de verordening van de gemeente vraagt.",
                "The income has not yet been low for as long as the municipality's ordinance requires.",
            ),
        ),
        Voorwaarde(
            "niet_in_afgelopen_12_maanden",
            "individuele_inkomenstoeslag__niet_in_afgelopen_12_maanden",
            Tekst(
                "In de afgelopen 12 maanden is geen individuele inkomenstoeslag ontvangen.",
                "No individual income supplement was received in the last 12 months.",
            ),
            PW36,
            {AANVRAGER: ("inkomenstoeslag_afgelopen_12_maanden",)},
            niet=Tekst(
                "In de afgelopen 12 maanden is al een individuele inkomenstoeslag ontvangen.",
                "An individual income supplement was already received in the last 12 months.",
            ),
        ),
        vermogen_onder_grens("Participatiewet, art. 34"),
    ),
    grondslag=(PW36,),
    instantie=Tekst("de gemeente (sociale dienst)", "your municipality (social services)"),
    aanvraag_url="https://www.rijksoverheid.nl/onderwerpen/bijstand/vraag-en-antwoord/wat-is-een-individuele-inkomenstoeslag",
    beschikbaar=("individuele_inkomenstoeslag__regels_bekend", GEMEENTE_ONBEKEND),
    beschikbaar_feiten={HUISHOUDEN: ("gemeente",)},
)


KWIJTSCHELDING = Regeling(
    id="kwijtschelding_gemeentelijke_belastingen",
    wetten=(
        "invorderingswet_1990",
        "participatiewet",
        "wet_op_de_huurtoeslag",
        "awir",
        "wet_inkomstenbelasting_2001",
        "wet_financiering_sociale_verzekeringen",
    ),
    eenheid="jaar",  # the remission of a year's municipal taxes (Invorderingswet 1990 art. 26)
    naam=Tekst("Kwijtschelding gemeentelijke belastingen", "Remission of municipal taxes"),
    maandbedrag="kwijtschelding_gemeentelijke_belastingen",
    jaarbedrag="kwijtschelding__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "aanslag_niet_te_betalen",
            "kwijtschelding__aanslag_niet_te_betalen",
            Tekst(
                "Het vermogen boven de vrijstelling en 80% van de betalingscapaciteit (netto besteedbaar inkomen min "
                "de kosten van bestaan, over 12 maanden) zijn niet genoeg om de aanslag te betalen.",
                "The assets above the exemption and 80% of the capacity to pay (net disposable income less the cost "
                "of living, over 12 months) do not cover the tax bill.",
            ),
            wet(
                wetten.UITVOERINGSREGELING_INVORDERINGSWET_1990,
                "11",
                "Uitvoeringsregeling Invorderingswet 1990, art. 11-16",
            ),
            samen(
                HUURTOESLAG.feiten(),
                {
                    PARTNERS: ("geboortedatum", "netto_inkomen", "vermogen"),
                    KINDEREN: ("geboortedatum",),
                    MEDEBEWONERS: ("geboortedatum",),
                    HUISHOUDEN: ("kale_huur", "servicekosten", "gemeente", "gemeentelijke_belastingen"),
                },
            ),
            niet=Tekst(
                "Het vermogen boven de vrijstelling of 80% van de betalingscapaciteit (over 12 maanden) is genoeg om de aanslag te betalen.",
                "The assets above the exemption or 80% of the capacity to pay (over 12 months) cover the tax bill.",
            ),
        ),
    ),
    grondslag=(
        wet(wetten.INVORDERINGSWET_1990, "26", "Invorderingswet 1990, art. 26"),
        wet(wetten.GEMEENTEWET, "255", "Gemeentewet, art. 255"),
        wet(
            wetten.UITVOERINGSREGELING_INVORDERINGSWET_1990,
            "11",
            "Uitvoeringsregeling Invorderingswet 1990, art. 11-16",
        ),
        Grondslag(
            "Regeling kwijtschelding belastingen medeoverheden, art. 2",
            wetten.artikel_sjabloon(wetten.REGELING_KWIJTSCHELDING_MEDEOVERHEDEN, "2"),
        ),
    ),
    instantie=Tekst(
        "de gemeente (of het belastingsamenwerkingsverband van de gemeente)",
        "your municipality (or its joint tax office)",
    ),
    aanvraag_url="https://www.rijksoverheid.nl/onderwerpen/gemeenten/vraag-en-antwoord/kwijtschelding-gemeentelijke-belastingen",
    extra_bedragen={"betalingscapaciteit_per_jaar": "kwijtschelding__betalingscapaciteit"},
    beschikbaar=("kwijtschelding__regels_bekend", GEMEENTE_ONBEKEND),
    beschikbaar_feiten={HUISHOUDEN: ("gemeente",)},
)
