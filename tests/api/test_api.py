"""POST /v1/aanspraken as the public contract defines it, and its problems for bad input."""

import copy

import pytest

PROBLEM = "application/problem+json"


def test_contract_example_answers_every_scheme_with_reasons(client, voorbeeld):
    antwoord = client.post("/v1/aanspraken", json=voorbeeld)
    assert antwoord.status_code == 200
    assert antwoord.headers["API-Version"]
    data = antwoord.json()
    assert data["peildatum"] == "2025-03-01"
    assert set(data["versie"]) == {"rekenregels", "openfisca_core"}
    per_id = {r["id"]: r for r in data["regelingen"]}
    assert set(per_id) == {
        "zorgtoeslag",
        "huurtoeslag",
        "kinderopvangtoeslag",
        "kinderbijslag",
        "kindgebonden_budget",
        "aow",
        "bijstand",
        "aio",
        "kwijtschelding_gemeentelijke_belastingen",
        "individuele_inkomenstoeslag",
        "stadspas",
    }
    # Nobody has reached the AOW age: decided without the unknown insured years (AOW art. 7a).
    assert per_id["aow"]["status"] == "geen_recht"
    # No bijlage I table for 2025 in the engine: it says so instead of answering nil.
    assert per_id["kinderopvangtoeslag"]["status"] == "onbekend"
    assert per_id["kinderopvangtoeslag"]["redenen"][0] == {
        **per_id["kinderopvangtoeslag"]["redenen"][0],
        "voorwaarde": "rekenregels_beschikbaar",
        "voldaan": False,
    }
    # Hand computation, Wzt art. 2 (2025): 2 x 2112 - 4,273% x 28.406 - 13,7% x (32.000 - 28.406) = 2.517,83
    # -> € 2.518 a year (Awir art. 14 lid 4) -> € 209 a month (2.518 / 12 rounded down).
    assert per_id["zorgtoeslag"]["status"] == "recht"
    assert per_id["zorgtoeslag"]["bedrag_per_jaar"] == 2518
    assert per_id["zorgtoeslag"]["bedrag_per_maand"] == 209
    # AKW art. 12 (2025-01-01): a child of 5 on 1 January 2025: € 286,45 per quarter.
    assert per_id["kinderbijslag"]["bedrag_per_kwartaal"] == 286.45
    assert per_id["kinderbijslag"]["bedrag_per_maand"] == 95.48
    assert per_id["kinderbijslag"]["bedrag_per_jaar"] == 1145.8
    # Wet KGB art. 2 (2025): joint income 32.000 is below 28.406 + 9.139 -> € 2.511 a year, € 209 a month.
    assert per_id["kindgebonden_budget"]["bedrag_per_jaar"] == 2511
    # The child's assets count for huurtoeslag (Awir art. 7): not given, so unknown. Its income counts too, but a
    # child of 5 is presumed to have none (issue 18; Arbeidstijdenwet art. 3:1): an assumption the answer reports.
    assert per_id["huurtoeslag"]["status"] == "onbekend"
    assert per_id["huurtoeslag"]["ontbrekende_gegevens"] == [{"persoon": "kind", "gegeven": "vermogen"}]
    assert [(a["persoon"], a["gegeven"]) for a in per_id["huurtoeslag"]["aannames"]] == [("kind", "toetsingsinkomen")]
    assert {(v["persoon"], v["gegeven"]) for v in data["vervolgvragen"]} == {
        ("kind", "vermogen"),
        ("ik", "netto_inkomen"),
        ("partner", "netto_inkomen"),
        # Rotterdam's individuele inkomenstoeslag (2025-03: its rules of before 1 July 2025) asks two optional facts.
        ("ik", "maanden_laag_inkomen"),
        ("ik", "inkomenstoeslag_afgelopen_12_maanden"),
    }
    for regeling in (
        r for r in data["regelingen"] if r["id"] in ("zorgtoeslag", "kinderbijslag", "kindgebonden_budget")
    ):
        assert regeling["basis"] == "netto"
        assert regeling["ontbrekende_gegevens"] == []
        assert all(
            r["voldaan"] is True and r["grondslag"]["url"].startswith("https://wetten.overheid.nl/")
            for r in regeling["redenen"]
        )
        assert regeling["grondslag"] and regeling["aanvragen"]["instantie"]


