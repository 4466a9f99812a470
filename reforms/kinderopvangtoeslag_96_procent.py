"""Kinderopvang: 96% of the costs reimbursed for every working parent, whatever the income.

The proposal (the "nieuw financieringsstelsel kinderopvang"): the government pays the childcare provider
directly, and every working parent gets the same income-independent reimbursement of 96% of the costs up to
the maximum uurprijs; the income-dependent kinderopvangtoeslag and its recoveries disappear.

Sources:

- Kamerstuk 31 322, nr. 547, "Hoofdlijnenbrief nieuw financieringsstelsel kinderopvang aan de slag!",
  staatssecretaris SZW, 11 November 2024, https://zoek.officielebekendmakingen.nl/kst-31322-547.html
- Kamerstuk 31 322, nr. 562, letter of 9 July 2025 on the 2026 percentages, the "ingroeipad naar de hoge
  inkomensonafhankelijke vergoeding voor alle werkende ouders",
  https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D33066&id=2025D33066
- Rijksoverheid, 15 January 2025: "In dit stelsel gaat voor iedereen een vergoeding gelden van 96% van de
  maximum uurprijs",
  https://www.rijksoverheid.nl/actueel/nieuws/2025/01/15/wetsvoorstel-niet-indexeren-maximum-uurprijzen-kinderopvang-naar-tweede-kamer

What is certain: the 96% and its independence of income (Rijksoverheid, the letters above). The date: the
Rutte IV coalition agreement (2021) aimed at 2025, the Hoofdlijnenakkoord 2024 at 2027, and the Voorjaarsnota
2025 moved it to 2029 (SZW press release of April 2025, as quoted by secondary sources); no bill yet. Assumed,
as Rijksoverheid words it ("96% van de maximum uurprijs"): the maximum uurprijs, the 230 hours a month and the
condition that the parents work stay as they are.

The model: both tables of bijlage I of the Besluit kinderopvangtoeslag (first child, further child) become a
single bracket of 96% from any income on, from 2029-01-01. Simplified: the money still goes through the Awir's
rounding (a yearly amount in whole euros, monthly terms rounded down), where the new system would pay the
provider. The model holds values through 2026; a date in 2029 computes with the 2026 values of everything else
(the maximum uurprijs of 2026 among them), which is what the test does.
"""

from openfisca_nl_sociaal.beleid.hervorming import Hervorming
from openfisca_nl_sociaal.regelingen import Grondslag, Tekst

#: the date the latest plan gives (Voorjaarsnota 2025)
VANAF = "2029-01-01"
_96_PROCENT = [{"drempel": 0, "waarde": 0.96}]


class KinderopvangtoeslagVoorIedereen96Procent(Hervorming):
    __doc__ = __doc__

    id = "kinderopvangtoeslag_96_procent"
    titel = Tekst(
        "Kinderopvang: 96% vergoeding voor alle werkende ouders",
        "Childcare: 96% reimbursement for all working parents",
    )
    beschrijving = Tekst(
        "Nieuw financieringsstelsel kinderopvang: elke werkende ouder krijgt 96% van de kosten tot de maximum "
        "uurprijs vergoed, ongeacht het inkomen (beide tabellen van bijlage I van het Besluit "
        "kinderopvangtoeslag worden één schijf van 96%).",
        "New financing system for childcare: every working parent is reimbursed 96% of the costs up to the "
        "maximum hourly price, whatever the income (both tables of annex I become a single bracket of 96%).",
    )
    status = Tekst(
        "Kabinetsbeleid, aangekondigd; nog geen wetsvoorstel. Ingangsdatum twee keer uitgesteld, nu 2029.",
        "Announced cabinet policy; no bill yet. Postponed twice, now planned for 2029.",
    )
    bronnen = (
        Grondslag(
            "Kamerstuk 31 322, nr. 547: Hoofdlijnenbrief nieuw financieringsstelsel kinderopvang (11-11-2024)",
            "https://zoek.officielebekendmakingen.nl/kst-31322-547.html",
        ),
        Grondslag(
            "Kamerstuk 31 322, nr. 562: brief over de toeslagpercentages 2026 en het ingroeipad (9-7-2025)",
            "https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D33066&id=2025D33066",
        ),
        Grondslag(
            "Rijksoverheid, 15-1-2025: 'voor iedereen een vergoeding van 96% van de maximum uurprijs'",
            "https://www.rijksoverheid.nl/actueel/nieuws/2025/01/15/wetsvoorstel-niet-indexeren-maximum-uurprijzen-kinderopvang-naar-tweede-kamer",
        ),
    )
    toelichting = Tekst(
        "Vanaf 2029-01-01 (Voorjaarsnota 2025). De rekenregels hebben waarden tot en met 2026; in 2029 rekent "
        "het model verder met de waarden van 2026 (zoals de maximum uurprijs).",
        "From 2029-01-01 (Voorjaarsnota 2025). The rules hold values through 2026; in 2029 the model computes "
        "with the 2026 values of everything else (such as the maximum hourly price).",
    )
    wijzigingen = (
        {"parameter": "wet_kinderopvang.toeslagpercentage.eerste_kind", "vanaf": VANAF, "schaal": _96_PROCENT},
        {"parameter": "wet_kinderopvang.toeslagpercentage.volgend_kind", "vanaf": VANAF, "schaal": _96_PROCENT},
    )
