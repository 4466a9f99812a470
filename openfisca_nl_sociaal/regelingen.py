"""What the engine knows about each scheme, written once for the API, the command line and the page.

A :class:`Regeling` names the variables that hold its monthly and yearly amounts, its conditions
(each a variable of the gezin with its legal basis and the facts it reads), its legal basis and where
to apply. The rules themselves live in ``variables/`` and ``parameters/``; this module only says how to
present them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

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

    def as_json(self) -> dict:
        return {"titel": self.titel, "url": self.url}


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


@dataclass(frozen=True)
class Regeling:
    id: str
    naam: Tekst
    maandbedrag: str
    jaarbedrag: str
    basis: str
    voorwaarden: tuple[Voorwaarde, ...]
    grondslag: tuple[Grondslag, ...]
    instantie: str
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

    def feiten(self) -> dict[str, tuple[str, ...]]:
        """Every core fact the scheme reads, by where it lives."""
        verzameld: dict[str, list[str]] = {}
        for voorwaarde in self.voorwaarden:
            for plaats, namen in voorwaarde.feiten.items():
                lijst = verzameld.setdefault(plaats, [])
                lijst.extend(naam for naam in namen if naam not in lijst)
        return {plaats: tuple(namen) for plaats, namen in verzameld.items()}

    def verfijningen(self) -> tuple[Verfijning, ...]:
        """Every refining fact the scheme's conditions read, once."""
        gezien: list[Verfijning] = []
        for voorwaarde in self.voorwaarden:
            gezien.extend(v for v in voorwaarde.verfijningen if v not in gezien)
        return tuple(gezien)


def _wet(bwb: str, artikel: str, titel: str) -> Grondslag:
    return Grondslag(titel, f"https://wetten.overheid.nl/{bwb}/{{peildatum}}#Artikel{artikel}")


WZT, WKB, AKW, AWIR, WHT = "BWBR0018451", "BWBR0022751", "BWBR0002368", "BWBR0018472", "BWBR0008659"
WKO, BKOT = "BWBR0017017", "BWBR0017321"
AOW, PW = "BWBR0002221", "BWBR0015703"

_rechtmatig_verblijf = Voorwaarde(
    "rechtmatig_verblijf",
    "awir__rechtmatig_verblijf",
    Tekst(
        "De aanvrager en de toeslagpartner wonen rechtmatig in Nederland.",
        "The applicant and the allowance partner live lawfully in the Netherlands.",
    ),
    _wet(AWIR, "9", "Algemene wet inkomensafhankelijke regelingen, art. 9"),
    {PARTNERS: ("woont_in_nederland",)},
)

ZORGTOESLAG = Regeling(
    id="zorgtoeslag",
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
            _wet(WZT, "1", "Wet op de zorgtoeslag, art. 1 lid 1 onder c"),
            {PARTNERS: ("geboortedatum",)},
        ),
        Voorwaarde(
            "verzekerd_zvw",
            "zorgtoeslag__aantal_verzekerden",
            Tekst(
                "De aanvrager of de toeslagpartner is verzekerd voor de Zorgverzekeringswet en 18 jaar of ouder.",
                "The applicant or the allowance partner is insured under the Health Insurance Act and 18 or older.",
            ),
            _wet(WZT, "2", "Wet op de zorgtoeslag, art. 1 en 2"),
            {PARTNERS: ("geboortedatum", "verzekerd_zvw")},
        ),
        _rechtmatig_verblijf,
        Voorwaarde(
            "vermogen_onder_grens",
            "zorgtoeslag__vermogen_onder_grens",
            Tekst(
                "Het (gezamenlijke) vermogen op 1 januari is niet hoger dan de vermogensgrens.",
                "The (joint) assets on 1 January do not exceed the asset limit.",
            ),
            _wet(WZT, "3", "Wet op de zorgtoeslag, art. 3"),
            {PARTNERS: ("vermogen",)},
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
            _wet(WZT, "2", "Wet op de zorgtoeslag, art. 2; Awir, art. 14"),
            {PARTNERS: ("geboortedatum", "verzekerd_zvw", "toetsingsinkomen")},
        ),
    ),
    grondslag=(
        _wet(WZT, "2", "Wet op de zorgtoeslag, art. 2"),
        _wet(AWIR, "14", "Algemene wet inkomensafhankelijke regelingen, art. 14 en 22"),
    ),
    instantie="Dienst Toeslagen",
    aanvraag_url="https://www.belastingdienst.nl/wps/wcm/connect/nl/zorgtoeslag/zorgtoeslag",
)

