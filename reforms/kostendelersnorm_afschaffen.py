"""Participatiewet: the kostendelersnorm abolished (art. 22a).

The proposal: at the Tweede Kamer's request (motie Peters / Jasper van Dijk) the minister of SZW explored five
other designs of the kostendelersnorm; the most far-reaching is abolishing it altogether ("De meest vergaande,
afschaffing, is ook in kaart gebracht"). Every option raises spending; they were sent to the Kamer and the next
cabinet without a choice. Rutte IV chose a narrower change instead (housemates counted from 27 instead of 21,
in force 2023-01-01, already in the model).

Sources:

- Kamerstuk 34 352, nr. 211, "Verkenning andere vormgeving kostendelersnorm", minister SZW, 17 May 2021,
  https://zoek.officielebekendmakingen.nl/kst-34352-211.html
- Rijksoverheid, news of 17 May 2021, "Huidig kabinet verkent andere vormen kostendelersnorm" (the quote
  above; its address was not confirmed, so it is not in ``bronnen``).

Status: an option in a ministry study; no bill. The study names no date: the reform applies from 2026-01-01,
the model's latest year.

The model: no one is a kostendeler any more (art. 19a), so art. 22a never applies (A = 0) and every
household gets the norm of art. 20-22 (single or married). Written as a parameter change: the age from which a
housemate is a kostendeler (``leeftijd_kostendeler``, art. 19a lid 1) becomes 150, an age nobody reaches. That
reaches everything that counts kostendelers (bijstand, AIO, the housing costs of the kwijtschelding). Not
through the percentages of art. 22a: 40% + 30% of the gehuwdennorm differs from the alleenstaandennorm by a
cent.
"""

from openfisca_nl_sociaal.beleid.hervorming import Hervorming
from openfisca_nl_sociaal.regelingen import Grondslag, Tekst

#: the study names no date: the model's latest year
VANAF = "2026-01-01"
#: an age nobody reaches: no housemate is a kostendeler
GEEN_KOSTENDELERS = 150


class KostendelersnormAfschaffen(Hervorming):
    __doc__ = __doc__

    id = "kostendelersnorm_afschaffen"
    titel = Tekst("Participatiewet: kostendelersnorm afschaffen", "Participation Act: abolish the cost-sharer norm")
    beschrijving = Tekst(
        "Niemand is nog kostendeler (art. 19a): de kostendelersnorm (art. 22a) geldt niet meer en elk huishouden "
        "krijgt de norm van art. 20-22 (alleenstaande of gehuwden).",
        "No one counts as a cost-sharer any more (art. 19a): the cost-sharer norm (art. 22a) no longer applies "
        "and every household gets the norm of art. 20-22 (single or married).",
    )
    status = Tekst(
        "Variant uit een verkenning van het ministerie van SZW (2021); niet overgenomen, geen wetsvoorstel.",
        "An option in a 2021 study by the ministry of SZW; not adopted, no bill.",
    )
    bronnen = (
        Grondslag(
            "Kamerstuk 34 352, nr. 211: Verkenning andere vormgeving kostendelersnorm (17-5-2021)",
            "https://zoek.officielebekendmakingen.nl/kst-34352-211.html",
        ),
    )
    toelichting = Tekst(
        "De verkenning noemt geen datum; toegepast vanaf 2026-01-01, het laatste jaar van de rekenregels. "
        "Uitgevoerd als leeftijd kostendeler 150: niemand is nog kostendeler.",
        "The study names no date; applied from 2026-01-01, the latest year of the rules. Done as a cost-sharer "
        "age of 150: no one is a cost-sharer any more.",
    )
    wijzigingen = (
        {
            "parameter": "participatiewet.kostendelersnorm.leeftijd_kostendeler",
            "vanaf": VANAF,
            "waarde": GEEN_KOSTENDELERS,
        },
    )
