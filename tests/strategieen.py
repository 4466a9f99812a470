"""Hypothesis strategies shared by the property tests: households as the public contract's requests, and the
amount variables every property looks at. Imported by test modules as ``strategieen`` (``tests/`` is on the path
through its ``conftest.py``)."""

from hypothesis import strategies as st


@st.composite
def huishoudens(draw):
    jaar = draw(st.integers(2020, 2026))
    maand = draw(st.integers(1, 12))
    peildatum = f"{jaar}-{maand:02d}-01"

    def volwassene():
        return {
            "geboortedatum": f"{draw(st.integers(jaar - 90, jaar - 17))}-{draw(st.integers(1, 12)):02d}-{draw(st.integers(1, 28)):02d}",
            "toetsingsinkomen": draw(st.integers(0, 120_000)),
            "vermogen": draw(st.sampled_from([0, 5_000, 50_000, 140_000, 200_000])),
            "verzekerd_zvw": draw(st.booleans()),
            "woont_in_nederland": draw(st.sampled_from([True, True, True, False])),
            "werkt_of_studeert": draw(st.booleans()),
            "aow_verzekerde_jaren": draw(st.sampled_from([0, 12.5, 40, 50])),
            "netto_inkomen": draw(st.sampled_from([0, 300, 900, 1_400, 2_500])),
            # optional facts (variables/feiten/optioneel.py), asked of the applicant
            "maanden_laag_inkomen": draw(st.sampled_from([0, 6, 12, 36, 60])),
            "inkomenstoeslag_afgelopen_12_maanden": draw(st.booleans()),
        }

    personen = {"ik": volwassene()}
    partners = ["ik"]
    if draw(st.booleans()):
        personen["partner"] = volwassene()
        partners.append("partner")
    kinderen = []
    for i in range(draw(st.integers(0, 4))):
        geboren = f"{draw(st.integers(jaar - 19, jaar))}-{draw(st.integers(1, 12)):02d}-{draw(st.integers(1, 28)):02d}"
        if geboren <= peildatum:
            personen[f"kind{i}"] = {
                "geboortedatum": geboren,
                "toetsingsinkomen": draw(st.sampled_from([0, 0, 3_000, 9_000])),
                "vermogen": draw(st.sampled_from([0, 0, 2_000, 50_000])),
                "soort_kinderopvang": draw(
                    st.sampled_from(["geen", "dagopvang", "buitenschoolse_opvang", "gastouderopvang"])
                ),
                "kinderopvang_uren": draw(st.sampled_from([0, 40, 100, 230, 300])),
                "kinderopvang_uurprijs": draw(st.sampled_from([0.0, 6.5, 9.0, 11.0, 14.0])),
            }
            kinderen.append(f"kind{i}")
    if draw(st.booleans()):
        personen["medebewoner"] = volwassene()
    return {
        "peildatum": peildatum,
        "personen": personen,
        "gezinnen": {"gezin": {"partners": partners, "kinderen": kinderen}},
        "huishoudens": {
            "woning": {
                "bewoners": list(personen),
                "kale_huur": draw(st.sampled_from([0, 300, 450, 500, 650, 700, 750, 850, 920, 1_000, 1_400])),
                "servicekosten": draw(st.sampled_from([0, 20, 48, 80])),
                "zelfstandige_woonruimte": draw(st.booleans()),
                "gemeente": draw(st.sampled_from(["GM0518", "GM0363", "GM0599", "GM0344", "GM0014"])),
                "gemeentelijke_belastingen": draw(st.sampled_from([0, 150, 450, 900])),
            }
        },
    }


#: The amounts the properties check, each a variable of the gezin.
BEDRAGEN = [
    "zorgtoeslag",
    "zorgtoeslag__jaarbedrag",
    "zorgtoeslag__berekend_jaarbedrag",
    "huurtoeslag",
    "huurtoeslag__jaarbedrag",
    "huurtoeslag__berekend_jaarbedrag",
    "kinderopvangtoeslag",
    "kinderopvangtoeslag__berekend_jaarbedrag",
    "bijstand",
    "bijstand__inclusief_vakantietoeslag",
    "kindgebonden_budget",
    "kindgebonden_budget__jaarbedrag",
    "kindgebonden_budget__berekend_jaarbedrag",
    "kinderbijslag",
    "kinderbijslag__jaarbedrag",
    "individuele_inkomenstoeslag__jaarbedrag",
]
