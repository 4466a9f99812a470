"""The toeslagen that Dienst Toeslagen pays under the Awir: zorgtoeslag, huurtoeslag, kinderopvangtoeslag and the
kindgebonden budget.
"""

from __future__ import annotations

from openfisca_nl_sociaal.regelingen.model import (
    HUISHOUDEN,
    KINDEREN,
    MEDEBEWONERS,
    PARTNERS,
    Cijfers,
    Regeling,
    Tekst,
    Voorwaarde,
    wet,
)
from openfisca_nl_sociaal.regels import wetten


#: Awir art. 9: every toeslag asks that the applicant and the toeslagpartner live lawfully in the Netherlands.
def vermogen_boven_grens(grens: str, moment: Tekst) -> Cijfers:
    """The figures of a toeslag's asset test (Awir art. 7 lid 3 with the scheme's article): the joint assets on
    ``moment`` against the scheme's limit, the gezin variable ``grens``."""
    return Cijfers(
        "awir__vermogen",
        grens,
        Tekst(
            f"Het (gezamenlijke) vermogen {moment.nl} van {{waarde}} is hoger dan de vermogensgrens van {{grens}}.",
            f"The (joint) assets {moment.en} of {{waarde}} exceed the asset limit of {{grens}}.",
        ),
    )


RECHTMATIG_VERBLIJF = Voorwaarde(
    "rechtmatig_verblijf",
    "awir__rechtmatig_verblijf",
    Tekst(
        "De aanvrager en de toeslagpartner wonen rechtmatig in Nederland.",
        "The applicant and the allowance partner live lawfully in the Netherlands.",
    ),
    wet(wetten.AWIR, "9", "Algemene wet inkomensafhankelijke regelingen, art. 9"),
    {PARTNERS: ("woont_in_nederland",)},
    niet=Tekst(
        "De aanvrager of de toeslagpartner woont niet rechtmatig in Nederland.",
        "The applicant or the allowance partner does not live lawfully in the Netherlands.",
    ),
)