def test_english_answer_on_accept_language(client, voorbeeld):
    antwoord = client.post("/v1/aanspraken", json=voorbeeld, headers={"Accept-Language": "en-GB,en;q=0.9"})
    assert antwoord.headers["Content-Language"] == "en"
    assert antwoord.json()["regelingen"][0]["naam"] == "Health-care allowance"


def test_a_missing_fact_is_unknown_not_zero(client, voorbeeld):
    del voorbeeld["personen"]["partner"]["toetsingsinkomen"]
    data = client.post("/v1/aanspraken", json=voorbeeld).json()
    per_id = {r["id"]: r for r in data["regelingen"]}
    assert per_id["zorgtoeslag"]["status"] == "onbekend"
    assert per_id["zorgtoeslag"]["bedrag_per_maand"] is None
    assert {"persoon": "partner", "gegeven": "toetsingsinkomen"} in per_id["zorgtoeslag"]["ontbrekende_gegevens"]
    assert per_id["kinderbijslag"]["status"] == "recht"  # kinderbijslag does not depend on income
    eerste = data["vervolgvragen"][0]
    assert eerste == {**eerste, "persoon": "partner", "gegeven": "toetsingsinkomen"}
    assert set(eerste["beslist_over"]) == {"zorgtoeslag", "huurtoeslag", "kindgebonden_budget"}


def test_a_known_failing_condition_decides_even_with_unknown_facts(client):
    # A 16-year-old is no verzekerde for the zorgtoeslag whatever their income (Wzt art. 1).
    verzoek = {"peildatum": "2025-03-01", "personen": {"ik": {"geboortedatum": "2009-01-10", "verzekerd_zvw": True}}}
    per_id = {r["id"]: r for r in client.post("/v1/aanspraken", json=verzoek).json()["regelingen"]}
    assert per_id["zorgtoeslag"]["status"] == "geen_recht"
    falend = [r["voorwaarde"] for r in per_id["zorgtoeslag"]["redenen"] if r["voldaan"] is False]
    assert falend == ["leeftijd_18_of_ouder", "verzekerd_zvw"]


def test_one_person_gets_a_gezin_and_huishouden_by_default(client):
    verzoek = {
        "peildatum": "2025-06-01",
        "personen": {
            "ik": {
                "geboortedatum": "1980-01-01",
                "toetsingsinkomen": 20000,
                "vermogen": 0,
                "verzekerd_zvw": True,
                "woont_in_nederland": True,
            }
        },
    }
    per_id = {r["id"]: r for r in client.post("/v1/aanspraken", json=verzoek).json()["regelingen"]}
    assert per_id["zorgtoeslag"]["bedrag_per_maand"] == 131  # published 2025 maximum
    assert per_id["kinderbijslag"]["status"] == "geen_recht"


def test_period_keyed_facts(client, voorbeeld):
    voorbeeld["personen"]["ik"]["toetsingsinkomen"] = {"2025": 24000}
    voorbeeld["personen"]["ik"]["verzekerd_zvw"] = {"2025-03": True}
    voorbeeld["personen"]["ik"]["geboortedatum"] = {"ETERNITY": "1990-05-01"}
    per_id = {r["id"]: r for r in client.post("/v1/aanspraken", json=voorbeeld).json()["regelingen"]}
    assert per_id["zorgtoeslag"]["bedrag_per_maand"] == 209


def _met(voorbeeld, pad, waarde):
    verzoek = copy.deepcopy(voorbeeld)
    doel = verzoek
    for stap in pad[:-1]:
        doel = doel[stap]
    if waarde is _WEG:
        del doel[pad[-1]]
    else:
        doel[pad[-1]] = waarde
    return verzoek