KINDGEBONDEN_BUDGET = Regeling(
    id="kindgebonden_budget",
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
            _wet(WKB, "2", "Wet op het kindgebonden budget, art. 2 lid 1"),
            {PARTNERS: ("woont_in_nederland",), KINDEREN: ("geboortedatum",)},
        ),
        _rechtmatig_verblijf,
        Voorwaarde(
            "vermogen_onder_grens",
            "kindgebonden_budget__vermogen_onder_grens",
            Tekst(
                "Het (gezamenlijke) vermogen aan het begin van het jaar is niet hoger dan de vermogensgrens.",
                "The (joint) assets at the start of the year do not exceed the asset limit.",
            ),
            _wet(WKB, "1", "Wet op het kindgebonden budget, art. 1 lid 4"),
            {PARTNERS: ("vermogen",)},
        ),
        Voorwaarde(
            "inkomen_niet_te_hoog",
            "kindgebonden_budget__inkomen_niet_te_hoog",
            Tekst(
                "Het toetsingsinkomen is laag genoeg: na de vermindering naar inkomen blijft ten minste "
                "€ 24 per jaar over.",
                "The assessment income is low enough: after the income-related reduction at least €24 a year remains.",
            ),
            _wet(WKB, "2", "Wet op het kindgebonden budget, art. 2 lid 7 en 8; Awir, art. 14"),
            {PARTNERS: ("toetsingsinkomen", "woont_in_nederland"), KINDEREN: ("geboortedatum",)},
        ),
    ),
    grondslag=(
        _wet(WKB, "2", "Wet op het kindgebonden budget, art. 2"),
        _wet(AWIR, "14", "Algemene wet inkomensafhankelijke regelingen, art. 14 en 22"),
    ),
    instantie="Dienst Toeslagen",
    aanvraag_url="https://www.belastingdienst.nl/wps/wcm/connect/nl/kindgebonden-budget/kindgebonden-budget",
)

KINDERBIJSLAG = Regeling(
    id="kinderbijslag",
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
            _wet(AKW, "6", "Algemene Kinderbijslagwet, art. 6 en 11"),
            {PARTNERS: ("woont_in_nederland",)},
        ),
        Voorwaarde(
            "kind_jonger_dan_18",
            "kinderbijslag__aantal_kinderen",
            Tekst(
                "Er is een kind dat op de eerste dag van het kwartaal geboren en jonger dan 18 jaar is.",
                "There is a child who is born and younger than 18 on the first day of the quarter.",
            ),
            _wet(AKW, "7", "Algemene Kinderbijslagwet, art. 7 en 11"),
            {PARTNERS: ("woont_in_nederland",), KINDEREN: ("geboortedatum",)},
        ),
    ),
    grondslag=(_wet(AKW, "12", "Algemene Kinderbijslagwet, art. 12"),),
    instantie="Sociale Verzekeringsbank (SVB)",
    aanvraag_url="https://www.svb.nl/nl/kinderbijslag",
    extra_bedragen={"bedrag_per_kwartaal": "kinderbijslag__kwartaalbedrag"},
)

_BEWONERS_INKOMEN = {
    PARTNERS: ("geboortedatum", "toetsingsinkomen"),
    KINDEREN: ("geboortedatum", "toetsingsinkomen"),
    MEDEBEWONERS: ("geboortedatum", "toetsingsinkomen"),
}

