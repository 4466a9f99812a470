"""The country view of a population answer (``POST /v1/populatie``) in words, tables and a CSV file, for the policy
page: what a reader needs to check the chart without seeing it."""

from __future__ import annotations

import io

from openfisca_nl_sociaal.opmaak import csv_schrijver, euro
from openfisca_nl_sociaal.regelingen import REGELINGEN, Tekst

NAMEN = {r.id: r.naam for r in REGELINGEN}

_TEKSTEN = {
    "totaal": Tekst(
        "In {jaar} kosten de berekende regelingen samen {volledig} per jaar als iedereen met recht ze krijgt, en "
        "{gebruik} met het gepubliceerde gebruik.",
        "In {jaar} the computed schemes cost {volledig} a year together if everyone entitled receives them, and "
        "{gebruik} with the published take-up.",
    ),
    "armoede": Tekst(
        "{aantal} huishoudens hebben een besteedbaar inkomen onder hun sociaal minimum.",
        "{aantal} households have a disposable income below their social minimum.",
    ),
    "armoede_variant": Tekst(
        "{aantal} huishoudens hebben een besteedbaar inkomen onder hun sociaal minimum; met de variant {variant}.",
        "{aantal} households have a disposable income below their social minimum; with the variant {variant}.",
    ),
    "onbekend": Tekst(
        "Niet berekend, omdat de rekenregels ontbreken: {namen}.",
        "Not computed, because the rules are missing: {namen}.",
    ),
    "deels": Tekst(
        "Alleen berekend waar de gemeente bekend is (de vier grote steden): {namen}.",
        "Only computed where the municipality's rules are known (the four big cities): {namen}.",
    ),
    "meer": Tekst("De variant kost {bedrag} per jaar meer.", "The variant costs {bedrag} a year more."),
    "minder": Tekst("De variant bespaart {bedrag} per jaar.", "The variant saves {bedrag} a year."),
    "gelijk": Tekst("De variant verandert de uitgaven niet.", "The variant does not change spending."),
    "grootste": Tekst(
        "Het grootste verschil in uitgaven: {naam}, van {van} naar {naar}.",
        "The largest change in spending: {naam}, from {van} to {naar}.",
    ),
    "winnaars": Tekst(
        "{vooruit} huishoudens gaan er meer dan {drempel} per maand op vooruit, {achteruit} gaan erop achteruit en "
        "{gelijk} blijven (vrijwel) gelijk.",
        "{vooruit} households gain more than {drempel} a month, {achteruit} lose, and {gelijk} stay (about) the same.",
    ),
    "deciel": Tekst(
        "Het grootste gemiddelde verschil is in deciel {deciel}: {bedrag} per huishouden per maand.",
        "The largest average difference is in decile {deciel}: {bedrag} per household a month.",
    ),
    "niets": Tekst(
        "Geen enkel huishouden merkt de variant: het gemiddelde verschil is in elk deciel nul.",
        "No household notices the variant: the average difference is nil in every decile.",
    ),
    "steekproef": Tekst(
        "Doorgerekend: {gesimuleerd} huishoudens ({procent} van de synthetische bevolking, zaad {zaad}), gewogen "
        "naar {huishoudens} huishoudens en {personen} personen. Synthetisch: geen echte personen.",
        "Computed: {gesimuleerd} households ({procent} of the synthetic population, seed {zaad}), weighted to "
        "{huishoudens} households and {personen} persons. Synthetic: no real person.",
    ),
}


def aantal(getal: int | float | None, taal: str) -> str:
    if getal is None:
        return "—"
    tekst = f"{round(getal):,}"
    return tekst.replace(",", ".") if taal != "en" else tekst


def miljoen(bedrag: float | None, taal: str) -> str:
    """An amount for the whole country, in millions of euros: ``€ 1.234 mln`` (nl), ``€1,234m`` (en)."""
    if bedrag is None:
        return "—"
    return euro(bedrag / 1e6, taal, centen=False) + (" mln" if taal != "en" else "m")


def _naam(ident: str, taal: str) -> str:
    return NAMEN[ident].in_taal(taal)


def _variantkosten(antwoord: dict) -> tuple[float, dict | None]:
    totaal, grootste, grootste_verschil = 0.0, None, 0.0
    for r in antwoord["regelingen"]:
        if "variant" in r and r["uitgaven_per_jaar"] is not None and r["variant"]["uitgaven_per_jaar"] is not None:
            verschil = r["variant"]["uitgaven_per_jaar"] - r["uitgaven_per_jaar"]
            totaal += verschil
            if abs(verschil) > abs(grootste_verschil):
                grootste, grootste_verschil = r, verschil
    return totaal, grootste