ZORGTOESLAG = Regeling(
    id="zorgtoeslag",
    wetten=("wet_op_de_zorgtoeslag", "awir", "wet_inkomstenbelasting_2001", "wet_financiering_sociale_verzekeringen"),
    naam=Tekst("Zorgtoeslag", "Health-care allowance"),
    maandbedrag="zorgtoeslag",
    jaarbedrag="zorgtoeslag__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "leeftijd_18_of_ouder",
            "zorgtoeslag__meerderjarig",
            Tekst(
                "De aanvrager of de toeslagpartner is 18 jaar of ouder (vanaf de maand na de 18e verjaardag).",
                "The applicant or the allowance partner is 18 or older (from the month after the 18th birthday).",
            ),
            wet(wetten.WET_OP_DE_ZORGTOESLAG, "1", "Wet op de zorgtoeslag, art. 1 lid 1 onder c"),
            {PARTNERS: ("geboortedatum",)},
            niet=Tekst(
                "De aanvrager en de toeslagpartner zijn nog geen 18 jaar (of pas deze maand geworden).",
                "Neither the applicant nor the allowance partner is 18 yet (or only turned 18 this month).",
            ),
        ),
        Voorwaarde(
            "verzekerd_zvw",
            "zorgtoeslag__aantal_verzekerden",
            Tekst(
                "De aanvrager of de toeslagpartner is verzekerd voor de Zorgverzekeringswet en 18 jaar of ouder.",
                "The applicant or the allowance partner is insured under the Health Insurance Act and 18 or older.",
            ),
            wet(wetten.WET_OP_DE_ZORGTOESLAG, "2", "Wet op de zorgtoeslag, art. 1 en 2"),
            {PARTNERS: ("geboortedatum", "verzekerd_zvw")},
            niet=Tekst(
                "De aanvrager en de toeslagpartner zijn geen van beiden verzekerd voor de Zorgverzekeringswet (en 18 jaar of ouder).",
                "Neither the applicant nor the allowance partner is insured under the Health Insurance Act (and 18 or older).",
            ),
        ),
        RECHTMATIG_VERBLIJF,
        Voorwaarde(
            "vermogen_onder_grens",
            "zorgtoeslag__vermogen_onder_grens",
            Tekst(
                "Het (gezamenlijke) vermogen op 1 januari is niet hoger dan de vermogensgrens.",
                "The (joint) assets on 1 January do not exceed the asset limit.",
            ),
            wet(wetten.WET_OP_DE_ZORGTOESLAG, "3", "Wet op de zorgtoeslag, art. 3"),
            {PARTNERS: ("vermogen",)},
            niet=Tekst(
                "Het (gezamenlijke) vermogen op 1 januari is hoger dan de vermogensgrens.",
                "The (joint) assets on 1 January exceed the asset limit.",
            ),
            cijfers=vermogen_boven_grens("zorgtoeslag__vermogensgrens", Tekst("op 1 januari", "on 1 January")),
        ),
        Voorwaarde(
            "inkomen_niet_te_hoog",
            "zorgtoeslag__inkomen_niet_te_hoog",
            Tekst(
                "Het toetsingsinkomen is laag genoeg: de normpremie blijft onder de standaardpremie en de "
                "toeslag is ten minste € 24 per jaar.",
                "The assessment income is low enough: the standard contribution stays below the standard "
                "premium and the allowance is at least €24 a year.",
            ),
            wet(wetten.WET_OP_DE_ZORGTOESLAG, "2", "Wet op de zorgtoeslag, art. 2; Awir, art. 14"),
            {PARTNERS: ("geboortedatum", "verzekerd_zvw", "toetsingsinkomen")},
            niet=Tekst(
                "Het toetsingsinkomen is te hoog: de toeslag zou minder dan € 24 per jaar zijn.",
                "The assessment income is too high: the allowance would be less than €24 a year.",
            ),
        ),
    ),
    grondslag=(
        wet(wetten.WET_OP_DE_ZORGTOESLAG, "2", "Wet op de zorgtoeslag, art. 2"),
        wet(wetten.AWIR, "14", "Algemene wet inkomensafhankelijke regelingen, art. 14 en 22"),
    ),
    instantie=Tekst("Dienst Toeslagen", "Dienst Toeslagen (the Benefits Agency)"),
    aanvraag_url="https://www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/zorgtoeslag",
)

