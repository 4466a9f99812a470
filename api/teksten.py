"""Every text of the citizen page, in Dutch and English, in one place.

The page is Dutch by default; ``?taal=en`` (a link on every page) shows it in English. Questions about
facts come from ``openfisca_nl_sociaal/vragen.py`` so the API and the page ask alike.
"""

from __future__ import annotations

from openfisca_nl_sociaal.regelingen import Tekst

TEKSTEN: dict[str, Tekst] = {
    "titel": Tekst("Waar heb ik recht op?", "What am I entitled to?"),
    "ondertitel": Tekst(
        "Een indicatie van de toeslagen, uitkeringen en gemeentelijke regelingen voor uw huishouden.",
        "An indication of the allowances, benefits and municipal schemes for your household.",
    ),
    "privacy": Tekst(
        "Uw antwoorden blijven in uw browser. De server bewaart niets en gebruikt geen cookies.",
        "Your answers stay in your browser. The server stores nothing and uses no cookies.",
    ),
    "indicatie": Tekst(
        "Dit is een indicatie, geen beslissing. Alleen de instantie die de regeling uitvoert, beslist.",
        "This is an indication, not a decision. Only the body that runs the scheme decides.",
    ),
    "begin": Tekst("Begin", "Start"),
    "andere_taal": Tekst("English", "Nederlands"),
    "andere_taal_code": Tekst("en", "nl"),
    "huishouden_titel": Tekst("Uw huishouden", "Your household"),
    "uw_geboortedatum": Tekst("Wat is uw geboortedatum?", "What is your date of birth?"),
    "partner_vraag": Tekst(
        "Heeft u een partner (getrouwd, geregistreerd of samenwonend)?",
        "Do you have a partner (married, registered or living together)?",
    ),
    "partner_geboortedatum": Tekst("Geboortedatum van uw partner", "Your partner's date of birth"),
    "kinderen_vraag": Tekst(
        "Geboortedata van de kinderen in uw huishouden (laat leeg wat niet van toepassing is)",
        "Dates of birth of the children in your household (leave empty what does not apply)",
    ),
    "kind": Tekst("Kind", "Child"),
    "medebewoners_vraag": Tekst(
        "Wonen er andere volwassenen bij u (geen partner of kind)? Hun geboortedata:",
        "Do other adults live with you (not a partner or child)? Their dates of birth:",
    ),
    "medebewoner": Tekst("Medebewoner", "Housemate"),
    "ja": Tekst("Ja", "Yes"),
    "nee": Tekst("Nee", "No"),
    "weet_niet": Tekst("Weet ik niet", "I don't know"),
    "volgende": Tekst("Volgende", "Next"),
    "verplicht": Tekst("Vul dit in.", "Please fill this in."),
    "ongeldig": Tekst("Dit is geen geldige waarde.", "This is not a valid value."),
    "datum_hint": Tekst("Bijvoorbeeld 1990-05-01", "For example 1990-05-01"),
    "bedrag_hint": Tekst("In euro's, bijvoorbeeld 1250", "In euros, for example 1250"),
    "fouten_titel": Tekst("Er is iets niet goed ingevuld", "Something was not filled in correctly"),
    "u": Tekst("u", "you"),
    "uw_partner": Tekst("uw partner", "your partner"),
    "het_huishouden": Tekst("uw woning", "your home"),
    "resultaat_titel": Tekst("Uw uitkomst", "Your result"),
    "recht": Tekst("Recht", "Entitled"),
    "geen_recht": Tekst("Geen recht", "Not entitled"),
    "onbekend": Tekst("Nog onbekend", "Not yet known"),
    "per_maand": Tekst("per maand", "per month"),
    "per_jaar": Tekst("per jaar", "per year"),
    "totaal": Tekst("Totaal per maand", "Total per month"),
    "waarom": Tekst("Waarom", "Why"),
    "ontbreekt": Tekst("Nog nodig", "Still needed"),
    "aanvragen": Tekst("Aanvragen bij", "Apply at"),
    "regeling": Tekst("Regeling", "Scheme"),
    "uitkomst": Tekst("Uitkomst", "Outcome"),
    "bedrag": Tekst("Bedrag", "Amount"),
    "toegankelijkheid": Tekst("Toegankelijkheid", "Accessibility"),
    "toegankelijkheid_tekst": Tekst(
        "Deze pagina streeft naar WCAG 2.1 niveau AA, de wettelijke norm voor de overheid. Ze werkt zonder "
        "JavaScript, met het toetsenbord en met een schermlezer, en wordt bij elke wijziging in een echte "
        "browser getest met axe-core. Loopt u ergens tegenaan? Meld het via de issues van het project.",
        "This page aims at WCAG 2.1 level AA, the legal standard for Dutch government. It works without "
        "JavaScript, with the keyboard and with a screen reader, and is tested in a real browser with axe-core "
        "on every change. Something not working for you? Report it in the project's issues.",
    ),
    "terug_naar_start": Tekst("Terug naar het begin", "Back to the start"),
}


def tekst(sleutel: str, taal: str) -> str:
    return TEKSTEN[sleutel].in_taal(taal)