_WEG = object()

SLECHTE_INVOER = [
    ("onbekend gegeven", ("personen", "ik", "schoenmaat"), 42, "personen.ik.schoenmaat"),
    ("verkeerd type", ("personen", "ik", "toetsingsinkomen"), "veel", "personen.ik.toetsingsinkomen"),
    ("bool als tekst", ("personen", "ik", "verzekerd_zvw"), "ja", "personen.ik.verzekerd_zvw"),
    ("misvormde datum", ("personen", "ik", "geboortedatum"), "01-05-1990", "personen.ik.geboortedatum"),
    ("onmogelijke datum", ("personen", "ik", "geboortedatum"), "1990-02-30", "personen.ik.geboortedatum"),
    ("geboren na de peildatum", ("personen", "kind", "geboortedatum"), "2026-01-01", "personen.kind.geboortedatum"),
    ("onmogelijke peildatum", ("peildatum",), "2025-13-01", "peildatum"),
    ("peildatum voor 2020", ("peildatum",), "2019-06-01", "peildatum"),
    ("negatieve huur", ("huishoudens", "woning", "kale_huur"), -820, "huishoudens.woning.kale_huur"),
    ("negatief inkomen", ("personen", "ik", "toetsingsinkomen"), -1, "personen.ik.toetsingsinkomen"),
    ("null in plaats van weglaten", ("personen", "ik", "vermogen"), None, "personen.ik.vermogen"),
    ("onbekende rol", ("gezinnen", "gezin", "ouders"), ["ik"], "gezinnen.gezin.ouders"),
    ("onbekende persoon in een rol", ("gezinnen", "gezin", "kinderen"), ["kind", "spook"], "gezinnen.gezin.kinderen"),
    ("drie partners", ("gezinnen", "gezin", "partners"), ["ik", "partner", "kind"], "gezinnen.gezin.partners"),
    ("onbekend veld bovenaan", ("uitkering",), 1, "uitkering"),
    (
        "verkeerde soort kinderopvang",
        ("personen", "kind", "soort_kinderopvang"),
        "oppas",
        "personen.kind.soort_kinderopvang",
    ),
    (
        "maand voor een jaarfeit",
        ("personen", "ik", "toetsingsinkomen"),
        {"2025-03": 2000},
        "personen.ik.toetsingsinkomen.2025-03",
    ),
    (
        "onzinperiode",
        ("personen", "ik", "toetsingsinkomen"),
        {"vorig jaar": 2000},
        "personen.ik.toetsingsinkomen.vorig jaar",
    ),
    ("ongeldige gemeentecode", ("huishoudens", "woning", "gemeente"), "Rotterdam", "huishoudens.woning.gemeente"),
    ("te veel AOW-jaren", ("personen", "ik", "aow_verzekerde_jaren"), 51, "personen.ik.aow_verzekerde_jaren"),
    ("geen personen", ("personen",), {}, "personen"),
    ("onbekende aanvrager", ("aanvrager",), "buurman", "aanvrager"),
    ("rol is geen lijst", ("gezinnen", "gezin", "partners"), "ik", "gezinnen.gezin.partners"),
    ("persoon is geen object", ("personen", "partner"), 5, "personen.partner"),
    ("gezin zonder partners", ("gezinnen", "gezin", "partners"), [], "gezinnen.gezin.partners"),
    (
        "meer opvanguren dan een maand heeft",
        ("personen", "kind", "kinderopvang_uren"),
        800,
        "personen.kind.kinderopvang_uren",
    ),
    ("negatieve uurprijs", ("personen", "kind", "kinderopvang_uurprijs"), -1, "personen.kind.kinderopvang_uurprijs"),
    ("datum als getal", ("personen", "ik", "geboortedatum"), 19900501, "personen.ik.geboortedatum"),
    ("maand 13", ("personen", "ik", "verzekerd_zvw"), {"2025-13": True}, "personen.ik.verzekerd_zvw.2025-13"),
    (
        "twee jaren als periode",
        ("personen", "ik", "toetsingsinkomen"),
        {"year:2024:2": 1},
        "personen.ik.toetsingsinkomen.year:2024:2",
    ),
    ("gemeentecode in kleine letters", ("huishoudens", "woning", "gemeente"), "gm0363", "huishoudens.woning.gemeente"),
    ("peildatum als getal", ("peildatum",), 20250301, "peildatum"),
    ("gezinnen is een lijst", ("gezinnen",), [{"partners": ["ik"]}], "gezinnen"),
]


