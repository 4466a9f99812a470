"""Kinderopvang: the maximum uurprijs not indexed in 2026 (wetsvoorstel 36 680).

The proposal: the maximum uurprijzen of the kinderopvangtoeslag are not indexed for the calculation year 2026;
the 2025 amounts stay (a new third paragraph of Wet kinderopvang art. 1.9). Estimated saving €254 million a
year. A price above the maximum is not reimbursed, so parents whose provider charges the indexed price pay the
difference.

Sources:

- Kamerstuk 36 680, nr. 3 (memorie van toelichting), "Wijziging van de Wet kinderopvang in verband met het niet
  indexeren van de maximum uurprijs over het berekeningsjaar 2026",
  https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D01116&id=2025D01116
- Kamerstuk 36 680, nr. 5 (verslag), 13 February 2025.
- Rijksoverheid, 15 January 2025, the bill sent to the Tweede Kamer,
  https://www.rijksoverheid.nl/actueel/nieuws/2025/01/15/wetsvoorstel-niet-indexeren-maximum-uurprijzen-kinderopvang-naar-tweede-kamer

Status: not enacted. At the Voorjaarsnota 2025 the cabinet decided to index after all (SZW press release of
April 2025, as quoted by secondary sources), and the Besluit kinderopvangtoeslag 2026 indexed by 4.84% to the
model's 2026 amounts (11.23 / 9.98 / 8.49). A formal withdrawal of the bill was not found.

The model: from 2026-01-01 the 2025 amounts (Besluit kinderopvangtoeslag art. 4, as in
``parameters/wet_kinderopvang/maximum_uurprijs/``) instead of the indexed ones: dagopvang 10.71,
buitenschoolse opvang 9.52, gastouderopvang 8.10 euro an hour. The bill covers 2026 only; the model holds no
later amounts, so the change runs to the end of 2026 (``tot``) and later years carry today's 2026 amounts.
"""

from openfisca_nl_sociaal.beleid.hervorming import Hervorming
from openfisca_nl_sociaal.regelingen import Grondslag, Tekst

#: the calculation year the bill covers
VANAF, TOT = "2026-01-01", "2026-12-31"
#: the 2025 amounts per kind of childcare, € an hour
UURPRIJZEN_2025 = {"dagopvang": 10.71, "buitenschoolse_opvang": 9.52, "gastouderopvang": 8.10}


class MaximumUurprijsNietIndexeren2026(Hervorming):
    __doc__ = __doc__

    id = "maximum_uurprijs_niet_indexeren_2026"
    titel = Tekst(
        "Kinderopvang: maximum uurprijs in 2026 niet geïndexeerd",
        "Childcare: maximum hourly price not indexed in 2026",
    )
    beschrijving = Tekst(
        "De maximum uurprijzen van de kinderopvangtoeslag blijven in 2026 op het bedrag van 2025 (dagopvang "
        "€ 10,71, buitenschoolse opvang € 9,52, gastouderopvang € 8,10).",
        "The maximum hourly prices stay at their 2025 amounts in 2026 (day care €10.71, out-of-school care "
        "€9.52, childminder €8.10).",
    )
    status = Tekst(
        "Wetsvoorstel 36 680, ingediend 15-1-2025; bij de Voorjaarsnota 2025 besloot het kabinet toch te indexeren.",
        "Bill 36 680, submitted 15-1-2025; at the Voorjaarsnota 2025 the cabinet decided to index after all.",
    )
    bronnen = (
        Grondslag(
            "Kamerstuk 36 680, nr. 3: memorie van toelichting, niet indexeren maximum uurprijs 2026",
            "https://www.tweedekamer.nl/kamerstukken/kamervragen/detail?did=2025D01116&id=2025D01116",
        ),
        Grondslag(
            "Rijksoverheid, 15-1-2025: wetsvoorstel niet indexeren maximum uurprijzen naar de Tweede Kamer",
            "https://www.rijksoverheid.nl/actueel/nieuws/2025/01/15/wetsvoorstel-niet-indexeren-maximum-uurprijzen-kinderopvang-naar-tweede-kamer",
        ),
    )
    toelichting = Tekst(
        "Van 2026-01-01 tot en met 2026-12-31, het berekeningsjaar van het wetsvoorstel.",
        "From 2026-01-01 through 2026-12-31, the calculation year of the bill.",
    )
    wijzigingen = tuple(
        {"parameter": f"wet_kinderopvang.maximum_uurprijs.{soort}", "vanaf": VANAF, "tot": TOT, "waarde": bedrag}
        for soort, bedrag in UURPRIJZEN_2025.items()
    )