def samenvatting(antwoord: dict, taal: str = "nl") -> str:
    """The answer in a few plain sentences (the chart's text alternative and the page's summary)."""

    def t(sleutel: str, **velden) -> str:
        return _TEKSTEN[sleutel].in_taal(taal).format(**velden)

    berekend = [r for r in antwoord["regelingen"] if r["uitgaven_per_jaar"] is not None]
    zinnen = [
        t(
            "totaal",
            jaar=antwoord["jaar"],
            volledig=miljoen(sum(r["uitgaven_per_jaar"] for r in berekend), taal),
            gebruik=miljoen(sum(r["uitgaven_bij_gebruik"] for r in berekend), taal),
        )
    ]
    variant = "winnaars_verliezers" in antwoord
    if variant:
        kosten, grootste = _variantkosten(antwoord)
        if abs(kosten) < 0.5:
            zinnen.append(t("gelijk"))
        else:
            zinnen.append(t("meer" if kosten > 0 else "minder", bedrag=miljoen(abs(kosten), taal)))
        if grootste is not None:
            zinnen.append(
                t(
                    "grootste",
                    naam=_naam(grootste["id"], taal),
                    van=miljoen(grootste["uitgaven_per_jaar"], taal),
                    naar=miljoen(grootste["variant"]["uitgaven_per_jaar"], taal),
                )
            )
        w = antwoord["winnaars_verliezers"]
        zinnen.append(
            t(
                "winnaars",
                vooruit=aantal(w["erop_vooruit"], taal),
                achteruit=aantal(w["erop_achteruit"], taal),
                gelijk=aantal(w["gelijk"], taal),
                drempel=euro(w["drempel_per_maand"], taal, centen=False),
            )
        )
        verschillen = [(d["deciel"], d.get("gemiddeld_verschil") or 0.0) for d in antwoord["decielen"]]
        deciel, grootst = max(verschillen, key=lambda dv: abs(dv[1]))
        if abs(grootst) < 0.005:
            zinnen.append(t("niets"))
        else:
            zinnen.append(t("deciel", deciel=deciel, bedrag=euro(grootst / 12, taal)))
        zinnen.append(
            t(
                "armoede_variant",
                aantal=aantal(antwoord["armoede"]["huishoudens_onder_sociaal_minimum"], taal),
                variant=aantal(antwoord["armoede"]["variant"], taal),
            )
        )
    else:
        zinnen.append(t("armoede", aantal=aantal(antwoord["armoede"]["huishoudens_onder_sociaal_minimum"], taal)))
    onbekend = [_naam(r["id"], taal) for r in antwoord["regelingen"] if r["status"] == "onbekend"]
    if onbekend:
        zinnen.append(t("onbekend", namen=", ".join(onbekend)))
    deels = [_naam(r["id"], taal) for r in antwoord["regelingen"] if r["status"] == "deels"]
    if deels:
        zinnen.append(t("deels", namen=", ".join(deels)))
    p = antwoord["populatie"]
    zinnen.append(
        t(
            "steekproef",
            gesimuleerd=aantal(p["gesimuleerde_huishoudens"], taal),
            procent=f"{p['steekproef'] * 100:g}%",
            zaad=p["zaad"],
            huishoudens=aantal(p["huishoudens"], taal),
            personen=aantal(p["personen"], taal),
        )
    )
    return " ".join(zinnen)


#: the columns of the CSV download: one row per (table, subject, measure), baseline and variant side by side
KOLOMMEN = ("tabel", "onderwerp", "naam", "maat", "huidig", "variant")


def als_csv(antwoord: dict, taal: str = "nl") -> str:
    """The answer as CSV (long format: a row per table, subject and measure), for a spreadsheet."""
    uitvoer = io.StringIO()
    schrijver = csv_schrijver(uitvoer)
    schrijver.writerow(KOLOMMEN)
    for r in antwoord["regelingen"]:
        variant = r.get("variant", {})
        for maat in (
            "uitgaven_per_jaar",
            "ontvangers_gezinnen",
            "ontvangers_met_partner",
            "ontvangers_personen",
            "uitgaven_bij_gebruik",
            "ontvangers_bij_gebruik",
        ):
            schrijver.writerow(
                ("regelingen", r["id"], _naam(r["id"], taal), maat, _cel(r[maat]), _cel(variant.get(maat)))
            )
    for d in antwoord["decielen"]:
        schrijver.writerow(("decielen", d["deciel"], "", "huishoudens", _cel(d["huishoudens"]), ""))
        schrijver.writerow(("decielen", d["deciel"], "", "ondergrens", _cel(d["ondergrens"]), ""))
        schrijver.writerow(("decielen", d["deciel"], "", "bovengrens", _cel(d["bovengrens"]), ""))
        for ident, bedrag in d["gemiddeld_per_regeling"].items():
            schrijver.writerow(("decielen", d["deciel"], _naam(ident, taal), f"gemiddeld_{ident}", _cel(bedrag), ""))
        if "gemiddeld_verschil" in d:
            schrijver.writerow(
                ("decielen", d["deciel"], "", "gemiddeld_verschil_per_jaar", "", _cel(d["gemiddeld_verschil"]))
            )
    a = antwoord["armoede"]
    schrijver.writerow(
        (
            "armoede",
            "",
            "",
            "huishoudens_onder_sociaal_minimum",
            _cel(a["huishoudens_onder_sociaal_minimum"]),
            _cel(a.get("variant")),
        )
    )
    if "winnaars_verliezers" in antwoord:
        for maat, waarde in antwoord["winnaars_verliezers"].items():
            schrijver.writerow(("winnaars_verliezers", "", "", maat, "", _cel(waarde)))
    return uitvoer.getvalue()


def _cel(waarde) -> str:
    """A number as a plain cell (no thousands separators, a point for decimals); unknown stays empty."""
    if waarde is None:
        return ""
    if isinstance(waarde, float) and waarde.is_integer():
        return str(int(waarde)) if abs(waarde) < 1e15 else repr(waarde)
    return str(waarde)
