"""The policy page without a browser (issue 18, point 6): a change that does not touch the chosen household says
so, and names the standard households it does touch; a change that touches it says nothing of the kind."""

import re

from openfisca_nl_sociaal.api.paginas.beleid import geraakte_huishoudens

from openfisca_nl_sociaal.beleid.voorbeeldhuishoudens import VOORBEELDHUISHOUDENS


def test_a_change_that_does_not_touch_the_household_says_so_and_names_who_it_touches(client):
    """Today's standaardpremie entered as the "new" value changes nothing for anyone: the page says so and that
    none of the standard households feels it."""
    data = {
        "taal": "nl",
        "voorbeeld": "tweeverdieners",
        "parameter": "wet_op_de_zorgtoeslag.standaardpremie",
        "vanaf": "2026-01-01",
        "waarde": "2.119",  # today's value: nothing changes for anyone
    }
    pagina = client.post("/beleid", data=data)
    assert pagina.status_code == 200
    assert "data-ongeraakt" in pagina.text and "verandert niets voor dit huishouden" in pagina.text
    assert "data-niemand-geraakt" in pagina.text


def test_a_reform_lists_the_standard_households_it_touches(client):
    """The raised standaardpremie touches the households with zorgtoeslag; the page for one it does not touch
    (if any) lists them, and the page for one it touches shows no such note."""
    andere = '{"wijzigingen": [{"parameter": "wet_op_de_zorgtoeslag.standaardpremie", "vanaf": "2026-01-01", "waarde": 2359}]}'
    geraakt = geraakte_huishoudens(andere)
    assert geraakt and set(geraakt) <= set(VOORBEELDHUISHOUDENS)
    data = {
        "taal": "nl",
        "parameter": "wet_op_de_zorgtoeslag.standaardpremie",
        "vanaf": "2026-01-01",
        "waarde": "2.359",
    }
    for ident in VOORBEELDHUISHOUDENS:
        pagina = client.post("/beleid", data={**data, "voorbeeld": ident})
        assert pagina.status_code == 200
        if ident in geraakt:
            assert "data-ongeraakt" not in pagina.text, ident
        else:
            namen = re.findall(r"<li data-geraakt>([^<]*)</li>", pagina.text)
            assert namen == [VOORBEELDHUISHOUDENS[i].naam.nl for i in geraakt], ident