@pytest.mark.parametrize("omschrijving,pad,waarde,veld", SLECHTE_INVOER, ids=[s[0] for s in SLECHTE_INVOER])
def test_bad_input_is_a_400_problem_naming_the_field(client, voorbeeld, omschrijving, pad, waarde, veld):
    antwoord = client.post("/v1/aanspraken", json=_met(voorbeeld, pad, waarde))
    assert antwoord.status_code == 400, antwoord.text
    assert antwoord.headers["content-type"].startswith(PROBLEM)
    probleem = antwoord.json()
    assert probleem["status"] == 400 and probleem["title"] and probleem["detail"]
    assert veld in [p["name"] for p in probleem["invalidParams"]]


def test_a_person_in_two_gezinnen_is_a_problem(client, voorbeeld):
    voorbeeld["gezinnen"]["tweede"] = {"partners": ["ik"]}
    antwoord = client.post("/v1/aanspraken", json=voorbeeld)
    assert antwoord.status_code == 400
    assert "gezinnen.tweede.partners" in [p["name"] for p in antwoord.json()["invalidParams"]]


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   ",
        b"{niet json",
        b"[1, 2]",
        b'"tekst"',
        b'{"personen": 1}',
        b'{"personen": {"ik": {"vermogen": NaN}}}',
        b"\xff\xfe",
    ],
)
def test_empty_non_json_or_non_object_body_is_a_400_problem(client, body):
    antwoord = client.post("/v1/aanspraken", content=body, headers={"Content-Type": "application/json"})
    assert antwoord.status_code == 400
    assert antwoord.headers["content-type"].startswith(PROBLEM)


def test_wrong_method_and_unknown_path_are_problems(client):
    antwoord = client.get("/v1/aanspraken")
    assert antwoord.status_code == 405 and "POST" in antwoord.headers["Allow"]
    assert antwoord.headers["content-type"].startswith(PROBLEM)
    antwoord = client.get("/v1/bestaat-niet")
    assert antwoord.status_code == 404 and antwoord.headers["content-type"].startswith(PROBLEM)


def test_openapi_document_is_published_under_v1(client):
    antwoord = client.get("/v1/openapi.json")
    assert antwoord.status_code == 200
    assert antwoord.headers["Access-Control-Allow-Origin"] == "*"
    spec = antwoord.json()
    assert spec["info"]["version"] and spec["info"]["contact"]
    assert "400" in spec["paths"]["/v1/aanspraken"]["post"]["responses"]


# Never a 500 for bad input: arbitrary JSON, and the contract example with one field replaced by junk.
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**12), 10**12)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12),
    lambda kinderen: st.lists(kinderen, max_size=4) | st.dictionaries(st.text(max_size=12), kinderen, max_size=4),
    max_leaves=20,
)
_PADEN = [
    ("peildatum",),
    ("aanvrager",),
    ("personen",),
    ("personen", "ik"),
    ("personen", "ik", "geboortedatum"),
    ("personen", "ik", "toetsingsinkomen"),
    ("personen", "kind", "verzekerd_zvw"),
    ("gezinnen",),
    ("gezinnen", "gezin"),
    ("gezinnen", "gezin", "partners"),
    ("gezinnen", "gezin", "kinderen"),
    ("huishoudens", "woning"),
    ("huishoudens", "woning", "bewoners"),
    ("huishoudens", "woning", "kale_huur"),
    ("huishoudens", "woning", "gemeente"),
]
_FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@_FUZZ
@given(body=_JSON)
def test_arbitrary_json_never_gives_a_500(client, body):
    antwoord = client.post("/v1/aanspraken", json=body)
    assert antwoord.status_code in (200, 400), antwoord.text
    if antwoord.status_code == 400:
        assert antwoord.headers["content-type"].startswith(PROBLEM)