HUURTOESLAG = Regeling(
    id="huurtoeslag",
    naam=Tekst("Huurtoeslag", "Rent allowance"),
    maandbedrag="huurtoeslag",
    jaarbedrag="huurtoeslag__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "meerderjarig",
            "huurtoeslag__meerderjarig",
            Tekst("De huurder is 18 jaar of ouder.", "The tenant is 18 or older."),
            _wet(WHT, "8", "Wet op de huurtoeslag, art. 8"),
            {PARTNERS: ("geboortedatum",)},
        ),
        Voorwaarde(
            "zelfstandige_woonruimte",
            "huurtoeslag__zelfstandige_woonruimte",
            Tekst("De woning is een zelfstandige woonruimte.", "The dwelling is self-contained."),
            _wet(WHT, "11", "Wet op de huurtoeslag, art. 11"),
            {HUISHOUDEN: ("zelfstandige_woonruimte",)},
        ),
        Voorwaarde(
            "rechtmatig_verblijf",
            "huurtoeslag__rechtmatig_verblijf",
            Tekst(
                "De huurder, de partner en de medebewoners wonen rechtmatig in Nederland.",
                "The tenant, the partner and the co-residents live lawfully in the Netherlands.",
            ),
            _wet(AWIR, "9", "Algemene wet inkomensafhankelijke regelingen, art. 9"),
            {PARTNERS: ("woont_in_nederland",), MEDEBEWONERS: ("woont_in_nederland",)},
        ),
        Voorwaarde(
            "vermogen_onder_grens",
            "huurtoeslag__vermogen_binnen_grenzen",
            Tekst(
                "Het vermogen van huurder en partner samen, en van elke medebewoner, is niet hoger dan de grens.",
                "The assets of tenant and partner together, and of each co-resident, do not exceed the limit.",
            ),
            _wet(AWIR, "7", "Algemene wet inkomensafhankelijke regelingen, art. 7 lid 3 en 4"),
            {PARTNERS: ("vermogen",), KINDEREN: ("vermogen",), MEDEBEWONERS: ("vermogen",)},
        ),
        Voorwaarde(
            "huur_niet_boven_huurgrens",
            "huurtoeslag__huur_binnen_huurgrens",
            Tekst(
                "De rekenhuur is niet hoger dan de huurgrens (tot en met 2025; vanaf 2026 is de grens een plafond).",
                "The rent is not above the rent limit (through 2025; from 2026 the limit caps the rent).",
            ),
            _wet(WHT, "13", "Wet op de huurtoeslag, art. 13"),
            {**_BEWONERS_INKOMEN, HUISHOUDEN: ("kale_huur", "servicekosten")},
        ),
        Voorwaarde(
            "inkomen_niet_te_hoog",
            "huurtoeslag__inkomen_niet_te_hoog",
            Tekst(
                "Huur en rekeninkomen laten ten minste € 24 huurtoeslag per jaar over.",
                "Rent and household income leave a rent allowance of at least €24 a year.",
            ),
            _wet(WHT, "21", "Wet op de huurtoeslag, art. 16-21; Awir, art. 14"),
            {**_BEWONERS_INKOMEN, HUISHOUDEN: ("kale_huur", "servicekosten")},
        ),
    ),
    grondslag=(
        _wet(WHT, "21", "Wet op de huurtoeslag, art. 21"),
        _wet(AWIR, "14", "Algemene wet inkomensafhankelijke regelingen, art. 14 en 22"),
    ),
    instantie="Dienst Toeslagen",
    aanvraag_url="https://www.belastingdienst.nl/wps/wcm/connect/nl/huurtoeslag/huurtoeslag",
)

_KINDEROPVANG = ("geboortedatum", "soort_kinderopvang", "kinderopvang_uren", "kinderopvang_uurprijs")

