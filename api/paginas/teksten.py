"""Every text of the citizen page, in Dutch and English, in one place.

The page is Dutch by default; ``?taal=en`` (a link on every page) shows it in English. Questions about
facts come from ``openfisca_nl_sociaal/invoer/feiten.py`` so the API and the page ask alike.
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
    "kinderen_vraag": Tekst("Wonen er kinderen bij u?", "Do children live with you?"),
    "kind": Tekst("Kind", "Child"),
    "medebewoners_vraag": Tekst(
        "Wonen er andere volwassenen bij u (geen partner of kind)?",
        "Do other adults live with you (not a partner or child)?",
    ),
    "medebewoner": Tekst("Medebewoner", "Housemate"),
    "ja": Tekst("Ja", "Yes"),
    "nee": Tekst("Nee", "No"),
    "weet_niet": Tekst("Weet ik niet", "I don't know"),
    "kies": Tekst("Kies uw gemeente", "Choose your municipality"),
    "volgende": Tekst("Volgende", "Next"),
    "verplicht": Tekst("Vul dit in.", "Please fill this in."),
    "ongeldig": Tekst("Dit is geen geldige waarde.", "This is not a valid value."),
    "datum_hint": Tekst("Bijvoorbeeld 27 3 1985", "For example 27 3 1985"),
    "dag": Tekst("Dag", "Day"),
    "maand": Tekst("Maand", "Month"),
    "jaar": Tekst("Jaar", "Year"),
    "datum_leeg": Tekst("Vul {datum} in.", "Enter {datum}."),
    "datum_onvolledig": Tekst(
        "{Datum} moet een dag, een maand en een jaar hebben.", "{Datum} must include a day, a month and a year."
    ),
    "datum_bestaat_niet": Tekst(
        "{Datum} moet een bestaande datum zijn, bijvoorbeeld 27 3 1985.",
        "{Datum} must be a real date, for example 27 3 1985.",
    ),
    "datum_toekomst": Tekst("{Datum} moet in het verleden liggen.", "{Datum} must be in the past."),
    "wie_ik": Tekst("uw geboortedatum", "your date of birth"),
    "wie_partner": Tekst("de geboortedatum van uw partner", "your partner's date of birth"),
    "wie_ander": Tekst("de geboortedatum van {wie}", "the date of birth of {wie}"),
    "kind_erbij": Tekst("Kind toevoegen", "Add a child"),
    "medebewoner_erbij": Tekst("Medebewoner toevoegen", "Add a housemate"),
    "verwijder": Tekst("Verwijder", "Remove"),
    "geen_kinderen": Tekst("Nog geen kinderen toegevoegd.", "No children added."),
    "geen_medebewoners": Tekst("Nog geen medebewoners toegevoegd.", "No housemates added."),
    "bedrag_hint": Tekst("In euro's, bijvoorbeeld 1.250 of 1250,50", "In euros, for example 1,250 or 1250.50"),
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
    "totaal": Tekst("Totaal per maand van wat al bekend is", "Total per month of what is known"),
    "totaal_zonder": Tekst(
        "Nog niet meegeteld, omdat het nog niet bekend is: {namen}.",
        "Not counted yet, because it is not known yet: {namen}.",
    ),
    "groep_recht": Tekst("U heeft waarschijnlijk recht op", "You are probably entitled to"),
    "groep_onbekend": Tekst("Nog niet bekend", "Not known yet"),
    "groep_geen_recht": Tekst("Geen recht", "Not entitled"),
    "ontbreekt": Tekst("Nog nodig", "Still needed"),
    "hangt_af_van": Tekst(
        "Dit hangt nog af van deze voorwaarden, die nog niet te beoordelen zijn",
        "This still depends on these conditions, which cannot be judged yet",
    ),
    "toegankelijkheid": Tekst("Toegankelijkheid", "Accessibility"),
    # The accessibility statement in the Dutch model's parts (Modelverklaring toegankelijkheid, digitoegankelijk.nl;
    # Tijdelijk besluit digitale toegankelijkheid overheid): scope, compliance status and how it was judged, what is
    # not accessible yet, when the statement was made, contact and the complaints procedure (issue 18).
    "tg_inleiding": Tekst(
        "De makers van openfisca-nl-sociaal streven ernaar deze website toegankelijk te maken in overeenstemming met "
        "het Tijdelijk besluit digitale toegankelijkheid overheid: WCAG 2.1 niveau A en AA (EN 301 549).",
        "The makers of openfisca-nl-sociaal aim to make this website accessible in accordance with the Dutch "
        "Temporary Decree on Digital Accessibility for Government: WCAG 2.1 levels A and AA (EN 301 549).",
    ),
    "tg_bereik": Tekst(
        "Deze verklaring geldt voor de pagina's van deze dienst: de check 'Waar heb ik recht op?' (/ en /check), "
        "de pagina voor consulenten (/toetsing) en de pagina's voor beleid (/beleid, /beleid/land).",
        "This statement covers the pages of this service: the check 'What am I entitled to?' (/ and /check), the "
        "caseworker page (/toetsing) and the policy pages (/beleid, /beleid/land).",
    ),
    "tg_status_kop": Tekst("Nalevingsstatus", "Compliance status"),
    "tg_status": Tekst(
        "B. Voldoet gedeeltelijk: de pagina's voldoen aan de eisen die wij zelf hebben getoetst, maar een "
        "onafhankelijk onderzoek is nog niet gedaan, en enkele onderdelen zijn nog niet volledig toegankelijk "
        "(hieronder).",
        "B. Partially compliant: the pages meet the requirements we tested ourselves, but no independent audit has "
        "been done yet, and some parts are not yet fully accessible (below).",
    ),
    "tg_onderbouwing": Tekst(
        "Zelfevaluatie: bij elke wijziging lopen geautomatiseerde tests routes door de pagina's in een echte browser "
        "(Chromium), ook zonder JavaScript, op een telefoonbreedte van 320 en 375 pixels, en controleren elke "
        "pagina en elke toestand (fouten, terug, herladen) met axe-core op WCAG 2.1 A en AA. Een onderzoek door een "
        "onafhankelijke, deskundige partij volgt.",
        "Self-evaluation: on every change automated tests walk routes through the pages in a real browser "
        "(Chromium), also without JavaScript, at phone widths of 320 and 375 pixels, and check every page and every "
        "state (errors, back, reload) with axe-core against WCAG 2.1 A and AA. An audit by an independent expert "
        "party is to follow.",
    ),
    "tg_gebreken_kop": Tekst("Wat nog niet toegankelijk is", "What is not accessible yet"),
    "tg_gebrek_grafiek": Tekst(
        "De grafiek 'Wat als ik meer verdien?' is een afbeelding; dezelfde informatie staat eronder in tekst en in "
        "een tabel (WCAG 1.1.1 is daarmee gedekt, maar de grafiek zelf is niet te doorlopen).",
        "The chart 'What if I earn more?' is an image; the same information is below it as text and in a table "
        "(WCAG 1.1.1 is covered by that, but the chart itself cannot be explored).",
    ),
    "tg_gebrek_terug": Tekst(
        "Zonder JavaScript gaat u terug met de knop 'Vorige' op de pagina; de terugknop van de browser vraagt dan "
        "om het formulier opnieuw te versturen.",
        "Without JavaScript, go back with the page's 'Back' button; the browser's back button then asks to send "
        "the form again.",
    ),
    "tg_gebrek_taal": Tekst(
        "Op de Engelse pagina's staan de namen van wetten en artikelen in het Nederlands, zoals de wet ze noemt.",
        "On the English pages the names of laws and articles are in Dutch, as the law names them.",
    ),
    "tg_opgesteld": Tekst(
        "Deze verklaring is opgesteld op {datum} en is voor het laatst herzien op {datum}.",
        "This statement was drawn up on {datum} and last reviewed on {datum}.",
    ),
    "tg_contact_kop": Tekst("Feedback en contact", "Feedback and contact"),
    "tg_contact": Tekst(
        "Loopt u tegen een toegankelijkheidsprobleem aan? Meld het via de issues van het project. Wij reageren "
        "binnen 5 werkdagen en lossen het op of laten weten wanneer het wordt opgelost.",
        "Do you run into an accessibility problem? Report it in the project's issues. We respond within 5 working "
        "days and fix it or tell you when it will be fixed.",
    ),
    "tg_klacht_kop": Tekst("Handhavingsprocedure", "Enforcement procedure"),
    "tg_klacht": Tekst(
        "Bent u niet tevreden met hoe uw melding is behandeld? Dan kunt u contact opnemen met de Nationale ombudsman.",
        "Are you not satisfied with how your report was handled? Then you can contact the National Ombudsman.",
    ),
    "vorige": Tekst("Vorige", "Back"),
    "ongeldige_staat": Tekst(
        "Uw antwoorden konden niet worden gelezen. Begin opnieuw, of lees uw antwoordenbestand in.",
        "Your answers could not be read. Start again, or read in your answers file.",
    ),
    "ongeldig_bedrag": Tekst(
        "Vul een bedrag in euro's in, zonder min-teken, bijvoorbeeld 1.250 of 1250,50.",
        "Enter an amount in euros, without a minus sign, for example 1,250 or 1250.50.",
    ),
    "ongeldig_getal": Tekst(
        "Vul een getal in, zonder min-teken, bijvoorbeeld 12 of 12,5.",
        "Enter a number, without a minus sign, for example 12 or 12.5.",
    ),
    "verplicht_of_weet_niet": Tekst(
        "Vul dit in, of kies 'Weet ik niet'.", "Please fill this in, or choose 'I don't know'."
    ),
    "getal_hint": Tekst("Een getal, bijvoorbeeld 12 of 12,5", "A number, for example 12 or 12.5"),
    "bruto_titel": Tekst("Werkt u? Wat verdient u bruto per maand?", "Do you work? What do you earn gross a month?"),
    "bruto_uitleg": Tekst(
        "Het bruto loon staat op de loonstrook. Vult u het in, dan rekenen wij daarmee het toetsingsinkomen en het "
        "netto inkomen uit, en hoeft u die hieronder niet in te vullen. Werkt u niet, laat het dan leeg.",
        "The gross wage is on the payslip. If you enter it, we work out the assessment income and the net income from "
        "it, and you need not fill those in below. If you do not work, leave it empty.",
    ),
    "bruto_label": Tekst("Bruto loon per maand", "Gross wage a month"),
    "vakantiegeld_vraag": Tekst("Zit het vakantiegeld in dit bedrag?", "Is holiday pay included in this amount?"),
    "vakantiegeld_zonder": Tekst(
        "Nee, ik krijg het vakantiegeld apart (meestal in mei). Wij tellen er 8% bij op, het wettelijke minimum.",
        "No, I get holiday pay separately (usually in May). We add 8%, the legal minimum.",
    ),
    "vakantiegeld_met": Tekst(
        "Ja, het vakantiegeld wordt elke maand met het loon betaald.",
        "Yes, holiday pay is paid with the wage every month.",
    ),
    "kies_vakantiegeld": Tekst(
        "Kies of het vakantiegeld in het bedrag zit.", "Choose whether holiday pay is included in the amount."
    ),
    "pensioen_vraag": Tekst(
        "Hoeveel pensioen krijgt u bruto per maand, naast de AOW? Krijgt u van het pensioenfonds ook vakantiegeld, "
        "tel dan een twaalfde deel daarvan erbij. Geen pensioen: vul 0 in.",
        "How much pension do you receive gross a month, besides the state pension (AOW)? If the pension fund also "
        "pays holiday pay, add a twelfth of it. No pension: enter 0.",
    ),
    "inkomen_precies": Tekst("Of vul het inkomen zelf in", "Or enter the income yourself"),
    "controle_titel": Tekst("Controleer uw antwoorden", "Check your answers"),
    "controle_uitleg": Tekst(
        "Klopt alles? U kunt elk antwoord nog wijzigen. De uitkomst geldt voor {peildatum}.",
        "Is everything right? You can still change any answer. The result is for {peildatum}.",
    ),
    "geboortedatum": Tekst("Geboortedatum", "Date of birth"),
    "wijzig": Tekst("Wijzig", "Change"),
    "bekijk_uitkomst": Tekst("Bekijk uw uitkomst", "See your result"),
    "wijzig_antwoorden": Tekst("Wijzig uw antwoorden", "Change your answers"),
    "download": Tekst("Download uw antwoorden", "Download your answers"),
    "download_uitleg": Tekst(
        "Een bestand om later verder te gaan of aan een consulent te geven. Het bevat uw antwoorden: bewaar het "
        "zorgvuldig.",
        "A file to continue later or to give to a caseworker. It holds your answers: keep it safe.",
    ),
    "printen": Tekst("Print deze uitkomst", "Print this result"),
    "inlezen_titel": Tekst("Verder met eerdere antwoorden", "Continue with earlier answers"),
    "inlezen_label": Tekst("Uw antwoordenbestand (.json)", "Your answers file (.json)"),
    "inlezen_knop": Tekst("Lees in en ga verder", "Read it and continue"),
    "bestand_kies": Tekst("Kies eerst een bestand.", "Choose a file first."),
    "bestand_te_groot": Tekst(
        "Dit bestand is te groot (meer dan 1 MB). Een antwoordenbestand van deze check is veel kleiner.",
        "This file is too large (over 1 MB). An answers file of this check is much smaller.",
    ),
    "bestand_geen_json": Tekst(
        "Dit bestand is geen JSON-bestand. Kies het antwoordenbestand (.json) dat deze check u gaf.",
        "This file is not a JSON file. Choose the answers file (.json) this check gave you.",
    ),
    "bestand_formaat": Tekst(
        "Dit bestand is van een ander programma: het noemt een ander formaat dan 'openfisca-nl-sociaal/antwoorden'.",
        "This file comes from another program: it names a format other than 'openfisca-nl-sociaal/antwoorden'.",
    ),
    "bestand_versie": Tekst(
        "Dit antwoordenbestand heeft een versie die deze check niet kent (alleen versie 1).",
        "This answers file has a version this check does not know (only version 1).",
    ),
    "bestand_namen": Tekst(
        "In dit bestand zijn namen van personen of huishoudens niet zoals de check ze maakt (alleen letters, "
        "cijfers, - en _, ten hoogste 64 tekens).",
        "In this file, names of persons or households are not as the check makes them (letters, digits, - and _ "
        "only, at most 64 characters).",
    ),
    "bestand_ongeldig": Tekst(
        "Dit bestand is geen antwoordenbestand van deze check (of het is beschadigd).",
        "This file is not an answers file of this check (or it is damaged).",
    ),
    "tussen": Tekst(
        "Tussen {laag} en {hoog} {per}, afhankelijk van wat nog onbekend is.",
        "Between {laag} and {hoog} {per}, depending on what is still unknown.",
    ),
    "alle_voorwaarden": Tekst("Alle voorwaarden en de artikelen", "All conditions and the articles"),
    "voldaan": Tekst("voldaan", "met"),
    "niet_voldaan": Tekst("niet voldaan", "not met"),
    "nog_onbekend": Tekst("nog onbekend", "not known yet"),
    "totaal_per_jaar": Tekst("Daarnaast, één keer per jaar: {bedragen}.", "Besides, once a year: {bedragen}."),
    "aanvragen_bij": Tekst("Aanvragen bij", "Apply at"),
    "peildatum": Tekst("Berekend voor {peildatum}.", "Calculated for {peildatum}."),
    "grafiek_titel": Tekst("Wat als ik meer verdien?", "What if I earn more?"),
    "grafiek_titel_partner": Tekst("Wat als mijn partner meer verdient?", "What if my partner earns more?"),
    "grafiek_geen": Tekst(
        "Geen grafiek 'Wat als ik meer verdien?': u (en uw partner) hebben de AOW-leeftijd bereikt. Dan hangt uw "
        "inkomen vooral af van de AOW en uw pensioen, niet van een loon.",
        "No chart 'What if I earn more?': you (and your partner) have reached the state pension age. Your income "
        "then depends mainly on the state pension and your pension, not on a wage.",
    ),
    "grafiek_uitleg": Tekst(
        "Wat uw huishouden per maand overhoudt bij een hoger of lager bruto loon van u, en hoeveel van elke "
        "extra euro verloren gaat aan belasting en lagere toeslagen (de marginale druk). Boven 100% houdt u "
        "minder over als u meer verdient: de armoedeval.",
        "What your household keeps each month at a higher or lower gross wage of yours, and how much of each "
        "extra euro is lost to tax and lower allowances (the marginal pressure). Above 100% you keep less when "
        "you earn more: the poverty trap.",
    ),
    "grafiek_alt": Tekst(
        "Grafiek: netto inkomen van het huishouden en de regelingen per maand, en de marginale druk, bij een "
        "oplopend bruto loon. De samenvatting staat eronder, de cijfers in de tabel.",
        "Chart: the household's net income and schemes per month, and the marginal pressure, over a rising "
        "gross wage. The summary is below it, the figures in the table.",
    ),
    "grafiek_tabel": Tekst("De cijfers van de grafiek", "The chart's figures"),
    "grafiek_bruto": Tekst("Bruto loon per maand", "Gross wage per month"),
    "grafiek_netto_werk": Tekst("Netto uit werk", "Net from work"),
    "grafiek_netto_huishouden": Tekst("Netto huishouden", "Household net"),
    "grafiek_druk": Tekst("Marginale druk", "Marginal pressure"),
    "toetsing_titel": Tekst("Toets een beslissing", "Check a decision"),
    "toetsing_uitleg": Tekst(
        "Voor consulenten: toets een beslissing aan de regels, met de berekening stap voor stap en de artikelen. "
        "Er wordt niets bewaard.",
        "For caseworkers: check a decision against the rules, with the computation step by step and the "
        "articles. Nothing is stored.",
    ),
    "situatie": Tekst("Situatie", "Situation"),
    "situatie_bestand": Tekst("Antwoordenbestand of situatie (.json)", "Answers file or situation (.json)"),
    "situatie_bestand_hint": Tekst(
        "Het bestand dat de burger downloadde, of een verzoek van POST /v1/aanspraken.",
        "The file the citizen downloaded, or a request of POST /v1/aanspraken.",
    ),
    "situatie_tekst": Tekst("Of plak de situatie (JSON)", "Or paste the situation (JSON)"),
    "situatie_nodig": Tekst("Kies een bestand of plak de situatie.", "Choose a file or paste the situation."),
    "beslissing": Tekst("De beslissing", "The decision"),
    "dossier_label": Tekst("Dossier of kenmerk (niet verplicht)", "File or reference (optional)"),
    "dossier_hint": Tekst(
        "Uw eigen kenmerk; het komt op het rapport en wordt nergens bewaard.",
        "Your own reference; it appears on the report and is stored nowhere.",
    ),
    "regeling_label": Tekst("Regeling", "Scheme"),
    "periode_label": Tekst("Maand of jaar", "Month or year"),
    "periode_hint": Tekst(
        "Bijvoorbeeld 2025-03 (een maand) of 2025 (een jaar)", "For example 2025-03 (a month) or 2025 (a year)"
    ),
    "bedrag_beslist": Tekst("Beslist bedrag", "Amount decided"),
    "bedrag_berekend": Tekst("Berekend bedrag", "Amount computed"),
    "verschil": Tekst("Verschil (beslist min berekend)", "Difference (decided minus computed)"),
    "toets_knop": Tekst("Toets", "Check"),
    "csv_titel": Tekst("Een steekproef toetsen (CSV)", "Check a sample (CSV)"),
    "csv_uitleg": Tekst(
        "Een CSV met de kolommen dossier, regeling, periode, bedrag en situatie (JSON); u krijgt een CSV met per "
        "rij het oordeel terug. De kolommen staan in de README en in de API-documentatie.",
        "A CSV with the columns dossier, regeling, periode, bedrag and situatie (JSON); you get a CSV with a "
        "verdict per row back. The columns are in the README and the API documentation.",
    ),
    "csv_label": Tekst("CSV met beslissingen", "CSV of decisions"),
    "csv_knop": Tekst("Toets en download de oordelen", "Check and download the verdicts"),
    "csv_ongeldig": Tekst("Deze CSV kan niet worden gelezen.", "This CSV cannot be read."),
    "oordeel_titel": Tekst("Oordeel", "Verdict"),
    "oordeel_juist": Tekst("Juist: de beslissing volgt de regels.", "Right: the decision follows the rules."),
    "oordeel_afwijkend": Tekst(
        "Afwijkend: de beslissing wijkt af van de regels.", "Divergent: the decision differs from the rules."
    ),
    "oordeel_onbekend": Tekst(
        "Onbekend: er ontbreken gegevens om de beslissing te toetsen.",
        "Unknown: facts are missing to check the decision.",
    ),
    "afwijking_titel": Tekst("Waar de beslissing afwijkt", "Where the decision diverges"),
    "stap": Tekst("Stap", "Step"),
    "past_bij_periode": Tekst(
        "Het beslist bedrag is wat de regels geven voor {periode}: is de beslissing op de verkeerde maand geboekt?",
        "The amount decided is what the rules give for {periode}: was the decision booked on the wrong month?",
    ),
    "berekening_titel": Tekst("De berekening", "The computation"),
    "berekening_uitleg": Tekst(
        "Elke stap met zijn waarde, de artikelen en de parameterwaarden die hij las. Klap een stap open voor de "
        "stappen eronder.",
        "Every step with its value, the articles and the parameter values it read. Open a step to see the steps "
        "below it.",
    ),
    "voorwaarden": Tekst("Voorwaarden", "Conditions"),
    "bedrag": Tekst("Bedrag", "Amount"),
    "zie_boven": Tekst("Zie hierboven", "See above"),
    "niet_gegeven": Tekst("niet opgegeven", "not given"),
    "geldig_vanaf": Tekst("geldig vanaf", "in force from"),
    "versie_titel": Tekst("Om dit oordeel later te herhalen", "To reproduce this verdict later"),
    "rekenregels": Tekst("Versie van de rekenregels", "Version of the rules"),
    "parameters_op": Tekst("Vingerafdruk van de parameters op {datum}", "Fingerprint of the parameters on {datum}"),
    "getoetst_op": Tekst("Getoetst op", "Checked on"),
    "printen_rapport": Tekst("Print als rapport", "Print as a report"),
    "nieuwe_toetsing": Tekst("Nieuwe toetsing", "New check"),
    "beleid_titel": Tekst("Beleid doorrekenen", "Simulate policy"),
    "beleid_uitleg": Tekst(
        "Kies een standaardhuishouden en een hervorming of een parameterwijziging, en zie het netto inkomen en de "
        "marginale druk over een oplopend bruto loon, nu en in de variant. De server wordt er niet voor "
        "herstart: elke berekening krijgt haar eigen regels.",
        "Choose a standard household and a reform or a parameter change, and see the net income and the marginal "
        "pressure over a rising gross wage, today and in the variant. The server is not restarted for it: each "
        "computation gets its own rules.",
    ),
    "huishouden_kies": Tekst("Standaardhuishouden", "Standard household"),
    "peildatum_label": Tekst("Peildatum", "Reference date"),
    "peildatum_hint": Tekst("Leeg: {datum}", "Empty: {datum}"),
    "variant_legend": Tekst("De variant (leeg: alleen de huidige regels)", "The variant (empty: today's rules only)"),
    "hervorming_label": Tekst("Hervorming", "Reform"),
    "geen_hervorming": Tekst("Geen", "None"),
    "parameter_label": Tekst("Parameter", "Parameter"),
    "parameter_hint": Tekst(
        "Het pad van een parameter, bijvoorbeeld wet_op_de_zorgtoeslag.standaardpremie",
        "A parameter's path, for example wet_op_de_zorgtoeslag.standaardpremie",
    ),
    "vanaf_label": Tekst("Vanaf", "From"),
    "waarde_label": Tekst("Nieuwe waarde", "New value"),
    "waarde_hint": Tekst(
        "Een getal (een percentage als fractie: 0,96 voor 96%), of ja/nee",
        "A number (a percentage as a fraction: 0.96 for 96%), or ja/nee",
    ),
    "doorrekenen": Tekst("Reken door", "Compute"),
    "beleid_uitkomst": Tekst("Netto inkomen en marginale druk", "Net income and marginal pressure"),
    "beleid_ongeraakt": Tekst(
        "Deze wijziging verandert niets voor dit huishouden op deze peildatum, bij geen enkel loon in de grafiek: "
        "het verschil is overal € 0. Dat zegt niets over andere huishoudens of andere data.",
        "This change alters nothing for this household on this date, at any wage in the chart: the difference is "
        "€ 0 everywhere. That says nothing about other households or other dates.",
    ),
    "beleid_wel_geraakt": Tekst(
        "Deze standaardhuishoudens merken de wijziging wel:", "These standard households do feel the change:"
    ),
    "beleid_niemand_geraakt": Tekst(
        "Geen van de standaardhuishoudens merkt deze wijziging op deze peildatum (een hervorming kan later ingaan). "
        "Kijk wat ze voor het hele land betekent (de link "
        "bovenaan deze pagina), of reken een eigen situatie door met POST /v1/curven.",
        "None of the standard households feels this change on this date (a reform may start later). See what it means for the whole country (the link at "
        "the top of this page), or compute your own situation with POST /v1/curven.",
    ),
    "beleid_alt": Tekst(
        "Grafiek van het netto inkomen en de marginale druk van het huishouden bij een oplopend bruto loon; "
        "de tekst en de tabel eronder geven dezelfde informatie.",
        "Chart of the household's net income and marginal pressure over a rising gross wage; the text and "
        "the table below give the same information.",
    ),
    "huidige_regels": Tekst("Huidige regels", "Current rules"),
    "variant": Tekst("Variant", "Variant"),
    "beleid_tabel": Tekst("Netto inkomen per maand van het huishouden", "The household's net income per month"),
    "netto_huidig": Tekst("Netto, huidige regels", "Net, current rules"),
    "netto_variant": Tekst("Netto, variant", "Net, variant"),
    "verschil_kort": Tekst("Verschil", "Difference"),
    "druk_huidig": Tekst("Marginale druk, huidig", "Marginal pressure, current"),
    "druk_variant": Tekst("Marginale druk, variant", "Marginal pressure, variant"),
    "beleid_api": Tekst(
        "Dezelfde berekening via de API: POST /v1/curven met wijzigingen of hervormingen.",
        "The same computation through the API: POST /v1/curven with wijzigingen or hervormingen.",
    ),
    "voor_consulenten": Tekst("Voor consulenten: toets een beslissing", "For caseworkers: check a decision"),
    "voor_beleid": Tekst("Voor beleid: reken varianten door", "For policy: simulate variants"),
    "terug_naar_start": Tekst("Terug naar het begin", "Back to the start"),
    # the country view (/beleid/land)
    "land_titel": Tekst("Het hele land doorrekenen", "Simulate the whole country"),
    "land_uitleg": Tekst(
        "Wat kosten de regelingen, wie krijgt ze, en wat doet een hervorming? Berekend voor een synthetische "
        "bevolking van Nederland: gebouwd uit gepubliceerde statistieken en gewogen naar de landelijke totalen, "
        "zonder echte personen. Deze pagina rekent een steekproef door; de hele bevolking met de opdracht "
        "nl-sociaal populatie.",
        "What do the schemes cost, who receives them, and what does a reform do? Computed for a synthetic "
        "population of the Netherlands: built from published statistics and weighted to the national totals, "
        "without any real person. This page computes a sample; the whole population with the command "
        "nl-sociaal populatie.",
    ),
    "land_link": Tekst(
        "Het hele land: kosten, ontvangers, winnaars en verliezers",
        "The whole country: costs, recipients, winners and losers",
    ),
    "jaar_label": Tekst("Jaar", "Year"),
    "land_parameter_hint": Tekst(
        "Optioneel: een parameter en een nieuwe waarde, die het hele jaar geldt. Bijvoorbeeld "
        "wet_op_de_zorgtoeslag.standaardpremie.",
        "Optional: a parameter and a new value, in force for the whole year. For example "
        "wet_op_de_zorgtoeslag.standaardpremie.",
    ),
    "bezig": Tekst("Bezig met doorrekenen. Dit duurt enkele seconden.", "Computing. This takes a few seconds."),
    "land_uitkomst": Tekst("Uitkomst voor het land", "Outcome for the country"),
    "land_regelingen": Tekst(
        "Uitgaven en ontvangers per regeling, per jaar", "Spending and recipients per scheme, per year"
    ),
    "kol_regeling": Tekst("Regeling", "Scheme"),
    "kol_uitgaven": Tekst("Uitgaven, volledig gebruik", "Spending, full take-up"),
    "kol_uitgaven_variant": Tekst("Uitgaven, variant", "Spending, variant"),
    "kol_verschil": Tekst("Verschil", "Difference"),
    "kol_gebruik": Tekst("Uitgaven, gepubliceerd gebruik", "Spending, published take-up"),
    "kol_gezinnen": Tekst("Ontvangende gezinnen", "Receiving benefit units"),
    "kol_status": Tekst("Berekend", "Computed"),
    "status_berekend": Tekst("ja", "yes"),
    "status_deels": Tekst("alleen de vier grote steden", "only the four big cities"),
    "status_onbekend": Tekst("nee: rekenregels ontbreken", "no: rules missing"),
    "land_decielen": Tekst(
        "Per inkomensdeciel: gemiddeld per huishouden per maand",
        "By income decile: average per household per month",
    ),
    "kol_deciel": Tekst("Deciel", "Decile"),
    "kol_grenzen": Tekst("Gestandaardiseerd inkomen per jaar", "Standardised income per year"),
    "kol_huishoudens": Tekst("Huishoudens", "Households"),
    "kol_gemiddeld_verschil": Tekst("Gemiddeld verschil per maand", "Average difference per month"),
    "land_alt": Tekst(
        "Staafdiagram: gemiddeld verschil per huishouden per maand in elk inkomensdeciel. De tekst en de tabel "
        "geven dezelfde informatie.",
        "Bar chart: average difference per household per month in each income decile. The text and the table give "
        "the same information.",
    ),
    "land_csv": Tekst("Download de uitkomst als CSV", "Download the outcome as CSV"),
    "land_bronnen": Tekst("Bronnen van de bevolking en het gebruik", "Sources of the population and the take-up"),
    "land_api": Tekst(
        "Dezelfde berekening via de API: POST /v1/populatie.",
        "The same computation through the API: POST /v1/populatie.",
    ),
}


def tekst(sleutel: str, taal: str) -> str:
    return TEKSTEN[sleutel].in_taal(taal)
