"""The laws the rules cite, written once: their BWB ids, their titles and their dated addresses.

wetten.overheid.nl keeps every version of a law: ``https://wetten.overheid.nl/<BWB-id>/<date>`` shows the
text in force on that date, ``#ArtikelN`` one article in it. An answer cites the law as in force on its
situation's peildatum (:func:`adres`); a parameter's value cites the version in force on the value's own date.
"""

from __future__ import annotations

import re

#: The BWB ids of the laws and regulations the rules cite.
ALGEMENE_OUDERDOMSWET = "BWBR0002221"
ALGEMENE_KINDERBIJSLAGWET = "BWBR0002368"
WET_MINIMUMLOON = "BWBR0002638"
BURGERLIJK_WETBOEK_1 = "BWBR0002656"
UITVOERINGSREGELING_INVORDERINGSWET_1990 = "BWBR0004766"
INVORDERINGSWET_1990 = "BWBR0004770"
GEMEENTEWET = "BWBR0005416"
WET_OP_DE_HUURTOESLAG = "BWBR0008659"
BESLUIT_OP_DE_HUURTOESLAG = "BWBR0008763"
WET_INKOMSTENBELASTING_2001 = "BWBR0011353"
VREEMDELINGENWET_2000 = "BWBR0011823"
PARTICIPATIEWET = "BWBR0015703"
WET_KINDEROPVANG = "BWBR0017017"
BESLUIT_KINDEROPVANGTOESLAG = "BWBR0017321"
WET_FINANCIERING_SOCIALE_VERZEKERINGEN = "BWBR0017745"
ZORGVERZEKERINGSWET = "BWBR0018450"
WET_OP_DE_ZORGTOESLAG = "BWBR0018451"
AWIR = "BWBR0018472"
WET_OP_HET_KINDGEBONDEN_BUDGET = "BWBR0022751"
WET_BASISREGISTRATIE_PERSONEN = "BWBR0033715"
REGELING_KWIJTSCHELDING_MEDEOVERHEDEN = "BWBR0047157"
WET_VERLAGING_EIGEN_BIJDRAGE_HUURTOESLAG = "BWBR0049106"

#: Their titles (Dutch proper names).
WETTEN = {
    ALGEMENE_OUDERDOMSWET: "Algemene Ouderdomswet",
    ALGEMENE_KINDERBIJSLAGWET: "Algemene Kinderbijslagwet",
    WET_MINIMUMLOON: "Wet minimumloon en minimumvakantiebijslag",
    BURGERLIJK_WETBOEK_1: "Burgerlijk Wetboek Boek 1",
    UITVOERINGSREGELING_INVORDERINGSWET_1990: "Uitvoeringsregeling Invorderingswet 1990",
    INVORDERINGSWET_1990: "Invorderingswet 1990",
    GEMEENTEWET: "Gemeentewet",
    WET_OP_DE_HUURTOESLAG: "Wet op de huurtoeslag",
    BESLUIT_OP_DE_HUURTOESLAG: "Besluit op de huurtoeslag",
    WET_INKOMSTENBELASTING_2001: "Wet inkomstenbelasting 2001",
    VREEMDELINGENWET_2000: "Vreemdelingenwet 2000",
    PARTICIPATIEWET: "Participatiewet",
    WET_KINDEROPVANG: "Wet kinderopvang",
    BESLUIT_KINDEROPVANGTOESLAG: "Besluit kinderopvangtoeslag",
    WET_FINANCIERING_SOCIALE_VERZEKERINGEN: "Wet financiering sociale verzekeringen",
    ZORGVERZEKERINGSWET: "Zorgverzekeringswet",
    WET_OP_DE_ZORGTOESLAG: "Wet op de zorgtoeslag",
    AWIR: "Algemene wet inkomensafhankelijke regelingen",
    WET_OP_HET_KINDGEBONDEN_BUDGET: "Wet op het kindgebonden budget",
    WET_BASISREGISTRATIE_PERSONEN: "Wet basisregistratie personen",
    REGELING_KWIJTSCHELDING_MEDEOVERHEDEN: "Regeling kwijtschelding belastingen medeoverheden",
    WET_VERLAGING_EIGEN_BIJDRAGE_HUURTOESLAG: "Wet verlaging eigen bijdrage huurtoeslag",
}