KINDGEBONDEN_BUDGET = Regeling(
    id="kindgebonden_budget",
    wetten=(
        "wet_op_het_kindgebonden_budget",
        "awir",
        "wet_inkomstenbelasting_2001",
        "wet_financiering_sociale_verzekeringen",
    ),
    naam=Tekst("Kindgebonden budget", "Child-related budget"),
    maandbedrag="kindgebonden_budget",
    jaarbedrag="kindgebonden_budget__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "kind_met_kinderbijslag",
            "kindgebonden_budget__aantal_kinderen",
            Tekst(
                "Er is ten minste één kind tot en met de maand van de 18e verjaardag waarvoor de ouder "
                "kinderbijslag krijgt.",
                "There is at least one child, up to the month of its 18th birthday, for whom the parent "
                "receives child benefit.",
            ),
            wet(wetten.WET_OP_HET_KINDGEBONDEN_BUDGET, "2", "Wet op het kindgebonden budget, art. 2 lid 1"),
            {PARTNERS: ("woont_in_nederland",), KINDEREN: ("geboortedatum",)},
            niet=Tekst(
                "Er is geen kind tot en met de maand van de 18e verjaardag waarvoor de ouder kinderbijslag krijgt.",
                "There is no child, up to the month of its 18th birthday, for whom the parent receives child benefit.",
            ),
        ),
        RECHTMATIG_VERBLIJF,
        Voorwaarde(
            "vermogen_onder_grens",
            "kindgebonden_budget__vermogen_onder_grens",
            Tekst(
                "Het (gezamenlijke) vermogen aan het begin van het jaar is niet hoger dan de vermogensgrens.",
                "The (joint) assets at the start of the year do not exceed the asset limit.",
            ),
            wet(wetten.WET_OP_HET_KINDGEBONDEN_BUDGET, "1", "Wet op het kindgebonden budget, art. 1 lid 4"),
            {PARTNERS: ("vermogen",)},
            niet=Tekst(
                "Het (gezamenlijke) vermogen aan het begin van het jaar is hoger dan de vermogensgrens.",
                "The (joint) assets at the start of the year exceed the asset limit.",
            ),
            cijfers=vermogen_boven_grens(
                "kindgebonden_budget__vermogensgrens", Tekst("aan het begin van het jaar", "at the start of the year")
            ),
        ),
        Voorwaarde(
            "inkomen_niet_te_hoog",
            "kindgebonden_budget__inkomen_niet_te_hoog",
            Tekst(
                "Het toetsingsinkomen is laag genoeg: na de vermindering naar inkomen blijft ten minste "
                "€ 24 per jaar over.",
                "The assessment income is low enough: after the income-related reduction at least €24 a year remains.",
            ),
            wet(
                wetten.WET_OP_HET_KINDGEBONDEN_BUDGET,
                "2",
                "Wet op het kindgebonden budget, art. 2 lid 7 en 8; Awir, art. 14",
            ),
            {PARTNERS: ("toetsingsinkomen", "woont_in_nederland"), KINDEREN: ("geboortedatum",)},
            niet=Tekst(
                "Het toetsingsinkomen is te hoog: na de vermindering naar inkomen blijft minder dan € 24 per jaar over.",
                "The assessment income is too high: after the income-related reduction less than €24 a year remains.",
            ),
        ),
    ),
    grondslag=(
        wet(wetten.WET_OP_HET_KINDGEBONDEN_BUDGET, "2", "Wet op het kindgebonden budget, art. 2"),
        wet(wetten.AWIR, "14", "Algemene wet inkomensafhankelijke regelingen, art. 14 en 22"),
    ),
    instantie=Tekst("Dienst Toeslagen", "Dienst Toeslagen (the Benefits Agency)"),
    aanvraag_url="https://www.belastingdienst.nl/wps/wcm/connect/nl/kindgebonden-budget/kindgebonden-budget",
)

_BEWONERS_INKOMEN = {
    PARTNERS: ("geboortedatum", "toetsingsinkomen"),
    KINDEREN: ("geboortedatum", "toetsingsinkomen"),
    MEDEBEWONERS: ("geboortedatum", "toetsingsinkomen"),
}