@_FUZZ
@given(pad=st.sampled_from(_PADEN), waarde=_JSON)
def test_junk_in_any_field_never_gives_a_500(client, voorbeeld, pad, waarde):
    antwoord = client.post("/v1/aanspraken", json=_met(voorbeeld, pad, waarde))
    assert antwoord.status_code in (200, 400), antwoord.text


def test_renting_family_with_childcare_readme_example(client):
    """The README's second example, every amount computed by hand from the articles (2026 rules)."""
    from conftest import VOORBEELDEN

    data = client.post("/v1/aanspraken", content=(VOORBEELDEN / "huurgezin_met_kinderopvang.json").read_bytes()).json()
    per_id = {r["id"]: r for r in data["regelingen"]}
    niet_landelijk = ("aow", "bijstand", "aio", "stadspas", "kwijtschelding_gemeentelijke_belastingen")
    assert all(
        r["status"] == "recht"
        for r in data["regelingen"]
        if r["id"] not in (*niet_landelijk, "individuele_inkomenstoeslag")
    )
    # Amsterdam's kwijtschelding percentage and IIT amounts are not in the engine: it says so, and asks nothing.
    for regeling in ("kwijtschelding_gemeentelijke_belastingen", "individuele_inkomenstoeslag"):
        assert per_id[regeling]["status"] == "onbekend"
        assert per_id[regeling]["redenen"][0]["voorwaarde"] == "rekenregels_beschikbaar"
    assert data["vervolgvragen"] == []
    # Below the AOW age (AOW art. 7a); net income 3.200 above the couple norm 2.002,13 (Pw art. 21, 2026).
    assert {per_id[i]["status"] for i in ("aow", "bijstand", "aio")} == {"geen_recht"}
    # Wzt art. 2 (2026): 2 x 2119 - 4,289% x 29.736 - 13,73% x (46.000 - 29.736) = 729,57 -> 730 a year, 60 a month.
    assert (per_id["zorgtoeslag"]["bedrag_per_jaar"], per_id["zorgtoeslag"]["bedrag_per_maand"]) == (730, 60)
    # Wht 2026: basishuur 252,49 - 3,63 - 48,15 = 200,71; bands 297,49 + 65% x 265,94 + 40% x (850 - 764,14)
    # = 504,695; afbouw 22% x (46.000 - 31.500) / 12 = 265,833; 238,86 a month -> 2.866 a year, 238 a month.
    assert (per_id["huurtoeslag"]["bedrag_per_jaar"], per_id["huurtoeslag"]["bedrag_per_maand"]) == (2866, 238)
    # Wko / bijlage I 2026, € 46.000: 96% for both children; 100 x 10,80 + 60 x 9,50 = 1.650 -> 1.584 a month.
    assert (per_id["kinderopvangtoeslag"]["bedrag_per_jaar"], per_id["kinderopvangtoeslag"]["bedrag_per_maand"]) == (
        19008,
        1584,
    )
    # AKW art. 12 (2026-01-01): 295,07 (age 3) + 358,30 (age 8) = 653,37 a quarter.
    assert per_id["kinderbijslag"]["bedrag_per_kwartaal"] == 653.37
    # Wet KGB art. 2 (2026): 2 x 2.580 - 7,6% x (46.000 - 29.736 - 9.405) = 4.638,72 -> 4.639 a year, 386 a month.
    assert (per_id["kindgebonden_budget"]["bedrag_per_jaar"], per_id["kindgebonden_budget"]["bedrag_per_maand"]) == (
        4639,
        386,
    )


