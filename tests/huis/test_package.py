"""The package's conventions, checked over every variable and parameter (CONTRIBUTING.md)."""

import datetime

import numpy
import yaml

from openfisca_nl_sociaal import PARAMETERS_DIR, VARIABLES_DIR
from openfisca_nl_sociaal.regels.geld import (
    MoneyVariable,
    naar_beneden_op_hele_euros,
    op_centen,
    rekenkundig_op_hele_euros,
)


def test_the_installed_package_finds_its_parameters_and_variables(tbs):
    assert PARAMETERS_DIR.is_dir() and VARIABLES_DIR.is_dir()
    assert len(tbs.variables) > 50
    assert tbs.parameters.wet_op_de_zorgtoeslag.standaardpremie("2025-01-01") == 2112


def test_every_variable_has_a_bilingual_label_a_reference_and_a_docstring(tbs):
    for naam, variabele in tbs.variables.items():
        assert variabele.label and " / " in variabele.label, f"{naam}: label must be 'Nederlands / English'"
        assert variabele.reference, f"{naam}: no legal reference"
        for ref in variabele.reference:
            assert ref.startswith("https://wetten.overheid.nl/"), f"{naam}: reference {ref} is not a law text address"
        assert type(variabele).__doc__, f"{naam}: no docstring stating the article"


def test_money_is_float64(tbs):
    geld = [v for v in tbs.variables.values() if isinstance(v, MoneyVariable)]
    assert len(geld) > 20
    assert all(v.dtype == numpy.float64 for v in geld)
    assert all(
        v.value_type is not float or v.dtype == numpy.float64
        for v in tbs.variables.values()
        if v.unit == "currency-EUR"
    )


def _leaves(pad):
    """Every parameter (leaf or scale) in the YAML files, also inside a file that holds a whole node."""

    def uitpakken(naam, data):
        if "values" in data or "brackets" in data:
            yield naam, data
            return
        for sleutel, kind in data.items():
            if sleutel not in ("description", "metadata", "documentation") and isinstance(kind, dict):
                yield from uitpakken(f"{naam}.{sleutel}", kind)

    for bestand in sorted(pad.rglob("*.yaml")):
        if bestand.name != "index.yaml":
            yield from uitpakken(bestand.relative_to(pad), yaml.safe_load(bestand.read_text(encoding="utf-8")))


def test_every_parameter_file_has_description_label_unit_and_a_reference_for_every_value():
    bestanden = list(_leaves(PARAMETERS_DIR))
    assert len(bestanden) > 30
    for naam, data in bestanden:
        assert data.get("description"), f"{naam}: Dutch description missing"
        meta = data.get("metadata", {})
        assert " / " in meta.get("label", ""), f"{naam}: label must be 'Nederlands / English'"
        assert meta.get("unit") or (
            meta.get("threshold_unit") and (meta.get("rate_unit") or meta.get("amount_unit"))
        ), f"{naam}: unit missing"
        referenties = meta.get("reference", {})
        data_data = sorted(str(d) for d in referenties)
        assert data_data, f"{naam}: no reference"
        for datum, lijst in referenties.items():
            assert lijst and all(r.get("title") and r.get("href", "").startswith("https://") for r in lijst), (
                f"{naam} {datum}"
            )
        datums = (
            list(data["values"])
            if "values" in data
            else [d for b in data["brackets"] for kant in b.values() for d in kant]
        )
        for datum in datums:
            assert any(str(r) <= str(datum) for r in data_data), f"{naam}: value of {datum} has no reference in force"


def test_every_scheme_has_values_from_2020_through_2026(tbs):
    for jaar in range(2020, 2027):
        p = tbs.parameters(f"{jaar}-01-01")
        assert p.wet_op_de_zorgtoeslag.standaardpremie > 0
        assert p.awir.drempelinkomen > 0
        assert p.wet_op_het_kindgebonden_budget.bedrag.een_kind > 0
        assert p.algemene_kinderbijslagwet.bedrag_per_kwartaal.leeftijd_12_tot_18 > 0


def test_rounding_rules():
    assert rekenkundig_op_hele_euros(23.5) == 24 and rekenkundig_op_hele_euros(23.49) == 23
    assert naar_beneden_op_hele_euros(131.99) == 131 and naar_beneden_op_hele_euros(250.9) == 250
    # binary noise below a whole euro is absorbed, not rounded away
    assert naar_beneden_op_hele_euros(250.99999999997) == 251
    assert op_centen(200.585) == 200.59 and op_centen(95.48333) == 95.48


def test_ages_count_birthdays_from_the_day_itself():
    from openfisca_core.periods import period

    from openfisca_nl_sociaal.regels.datums import eerste_dag_kwartaal, leeftijd_op

    geboren = numpy.array(["2007-03-01", "2007-03-02", "2008-02-29"], dtype="datetime64[D]")
    assert leeftijd_op(geboren, datetime.date(2025, 3, 1)).tolist() == [18, 17, 17]
    assert leeftijd_op(geboren, datetime.date(2026, 3, 1)).tolist() == [19, 18, 18]
    assert eerste_dag_kwartaal(period("2025-05")) == datetime.date(2025, 4, 1)