KINDEROPVANGTOESLAG = Regeling(
    id="kinderopvangtoeslag",
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
            _wet(WKO, "1.5", "Wet kinderopvang, art. 1.1 en 1.5"),
            {KINDEREN: ("geboortedatum", "soort_kinderopvang")},
        ),
        Voorwaarde(
            "werkt_of_studeert",
            "kinderopvangtoeslag__werken_of_studeren",
            Tekst(
                "De ouder en de partner werken, studeren of volgen een traject naar werk.",
                "The parent and the partner work, study or follow a route to work.",
            ),
            _wet(WKO, "1.6", "Wet kinderopvang, art. 1.6"),
            {PARTNERS: ("werkt_of_studeert",)},
        ),
        _rechtmatig_verblijf,
        Voorwaarde(
            "toeslag_ten_minste_minimum",
            "kinderopvangtoeslag__inkomen_niet_te_hoog",
            Tekst(
                "De berekende toeslag is ten minste € 24 per jaar.",
                "The computed allowance is at least €24 a year.",
            ),
            _wet(
                WKO, "1.7", "Wet kinderopvang, art. 1.7 en 1.8; Besluit kinderopvangtoeslag, bijlage I; Awir, art. 14"
            ),
            {PARTNERS: ("toetsingsinkomen",), KINDEREN: _KINDEROPVANG},
        ),
    ),
    grondslag=(
        _wet(WKO, "1.7", "Wet kinderopvang, art. 1.7"),
        _wet(BKOT, "4", "Besluit kinderopvangtoeslag, art. 4 en bijlage I"),
        _wet(AWIR, "14", "Algemene wet inkomensafhankelijke regelingen, art. 14 en 22"),
    ),
    instantie="Dienst Toeslagen",
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

AOW_REGELING = Regeling(
    id="aow",
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
            _wet(AOW, "7a", "Algemene Ouderdomswet, art. 7 en 7a"),
            {PARTNERS: ("geboortedatum",)},
        ),
        Voorwaarde(
            "verzekerd_geweest",
            "aow__verzekerd_geweest",
            Tekst(
                "Wie de AOW-leeftijd heeft, was ten minste een deel van de 50 jaar ervoor verzekerd (2% per jaar).",
                "Who has reached the pension age was insured for at least part of the 50 years before (2% a year).",
            ),
            _wet(AOW, "13", "Algemene Ouderdomswet, art. 7 lid 1 en 13"),
            {PARTNERS: ("geboortedatum", "aow_verzekerde_jaren")},
        ),
    ),
    grondslag=(
        _wet(AOW, "9", "Algemene Ouderdomswet, art. 9 en 13"),
        _wet(AOW, "29", "Algemene Ouderdomswet, art. 29 (vakantie-uitkering)"),
    ),
    instantie="Sociale Verzekeringsbank (SVB)",
    aanvraag_url="https://www.svb.nl/nl/aow",
    extra_bedragen={"vakantie_uitkering_per_jaar": "aow__vakantie_uitkering_gezin_per_jaar"},
    per_persoon=("aow__bruto_per_maand", "aow__bruto_per_jaar"),
)

_EIGEN_WONING = Verfijning(
    "vermogen_eigen_woning",
    PARTNERS,
    Tekst(
        "Er is geen vermogen in een eigen woning opgegeven: het vermogen is geteld zoals opgegeven. Vermogen in de "
        "eigen woning telt tot een vrijgesteld bedrag niet mee (Participatiewet, art. 34 lid 2 onder d).",
        "No equity in an own home was given: the assets are counted as given. Home equity up to an exempt amount "
        "does not count (Participatiewet, art. 34(2)(d)).",
    ),
    "bijstand__eigen_woning_van_belang",
)
_STUDIEFINANCIERING = Verfijning(
    "studiefinanciering",
    PARTNERS,
    Tekst(
        "Aangenomen is dat niemand jonger dan 27 recht heeft op studiefinanciering; wie dat wel heeft, heeft geen "
        "recht op algemene bijstand (Participatiewet, art. 13 lid 2 onder c).",
        "Presumed: nobody under 27 is entitled to student finance; whoever is has no right to social assistance "
        "(Participatiewet, art. 13(2)(c)).",
    ),
    "bijstand__studentenleeftijd",
)
_INRICHTING = Verfijning(
    "inrichting",
    HUISHOUDEN,
    Tekst(
        "Aangenomen is dat het huishouden in een gewone woning woont, niet in een inrichting (zoals een "
        "verpleeghuis); daar geldt een andere norm (Participatiewet, art. 23).",
        "Presumed: the household lives in an ordinary dwelling, not in an institution (such as a nursing home), "
        "where another norm applies (Participatiewet, art. 23).",
    ),
)
_ARBEID = Verfijning(
    "inkomsten_uit_arbeid",
    PARTNERS,
    Tekst(
        "Aangenomen is dat het netto inkomen niet uit werk komt. Vanaf de AOW-leeftijd telt 25% van inkomsten uit "
        "werk niet mee, tot een maximum per maand (Participatiewet, art. 31 lid 2 onder n).",
        "Presumed: the net income is not from work. From the pension age 25% of earnings from work does not "
        "count, up to a monthly maximum (Participatiewet, art. 31(2)(n)).",
    ),
    "bijstand__arbeidsvrijlating_van_belang",
)
_VERMOGEN_PW = (_EIGEN_WONING,)
_NIET_UITGESLOTEN = Voorwaarde(
    "niet_uitgesloten",
    "bijstand__heeft_rechthebbende",
    Tekst(
        "De aanvrager of de partner is niet uitgesloten van algemene bijstand: niet jonger dan 27 met recht op "
        "studiefinanciering, en niet 18 tot 21 jaar in een inrichting.",
        "The applicant or the partner is not excluded from social assistance: not under 27 and entitled to student "
        "finance, and not 18 to 20 and living in an institution.",
    ),
    _wet(PW, "13", "Participatiewet, art. 13 lid 2 onder a en c"),
    {PARTNERS: ("geboortedatum",)},
    (_STUDIEFINANCIERING, _INRICHTING),
)