def test_a_bruto_wage_stands_in_for_income_facts(client):
    """bruto_loon lets the engine estimate toetsingsinkomen (Wet IB 2001 art. 2.18) instead of asking for it."""
    verzoek = {
        "peildatum": "2025-06-01",
        "personen": {
            "ik": {
                "geboortedatum": "1990-01-01",
                "bruto_loon": 30000,
                "vermogen": 0,
                "verzekerd_zvw": True,
                "woont_in_nederland": True,
            }
        },
    }
    per_id = {r["id"]: r for r in client.post("/v1/aanspraken", json=verzoek).json()["regelingen"]}
    # Wzt art. 2 (2025) with the estimate 30.000: 2.112 - 1,896% x 28.406 - 13,7% x 1.594 = 1.355,04 -> 1.355 a year.
    assert per_id["zorgtoeslag"]["status"] == "recht"
    assert per_id["zorgtoeslag"]["bedrag_per_jaar"] == 1355
    assert per_id["zorgtoeslag"]["ontbrekende_gegevens"] == []


def test_aow_is_reported_per_person(client):
    """AOW art. 9: a couple both at AOW age, each with their own opbouw (art. 13: 2% per uninsured year)."""
    verzoek = {
        "peildatum": "2025-03-01",
        "personen": {
            "oma": {"geboortedatum": "1952-06-01", "aow_verzekerde_jaren": 46},
            "opa": {"geboortedatum": "1951-02-01", "aow_verzekerde_jaren": 50},
        },
        "gezinnen": {"gezin": {"partners": ["oma", "opa"]}},
    }
    aow = {r["id"]: r for r in client.post("/v1/aanspraken", json=verzoek).json()["regelingen"]}["aow"]
    # 2025 gehuwd € 1.081,50: oma 1.081,50 x 0,92 = 994,98; opa 1.081,50.
    assert aow["status"] == "recht" and aow["basis"] == "bruto"
    assert aow["per_persoon"] == {
        "oma": {"bedrag_per_maand": 994.98, "bedrag_per_jaar": 11939.76},
        "opa": {"bedrag_per_maand": 1081.5, "bedrag_per_jaar": 12978.0},
    }
    assert aow["bedrag_per_maand"] == 2076.48
    # Vakantie-uitkering 2025 gehuwd € 73,18 a month: 12 x (67,33 + 73,18) = 1.686,12, reported apart.
    assert aow["vakantie_uitkering_per_jaar"] == 1686.12


def test_aio_tops_up_a_partial_aow(client):
    """Pw art. 47a: at AOW age the bijstand is the AIO, paid by the SVB (2025-07 single norm 1.530,21)."""
    verzoek = {
        "peildatum": "2025-08-01",
        "personen": {
            "ik": {
                "geboortedatum": "1955-01-01",
                "aow_verzekerde_jaren": 30,
                "netto_inkomen": 900,
                "vermogen": 2000,
                "woont_in_nederland": True,
            }
        },
    }
    per_id = {r["id"]: r for r in client.post("/v1/aanspraken", json=verzoek).json()["regelingen"]}
    assert per_id["bijstand"]["status"] == "geen_recht"  # at AOW age: the SVB's AIO instead
    # (1.530,21 - 900) x 0,95 = 598,70 a month; vakantietoeslag 12 x 31,51 = 378,12 a year.
    assert per_id["aio"]["status"] == "recht"
    assert (per_id["aio"]["bedrag_per_maand"], per_id["aio"]["vakantietoeslag_per_jaar"]) == (598.7, 378.12)
    assert per_id["aow"]["status"] == "recht"  # 60% of 1.612,44 = 967,46 bruto
    assert per_id["aow"]["bedrag_per_maand"] == 967.46