HUURTOESLAG = Regeling(
    id="huurtoeslag",
    wetten=("wet_op_de_huurtoeslag", "awir", "wet_inkomstenbelasting_2001", "wet_financiering_sociale_verzekeringen"),
    naam=Tekst("Huurtoeslag", "Rent allowance"),
    maandbedrag="huurtoeslag",
    jaarbedrag="huurtoeslag__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "meerderjarig",
            "huurtoeslag__meerderjarig",
            Tekst("De huurder is 18 jaar of ouder.", "The tenant is 18 or older."),
            wet(wetten.WET_OP_DE_HUURTOESLAG, "8", "Wet op de huurtoeslag, art. 8"),
            {PARTNERS: ("geboortedatum",)},
            niet=Tekst("De huurder is nog geen 18 jaar.", "The tenant is not 18 yet."),
        ),
        Voorwaarde(
            "zelfstandige_woonruimte",
            "huurtoeslag__zelfstandige_woonruimte",
            Tekst("De woning is een zelfstandige woonruimte.", "The dwelling is self-contained."),
            wet(wetten.WET_OP_DE_HUURTOESLAG, "11", "Wet op de huurtoeslag, art. 11"),
            {HUISHOUDEN: ("zelfstandige_woonruimte",)},
            niet=Tekst(
                "De woning is geen zelfstandige woonruimte (bijvoorbeeld een kamer met gedeelde keuken of wc).",
                "The dwelling is not self-contained (for example a room with a shared kitchen or toilet).",
            ),
        ),
        Voorwaarde(
            "rechtmatig_verblijf",
            "huurtoeslag__rechtmatig_verblijf",
            Tekst(
                "De huurder, de partner en de medebewoners wonen rechtmatig in Nederland.",
                "The tenant, the partner and the co-residents live lawfully in the Netherlands.",
            ),
            wet(wetten.AWIR, "9", "Algemene wet inkomensafhankelijke regelingen, art. 9"),
            {PARTNERS: ("woont_in_nederland",), MEDEBEWONERS: ("woont_in_nederland",)},
            niet=Tekst(
                "De huurder, de partner of een medebewoner woont niet rechtmatig in Nederland.",
                "The tenant, the partner or a co-resident does not live lawfully in the Netherlands.",
            ),
        ),
        Voorwaarde(
            "vermogen_onder_grens",
            "huurtoeslag__vermogen_binnen_grenzen",
            Tekst(
                "Het vermogen van huurder en partner samen, en van elke medebewoner, is niet hoger dan de grens.",
                "The assets of tenant and partner together, and of each co-resident, do not exceed the limit.",
            ),
            wet(wetten.AWIR, "7", "Algemene wet inkomensafhankelijke regelingen, art. 7 lid 3 en 4"),
            {PARTNERS: ("vermogen",), KINDEREN: ("vermogen",), MEDEBEWONERS: ("vermogen",)},
            niet=Tekst(
                "Het vermogen van huurder en partner samen, of van een medebewoner, is hoger dan de grens.",
                "The assets of tenant and partner together, or of a co-resident, exceed the limit.",
            ),
        ),
        Voorwaarde(
            "huur_niet_boven_huurgrens",
            "huurtoeslag__huur_binnen_huurgrens",
            Tekst(
                "De rekenhuur is niet hoger dan de huurgrens (tot en met 2025; vanaf 2026 is de grens een plafond).",
                "The rent is not above the rent limit (through 2025; from 2026 the limit caps the rent).",
            ),
            wet(wetten.WET_OP_DE_HUURTOESLAG, "13", "Wet op de huurtoeslag, art. 13"),
            {**_BEWONERS_INKOMEN, HUISHOUDEN: ("kale_huur", "servicekosten")},
            niet=Tekst("De rekenhuur is hoger dan de huurgrens.", "The rent is above the rent limit."),
        ),
        Voorwaarde(
            "inkomen_niet_te_hoog",
            "huurtoeslag__inkomen_niet_te_hoog",
            Tekst(
                "Huur en rekeninkomen laten ten minste € 24 huurtoeslag per jaar over.",
                "Rent and household income leave a rent allowance of at least €24 a year.",
            ),
            wet(wetten.WET_OP_DE_HUURTOESLAG, "21", "Wet op de huurtoeslag, art. 16-21; Awir, art. 14"),
            {**_BEWONERS_INKOMEN, HUISHOUDEN: ("kale_huur", "servicekosten")},
            niet=Tekst(
                "Bij deze huur is het inkomen te hoog: de huurtoeslag zou minder dan € 24 per jaar zijn.",
                "At this rent the income is too high: the rent allowance would be less than €24 a year.",
            ),
        ),
    ),
    grondslag=(
        wet(wetten.WET_OP_DE_HUURTOESLAG, "21", "Wet op de huurtoeslag, art. 21"),
        wet(wetten.AWIR, "14", "Algemene wet inkomensafhankelijke regelingen, art. 14 en 22"),
    ),
    instantie=Tekst("Dienst Toeslagen", "Dienst Toeslagen (the Benefits Agency)"),
    aanvraag_url="https://www.belastingdienst.nl/wps/wcm/connect/nl/huurtoeslag/huurtoeslag",
)