_BIJSTAND_MIDDELEN = (
    Voorwaarde(
        "woont_rechtmatig_in_nederland",
        "bijstand__woont_rechtmatig_in_nederland",
        Tekst(
            "De aanvrager en de partner wonen rechtmatig in Nederland.",
            "The applicant and the partner live lawfully in the Netherlands.",
        ),
        _wet(PW, "11", "Participatiewet, art. 11"),
        {PARTNERS: ("woont_in_nederland",)},
    ),
    Voorwaarde(
        "vermogen_onder_grens",
        "bijstand__vermogen_onder_grens",
        Tekst(
            "Het vermogen is niet hoger dan de vermogensgrens van de bijstand.",
            "The assets do not exceed the social assistance asset limit.",
        ),
        _wet(PW, "34", "Participatiewet, art. 34"),
        {PARTNERS: ("vermogen",)},
        _VERMOGEN_PW,
    ),
    Voorwaarde(
        "inkomen_onder_norm",
        "bijstand__inkomen_onder_norm",
        Tekst(
            "Het netto inkomen is lager dan de bijstandsnorm (met de kostendelersnorm als volwassenen de woning "
            "delen). Onder de AOW-leeftijd kan de gemeente 25% van inkomsten uit werk zes maanden vrijlaten; dat "
            "beslist de gemeente en is niet meegerekend.",
            "The net income is below the social assistance norm (the cost-sharer norm when adults share the "
            "dwelling). Below the pension age the municipality may leave 25% of earnings free for six months; "
            "that is its decision and is not counted here.",
        ),
        _wet(PW, "19", "Participatiewet, art. 19-24 en 31"),
        {PARTNERS: ("geboortedatum", "netto_inkomen"), KINDEREN: ("geboortedatum",), MEDEBEWONERS: ("geboortedatum",)},
        (_ARBEID, _STUDIEFINANCIERING, _INRICHTING),
    ),
)

BIJSTAND = Regeling(
    id="bijstand",
    naam=Tekst("Bijstand (algemene bijstand)", "Social assistance"),
    maandbedrag="bijstand",
    jaarbedrag="bijstand__jaarbedrag",
    basis="netto",
    voorwaarden=(
        Voorwaarde(
            "meerderjarig",
            "bijstand__meerderjarig",
            Tekst("De aanvrager of de partner is 18 jaar of ouder.", "The applicant or the partner is 18 or older."),
            _wet(PW, "20", "Participatiewet, art. 13 en 20"),
            {PARTNERS: ("geboortedatum",)},
        ),
        _NIET_UITGESLOTEN,
        Voorwaarde(
            "onder_aow_leeftijd",
            "bijstand__onder_aow_leeftijd",
            Tekst(
                "Aanvrager en partner zijn jonger dan de AOW-leeftijd (daarna voert de SVB de bijstand uit als AIO).",
                "Applicant and partner are below the pension age (from then on the SVB pays it as AIO).",
            ),
            _wet(PW, "47a", "Participatiewet, art. 47a"),
            {PARTNERS: ("geboortedatum",)},
        ),
        *_BIJSTAND_MIDDELEN,
    ),
    grondslag=(_wet(PW, "19", "Participatiewet, art. 19"), _wet(PW, "21", "Participatiewet, art. 20-22a (normen)")),
    instantie="de gemeente (sociale dienst)",
    aanvraag_url="https://www.rijksoverheid.nl/onderwerpen/bijstand",
    extra_bedragen={"vakantietoeslag_per_jaar": "bijstand__vakantietoeslag_per_jaar"},
)

