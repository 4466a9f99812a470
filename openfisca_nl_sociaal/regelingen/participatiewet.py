"""The conditions of the Participatiewet that two executing bodies share: the gemeente pays bijstand below the
AOW age, the SVB pays it as AIO from that age on (art. 47a); the municipal schemes refer to its asset test.
"""

from __future__ import annotations

from openfisca_nl_sociaal.regelingen.model import (
    HUISHOUDEN,
    KINDEREN,
    MEDEBEWONERS,
    PARTNERS,
    Cijfers,
    Tekst,
    Verfijning,
    Voorwaarde,
    wet,
)
from openfisca_nl_sociaal.regels import wetten

EIGEN_WONING = Verfijning(
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
STUDIEFINANCIERING = Verfijning(
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
INRICHTING = Verfijning(
    "inrichting",
    HUISHOUDEN,
    Tekst(
        "Aangenomen is dat het huishouden in een gewone woning woont, niet in een inrichting (zoals een "
        "verpleeghuis); daar geldt een andere norm (Participatiewet, art. 23).",
        "Presumed: the household lives in an ordinary dwelling, not in an institution (such as a nursing home), "
        "where another norm applies (Participatiewet, art. 23).",
    ),
)
ARBEID = Verfijning(
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
VERMOGEN_PW = (EIGEN_WONING,)


def vermogen_onder_grens(titel: str) -> Voorwaarde:
    """The bijstand's asset test (art. 34), as bijstand and AIO apply it and the municipal schemes refer to it;
    ``titel`` says which of them cites it."""
    return Voorwaarde(
        "vermogen_onder_grens",
        "bijstand__vermogen_onder_grens",
        Tekst(
            "Het vermogen is niet hoger dan de vermogensgrens van de bijstand.",
            "The assets do not exceed the social assistance asset limit.",
        ),
        wet(wetten.PARTICIPATIEWET, "34", titel),
        {PARTNERS: ("vermogen",)},
        VERMOGEN_PW,
        niet=Tekst(
            "Het vermogen is hoger dan de vermogensgrens van de bijstand.",
            "The assets exceed the social assistance asset limit.",
        ),
        cijfers=Cijfers(
            "bijstand__vermogen",
            "bijstand__vermogensgrens",
            Tekst(
                "Het vermogen dat meetelt, {waarde}, is hoger dan de vermogensgrens van de bijstand, {grens}.",
                "The assets that count, {waarde}, exceed the social assistance asset limit of {grens}.",
            ),
        ),
    )


NIET_UITGESLOTEN = Voorwaarde(
    "niet_uitgesloten",
    "bijstand__heeft_rechthebbende",
    Tekst(
        "De aanvrager of de partner is niet uitgesloten van algemene bijstand: niet jonger dan 27 met recht op "
        "studiefinanciering, en niet 18 tot 21 jaar in een inrichting.",
        "The applicant or the partner is not excluded from social assistance: not under 27 and entitled to student "
        "finance, and not 18 to 20 and living in an institution.",
    ),
    wet(wetten.PARTICIPATIEWET, "13", "Participatiewet, art. 13 lid 2 onder a en c"),
    {PARTNERS: ("geboortedatum",)},
    (STUDIEFINANCIERING, INRICHTING),
    niet=Tekst(
        "De aanvrager en de partner zijn uitgesloten van algemene bijstand: jonger dan 27 met recht op studiefinanciering, of 18 tot 21 jaar in een inrichting.",
        "The applicant and the partner are excluded from social assistance: under 27 and entitled to student finance, or 18 to 20 and living in an institution.",
    ),
)

BIJSTAND_MIDDELEN = (
    Voorwaarde(
        "woont_rechtmatig_in_nederland",
        "bijstand__woont_rechtmatig_in_nederland",
        Tekst(
            "De aanvrager en de partner wonen rechtmatig in Nederland.",
            "The applicant and the partner live lawfully in the Netherlands.",
        ),
        wet(wetten.PARTICIPATIEWET, "11", "Participatiewet, art. 11"),
        {PARTNERS: ("woont_in_nederland",)},
        niet=Tekst(
            "De aanvrager of de partner woont niet rechtmatig in Nederland.",
            "The applicant or the partner does not live lawfully in the Netherlands.",
        ),
    ),
    vermogen_onder_grens("Participatiewet, art. 34"),
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
        wet(wetten.PARTICIPATIEWET, "19", "Participatiewet, art. 19-24 en 31"),
        {PARTNERS: ("geboortedatum", "netto_inkomen"), KINDEREN: ("geboortedatum",), MEDEBEWONERS: ("geboortedatum",)},
        (ARBEID, STUDIEFINANCIERING, INRICHTING),
        niet=Tekst(
            "Het netto inkomen is niet lager dan de bijstandsnorm (met de kostendelersnorm als volwassenen de woning delen).",
            "The net income is not below the social assistance norm (the cost-sharer norm when adults share the dwelling).",
        ),
        # the income that counts (art. 31-32: net income less what is left free) against the norm of the month
        cijfers=Cijfers(
            "bijstand__middelen",
            "bijstand__norm",
            Tekst(
                "Het netto inkomen dat meetelt, {waarde} per maand, is niet lager dan de bijstandsnorm van {grens} "
                "per maand.",
                "The net income that counts, {waarde} a month, is not below the social assistance norm of {grens} "
                "a month.",
            ),
        ),
    ),
)