WETTEN_OVERHEID = "https://wetten.overheid.nl"
#: A wetten.overheid.nl address or a bare BWB id, with an optional date and anchor.
_VERWIJZING = re.compile(r"^(?:https?://wetten\.overheid\.nl/)?(BWBR\d{7})(?:/(\d{4}-\d{2}-\d{2}))?/?(?:#(.*))?$")
_ARTIKEL = re.compile(r"Artikel([^_]+)$")
_BIJLAGE = re.compile(r"Bijlage(\w*)$")
#: Where a catalogue address puts the date it is cited on (filled in by :func:`dateer`).
PEILDATUM = "{peildatum}"


def adres(bwb: str, datum: str | None, anker: str | None = None) -> str:
    """The address of a law (``bwb``) as in force on ``datum`` (ISO; ``None``: the current text), at ``anker``
    (e.g. ``Artikel14``)."""
    return f"{WETTEN_OVERHEID}/{bwb}" + (f"/{datum}" if datum else "") + (f"#{anker}" if anker else "")


#: The version of the law texts that the variables' references name: the one their authors read. An answer
#: cites the version in force on its peildatum instead (:func:`verwijzing`).
GELEZEN = "2025-01-01"


def tekst(bwb: str, anker: str | None = None, datum: str | None = GELEZEN) -> str:
    """A variable's reference: the law as read (``GELEZEN``, or another ``datum``), at ``anker``."""
    return adres(bwb, datum, anker)


def artikel_sjabloon(bwb: str, artikel: str) -> str:
    """An article's address with the date left open, to be cited on each answer's peildatum (:func:`dateer`)."""
    return adres(bwb, PEILDATUM, f"Artikel{artikel}")


def dateer(url: str, peildatum: str) -> str:
    """A catalogue address with its open date filled in by the peildatum (other addresses as they are)."""
    return url.replace(PEILDATUM, peildatum)


def verwijzing(referentie: str, peildatum: str, taal: str = "nl") -> dict:
    """A reference (a wetten.overheid.nl address or a BWB id, with ``#ArtikelN``) as ``{titel, url}``, cited as
    in force on ``peildatum``.

    A variable's reference names the version its author read (``…/BWBR0018451/2025-01-01#Artikel2``); an
    answer for another date cites the version in force on that date instead, so a 2020 answer never cites a
    2025 text. The article number is kept: where a later version renumbered it, the link shows the text as
    it stood on the peildatum.
    """
    gevonden = _VERWIJZING.match(referentie.strip())
    if not gevonden:
        return {"titel": referentie, "url": referentie if referentie.startswith("http") else None}
    bwb, _, anker = gevonden.groups()
    titel = WETTEN.get(bwb, f"wetten.overheid.nl {bwb}")
    if anker and (artikel := _ARTIKEL.search(anker)):
        titel += f", art. {artikel.group(1)}"
    elif anker and (bijlage := _BIJLAGE.search(anker)):
        titel += f", {'annex' if taal == 'en' else 'bijlage'} {bijlage.group(1)}".rstrip()
    return {"titel": titel, "url": adres(bwb, peildatum, anker)}


def niet_na(url: str, peildatum: str) -> str:
    """A parameter value's own dated address, unless its date lies after the peildatum: then the version in force
    on the peildatum (a value cites the text it was published in; an answer never cites a later text)."""
    gevonden = _VERWIJZING.match(url.strip())
    if not gevonden or not gevonden.group(2) or gevonden.group(2) <= peildatum:
        return url
    bwb, _, anker = gevonden.groups()
    return adres(bwb, peildatum, anker)