AIO = Regeling(
    id="aio",
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
            _wet(PW, "47a", "Participatiewet, art. 22 en 47a"),
            {PARTNERS: ("geboortedatum",)},
        ),
        _NIET_UITGESLOTEN,
        *_BIJSTAND_MIDDELEN,
    ),
    grondslag=(
        _wet(PW, "47a", "Participatiewet, art. 47a"),
        _wet(PW, "22", "Participatiewet, art. 22 en 22a (normen AOW-leeftijd)"),
    ),
    instantie="Sociale Verzekeringsbank (SVB)",
    aanvraag_url="https://www.svb.nl/nl/aio",
    extra_bedragen={"vakantietoeslag_per_jaar": "bijstand__vakantietoeslag_per_jaar"},
)

STADSPAS = Regeling(
    id="stadspas",
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
                "Verordening of voorwaarden van de gemeente; Participatiewet, art. 21",
                "https://lokaleregelgeving.overheid.nl/",
            ),
            {PARTNERS: ("geboortedatum", "netto_inkomen"), KINDEREN: ("geboortedatum",), HUISHOUDEN: ("gemeente",)},
        ),
        Voorwaarde(
            "vermogen_onder_grens",
            "bijstand__vermogen_onder_grens",
            Tekst(
                "Het vermogen is niet hoger dan de vermogensgrens van de bijstand.",
                "The assets do not exceed the social assistance asset limit.",
            ),
            _wet(PW, "34", "Participatiewet, art. 34 (waarnaar de gemeente verwijst)"),
            {PARTNERS: ("vermogen",)},
            _VERMOGEN_PW,
        ),
    ),
    grondslag=(
        Grondslag(
            "Gemeentewet, art. 147 (gemeentelijke verordeningen)",
            "https://wetten.overheid.nl/BWBR0005416/{peildatum}#Artikel147",
        ),
    ),
    instantie="de gemeente",
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

_GEMEENTE_ONBEKEND = Tekst(
    "De regels van deze gemeente voor deze regeling zijn (voor deze datum) nog niet in de rekenregels opgenomen.",
    "This municipality's rules for this scheme are not (for this date) in the rules yet.",
)
_PW36 = _wet(PW, "36", "Participatiewet, art. 36")

