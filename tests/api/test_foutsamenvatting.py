"""The GOV.UK error summary on every form (issue 18, point 4): the page title starts with "Fout:" / "Error:", the
summary lists each fault with its own message, and each link leads to an element that exists (for a group of radio
buttons, the group; the script then focuses its first choice). An upload without a file says so at the file field."""

import html
import re

import pytest
from hulp import kop as _kop
from hulp import pagina_met as _pagina_met
from hulp import staat as _staat
from hulp import verstuur_met as _verstuur_met


def _links_en_titel(pagina: str) -> tuple[list[str], str]:
    samenvatting = re.search(r'<div class="foutmelding".*?</div>', pagina, re.S)
    assert samenvatting, "no error summary"
    links = re.findall(r'<a href="#([^"]+)">', samenvatting.group(0))
    return links, html.unescape(re.search(r"<title>(.*?)</title>", pagina, re.S).group(1))


def _elk_doel_bestaat(pagina: str, links: list[str]) -> None:
    ids = set(re.findall(r'\bid="([^"]+)"', pagina))
    assert links and all(link in ids for link in links), f"links to missing ids: {set(links) - ids}"


@pytest.mark.parametrize(
    "feit, melding",
    [
        ("woont_in_nederland", "Vul dit in, of kies 'Weet ik niet'."),  # radio buttons
        ("gemeente", "Vul dit in, of kies 'Weet ik niet'."),  # a drop-down list
        ("kale_huur", "Vul dit in, of kies 'Weet ik niet'."),  # an amount
    ],
)
def test_an_unanswered_question_links_to_its_field(client, feit, melding):
    pagina = _pagina_met(client, f'.{feit}"')
    gevraagd = re.findall(r'name="gevraagd" value="([^"]*)"', pagina.text)
    fout = client.post("/check/vraag", data={"taal": "nl", "antwoorden": _staat(pagina.text), "gevraagd": gevraagd})
    assert fout.status_code == 400
    links, titel = _links_en_titel(fout.text)
    assert titel.startswith("Fout: ")
    _elk_doel_bestaat(fout.text, links)
    assert f"huishoudens-woning-{feit}" in links or f"personen-ik-{feit}" in links
    assert html.escape(melding, quote=True) in fout.text or melding in html.unescape(fout.text)


def test_a_wrong_amount_says_what_is_wrong_with_it(client):
    pagina = _pagina_met(client, '.kale_huur"')
    fout = _verstuur_met(client, pagina, "kale_huur", "zeven")
    links, _ = _links_en_titel(fout.text)
    assert links == ["huishoudens-woning-kale_huur"]
    assert "bijvoorbeeld" in html.unescape(fout.text)  # the message shows how to write an amount


def test_the_household_page_links_each_date_to_its_field(client):
    fout = client.post("/check", data={"taal": "en", "ik": "", "heeft_partner": "ja", "partner": "31-02-1990"})
    links, titel = _links_en_titel(fout.text)
    assert titel.startswith("Error: ") and set(links) == {"ik", "partner"}
    _elk_doel_bestaat(fout.text, links)


def test_an_upload_without_a_file_says_so_at_the_file_field(client):
    fout = client.post("/check/inlezen", data={"taal": "nl"}, files={})
    assert fout.status_code == 400
    links, titel = _links_en_titel(fout.text)
    assert titel.startswith("Fout: ") and links == ["bestand"]
    _elk_doel_bestaat(fout.text, links)
    assert 'id="bestand-fout"' in fout.text and "Kies eerst een bestand." in fout.text


@pytest.mark.parametrize(
    "pad, data",
    [
        ("/toetsing", {"taal": "nl", "regeling": "", "periode": "", "bedrag": "veel"}),
        ("/beleid", {"taal": "nl", "voorbeeld": "alleenstaande_minimumloon", "parameter": "", "waarde": "x"}),
    ],
)
def test_the_caseworker_and_policy_forms_link_each_fault(client, pad, data):
    fout = client.post(pad, data=data)
    assert fout.status_code == 400
    links, titel = _links_en_titel(fout.text)
    assert titel.startswith("Fout: ")
    _elk_doel_bestaat(fout.text, links)


def test_a_result_page_without_errors_has_no_error_title(client):
    pagina = client.get("/")
    assert not _kop(pagina.text).startswith("Fout")
    assert "Fout:" not in re.search(r"<title>(.*?)</title>", pagina.text).group(1)
