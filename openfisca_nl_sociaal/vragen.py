"""The question to ask a citizen for each core fact, in Dutch and English."""

from openfisca_nl_sociaal.regelingen import Tekst

VRAGEN: dict[str, Tekst] = {
    "geboortedatum": Tekst("Wat is de geboortedatum?", "What is the date of birth?"),
    "toetsingsinkomen": Tekst(
        "Wat is het toetsingsinkomen (verzamelinkomen) over dit jaar?",
        "What is the assessment income (aggregate income) for this year?",
    ),
    "vermogen": Tekst("Hoeveel vermogen is er op 1 januari?", "How much in assets is there on 1 January?"),
    "verzekerd_zvw": Tekst(
        "Is deze persoon verzekerd voor de zorgverzekering (Zorgverzekeringswet)?",
        "Is this person insured under the Dutch Health Insurance Act?",
    ),
    "woont_in_nederland": Tekst(
        "Woont deze persoon rechtmatig in Nederland?", "Does this person live lawfully in the Netherlands?"
    ),
    "aow_verzekerde_jaren": Tekst(
        "Hoeveel jaar was deze persoon verzekerd voor de AOW?", "How many years was this person insured for the AOW?"
    ),
    "bruto_loon": Tekst(
        "Wat is het bruto loon per jaar, inclusief vakantiegeld? (als het toetsingsinkomen niet bekend is)",
        "What is the gross wage per year, holiday pay included? (if the assessment income is not known)",
    ),
    "netto_inkomen": Tekst("Wat is het netto inkomen per maand?", "What is the net income per month?"),
    "werkt_of_studeert": Tekst("Werkt of studeert deze persoon?", "Does this person work or study?"),
    "soort_kinderopvang": Tekst("Welke kinderopvang gebruikt het kind?", "Which childcare does the child use?"),
    "kinderopvang_uren": Tekst("Hoeveel uur kinderopvang per maand?", "How many hours of childcare per month?"),
    "kinderopvang_uurprijs": Tekst("Wat kost de kinderopvang per uur?", "What does the childcare cost per hour?"),
    "kale_huur": Tekst("Wat is de kale huur per maand?", "What is the basic rent per month?"),
    "servicekosten": Tekst(
        "Hoeveel servicekosten betaalt u per maand?", "How much in service costs do you pay per month?"
    ),
    "zelfstandige_woonruimte": Tekst(
        "Is de woning zelfstandig (eigen voordeur, keuken en toilet)?",
        "Is the dwelling self-contained (own front door, kitchen and toilet)?",
    ),
    "gemeente": Tekst("In welke gemeente woont u?", "In which municipality do you live?"),
    "maanden_laag_inkomen": Tekst(
        "Hoeveel maanden achter elkaar, tot en met deze maand, was het inkomen van u (en uw partner) niet hoger dan"
        " de inkomensgrens van de gemeente voor de individuele inkomenstoeslag?",
        "For how many months in a row, up to this month, was your (and your partner's) income not above the"
        " municipality's limit for the individual income supplement?",
    ),
    "inkomenstoeslag_afgelopen_12_maanden": Tekst(
        "Heeft u (of uw partner) in de afgelopen 12 maanden een individuele inkomenstoeslag gekregen?",
        "Did you (or your partner) receive an individual income supplement in the last 12 months?",
    ),
    "gemeentelijke_belastingen": Tekst(
        "Hoeveel gemeentelijke belastingen staan op de aanslag van dit jaar waarvoor u kwijtschelding vraagt"
        " (bijvoorbeeld afvalstoffenheffing en rioolheffing)?",
        "How much in municipal taxes is on this year's bill you ask remission for (e.g. waste and sewerage charges)?",
    ),
    "inkomsten_uit_arbeid": Tekst(
        "Hoeveel van dit netto inkomen per maand komt uit werk (loon of winst)?",
        "How much of this net income per month comes from work (wages or profit)?",
    ),
    "vermogen_eigen_woning": Tekst(
        "Hoeveel van dit vermogen zit in de eigen woning waarin u woont (de waarde min de hypotheek)?",
        "How much of these assets is equity in the own home you live in (its value less the mortgage)?",
    ),
    "studiefinanciering": Tekst(
        "Volgt u een opleiding waarvoor u recht heeft op studiefinanciering?",
        "Do you follow education for which you are entitled to student finance?",
    ),
    "inrichting": Tekst(
        "Woont u in een instelling, zoals een verpleeghuis of een psychiatrisch ziekenhuis?",
        "Do you live in an institution, such as a nursing home or a psychiatric hospital?",
    ),
}