INDIVIDUELE_INKOMENSTOESLAG = Regeling(
    id="individuele_inkomenstoeslag",
    naam=Tekst("Individuele inkomenstoeslag", "Individual income supplement"),
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
            _PW36,
            {PARTNERS: ("geboortedatum",)},
        ),
        Voorwaarde(
            "inkomen_onder_grens",
            "individuele_inkomenstoeslag__inkomen_onder_grens",
            Tekst(
                "Het netto inkomen is niet hoger dan de inkomensgrens van de gemeente (een deel van de bijstandsnorm).",
                "The net income is not above the municipality's limit (a share of the assistance norm).",
            ),
            Grondslag(
                "Participatiewet, art. 36 lid 2; verordening inkomenstoeslag van de gemeente",
                "https://wetten.overheid.nl/BWBR0015703/{peildatum}#Artikel36",
            ),
            {PARTNERS: ("geboortedatum", "netto_inkomen"), KINDEREN: ("geboortedatum",), HUISHOUDEN: ("gemeente",)},
        ),
        Voorwaarde(
            "langdurig_laag_inkomen",
            "individuele_inkomenstoeslag__langdurig_laag_inkomen",
            Tekst(
                "Het inkomen is al zo lang laag als de verordening van de gemeente vraagt (de referteperiode).",
                "The income has been low for as long as the municipality's ordinance requires (the reference period).",
            ),
            _PW36,
            {AANVRAGER: ("maanden_laag_inkomen",), HUISHOUDEN: ("gemeente",)},
        ),
        Voorwaarde(
            "niet_in_afgelopen_12_maanden",
            "individuele_inkomenstoeslag__niet_in_afgelopen_12_maanden",
            Tekst(
                "In de afgelopen 12 maanden is geen individuele inkomenstoeslag ontvangen.",
                "No individual income supplement was received in the last 12 months.",
            ),
            _PW36,
            {AANVRAGER: ("inkomenstoeslag_afgelopen_12_maanden",)},
        ),
        Voorwaarde(
            "vermogen_onder_grens",
            "bijstand__vermogen_onder_grens",
            Tekst(
                "Het vermogen is niet hoger dan de vermogensgrens van de bijstand.",
                "The assets do not exceed the social assistance asset limit.",
            ),
            _wet(PW, "34", "Participatiewet, art. 34 (waarnaar de verordening verwijst)"),
            {PARTNERS: ("vermogen",)},
            _VERMOGEN_PW,
        ),
    ),
    grondslag=(_PW36,),
    instantie="de gemeente (sociale dienst)",
    aanvraag_url="https://www.rijksoverheid.nl/onderwerpen/bijstand/vraag-en-antwoord/wat-is-een-individuele-inkomenstoeslag",
    beschikbaar=("individuele_inkomenstoeslag__regels_bekend", _GEMEENTE_ONBEKEND),
    beschikbaar_feiten={HUISHOUDEN: ("gemeente",)},
)


def _samen(*feiten: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The union of several fact declarations, by where the facts live."""
    verzameld: dict[str, list[str]] = {}
    for deel in feiten:
        for plaats, namen in deel.items():
            lijst = verzameld.setdefault(plaats, [])
            lijst.extend(naam for naam in namen if naam not in lijst)
    return {plaats: tuple(namen) for plaats, namen in verzameld.items()}


_URI = "BWBR0004766"

KWIJTSCHELDING = Regeling(
    id="kwijtschelding_gemeentelijke_belastingen",
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
            _wet(_URI, "11", "Uitvoeringsregeling Invorderingswet 1990, art. 11-16"),
            _samen(
                HUURTOESLAG.feiten(),
                {
                    PARTNERS: ("geboortedatum", "netto_inkomen", "vermogen"),
                    KINDEREN: ("geboortedatum",),
                    MEDEBEWONERS: ("geboortedatum",),
                    HUISHOUDEN: ("kale_huur", "servicekosten", "gemeente", "gemeentelijke_belastingen"),
                },
            ),
        ),
    ),
    grondslag=(
        _wet("BWBR0004770", "26", "Invorderingswet 1990, art. 26"),
        _wet("BWBR0005416", "255", "Gemeentewet, art. 255"),
        _wet(_URI, "11", "Uitvoeringsregeling Invorderingswet 1990, art. 11-16"),
        Grondslag(
            "Regeling kwijtschelding belastingen medeoverheden, art. 2",
            "https://wetten.overheid.nl/BWBR0047157/{peildatum}#Artikel2",
        ),
    ),
    instantie="de gemeente (of het belastingsamenwerkingsverband van de gemeente)",
    aanvraag_url="https://www.rijksoverheid.nl/onderwerpen/gemeenten/vraag-en-antwoord/kwijtschelding-gemeentelijke-belastingen",
    extra_bedragen={"betalingscapaciteit_per_jaar": "kwijtschelding__betalingscapaciteit"},
    beschikbaar=("kwijtschelding__regels_bekend", _GEMEENTE_ONBEKEND),
    beschikbaar_feiten={HUISHOUDEN: ("gemeente",)},
)

#: Every scheme the engine answers for, in the order of the answer.
REGELINGEN: tuple[Regeling, ...] = (
    ZORGTOESLAG,
    HUURTOESLAG,
    KINDEROPVANGTOESLAG,
    KINDERBIJSLAG,
    KINDGEBONDEN_BUDGET,
    AOW_REGELING,
    BIJSTAND,
    AIO,
    KWIJTSCHELDING,
    INDIVIDUELE_INKOMENSTOESLAG,
    STADSPAS,
)