_KINDEROPVANG = ("geboortedatum", "soort_kinderopvang", "kinderopvang_uren", "kinderopvang_uurprijs")

KINDEROPVANGTOESLAG = Regeling(
    id="kinderopvangtoeslag",
    wetten=("wet_kinderopvang", "awir", "wet_inkomstenbelasting_2001", "wet_financiering_sociale_verzekeringen"),
    naam=Tekst("Kinderopvangtoeslag", "Childcare allowance"),
    maandbedrag="kinderopvangtoeslag",
    jaarbedrag="kinderopvangtoeslag__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "kind_in_geregistreerde_opvang",
            "kinderopvangtoeslag__kind_in_opvang",
            Tekst(
                "Een kind tot het einde van de basisschool gaat naar geregistreerde kinderopvang.",
                "A child of primary-school age or younger attends registered childcare.",
            ),
            wet(wetten.WET_KINDEROPVANG, "1.5", "Wet kinderopvang, art. 1.1 en 1.5"),
            {KINDEREN: ("geboortedatum", "soort_kinderopvang")},
            niet=Tekst(
                "Geen kind tot het einde van de basisschool gaat naar geregistreerde kinderopvang.",
                "No child of primary-school age or younger attends registered childcare.",
            ),
        ),
        Voorwaarde(
            "werkt_of_studeert",
            "kinderopvangtoeslag__werken_of_studeren",
            Tekst(
                "De ouder en de partner werken, studeren of volgen een traject naar werk.",
                "The parent and the partner work, study or follow a route to work.",
            ),
            wet(wetten.WET_KINDEROPVANG, "1.6", "Wet kinderopvang, art. 1.6"),
            {PARTNERS: ("werkt_of_studeert",)},
            niet=Tekst(
                "De ouder of de partner werkt niet, studeert niet en volgt geen traject naar werk.",
                "The parent or the partner does not work, study or follow a route to work.",
            ),
        ),
        RECHTMATIG_VERBLIJF,
        Voorwaarde(
            "toeslag_ten_minste_minimum",
            "kinderopvangtoeslag__inkomen_niet_te_hoog",
            Tekst(
                "De berekende toeslag is ten minste € 24 per jaar.",
                "The computed allowance is at least €24 a year.",
            ),
            wet(
                wetten.WET_KINDEROPVANG,
                "1.7",
                "Wet kinderopvang, art. 1.7 en 1.8; Besluit kinderopvangtoeslag, bijlage I; Awir, art. 14",
            ),
            {PARTNERS: ("toetsingsinkomen",), KINDEREN: _KINDEROPVANG},
            niet=Tekst(
                "De berekende toeslag is minder dan € 24 per jaar.", "The computed allowance is less than €24 a year."
            ),
        ),
    ),
    grondslag=(
        wet(wetten.WET_KINDEROPVANG, "1.7", "Wet kinderopvang, art. 1.7"),
        wet(wetten.BESLUIT_KINDEROPVANGTOESLAG, "4", "Besluit kinderopvangtoeslag, art. 4 en bijlage I"),
        wet(wetten.AWIR, "14", "Algemene wet inkomensafhankelijke regelingen, art. 14 en 22"),
    ),
    instantie=Tekst("Dienst Toeslagen", "Dienst Toeslagen (the Benefits Agency)"),
    aanvraag_url="https://www.belastingdienst.nl/wps/wcm/connect/nl/kinderopvangtoeslag/kinderopvangtoeslag",
    beschikbaar=(
        "kinderopvangtoeslag__tabel_beschikbaar",
        Tekst(
            "De tabel van bijlage I van het Besluit kinderopvangtoeslag voor dit jaar is nog niet in de rekenregels "
            "opgenomen; de kinderopvangtoeslag kan voor deze datum niet worden berekend.",
            "The percentage table of the childcare allowance for this year is not yet in the rules; the allowance "
            "cannot be computed for this date.",
        ),
    ),
)
