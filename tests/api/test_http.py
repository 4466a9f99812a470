"""What every route shares (api/http.py): the batch's JSON read and written in pieces, so a large batch does not
hold the interpreter lock for long, and the same bytes and objects as the standard library's in one piece."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st
from openfisca_nl_sociaal.api.http import json_bytes, json_in_stukken

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda binnen: st.lists(binnen) | st.dictionaries(st.text(), binnen),
    max_leaves=10,
)


def _uitkomst(lees, ruw: bytes):
    try:
        return "ok", json.dumps(lees(ruw))
    except ValueError as fout:
        return "fout", type(fout)


def _zoals_json_loads(ruw: bytes) -> None:
    assert _uitkomst(json_in_stukken, ruw) == _uitkomst(json.loads, ruw), ruw


def test_irregular_bodies_read_as_json_loads_reads_them():
    for ruw in [
        b'{"situaties": []}',
        b' { "situaties" : [ 1 , {"a": [1,2]} , "x" ] } ',
        b'{"situaties": [1,]}',
        b'{"situaties": [1] ',
        b'{"situaties": [1]} x',
        b'{"situaties": [1], "situaties": [2]}',
        b'{"a": [1], "b": 2}',
        b"[1,2]",
        b'\xef\xbb\xbf{"situaties": []}',
        b'{"situaties": [NaN, Infinity]}',
        b'{"situaties": 5}',
        b"{1: [2]}",
        b"",
        b"\xff\xfe",
        '{"situaties": ["\u00e9"]}'.encode("utf-16"),
    ]:
        _zoals_json_loads(ruw)


@settings(max_examples=300, deadline=None)
@given(st.lists(JSON), st.sampled_from(["", " ", "\n", "\t  "]), st.text(alphabet=' {}[],:"ax1', max_size=6))
def test_a_batch_body_reads_as_json_loads_reads_it(lijst, wit, rommel):
    ruw = ("{" + wit + '"situaties"' + wit + ":" + wit + json.dumps(lijst).replace(",", "," + wit) + wit + "}").encode()
    _zoals_json_loads(ruw)
    _zoals_json_loads(ruw + rommel.encode())
    _zoals_json_loads(ruw[: len(ruw) // 2])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(), JSON))
def test_an_answer_is_written_as_json_response_writes_it(antwoord):
    verwacht = json.dumps(antwoord, ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":"))
    assert json_bytes(antwoord) == verwacht.encode("utf-8")
