"""The chart "what if I earn more?" of a :class:`~openfisca_nl_sociaal.beleid.curven.Curve`, as an SVG document.

Two panels over the bruto wage per month: the household's net income per month stacked by source (net
income from work, then each scheme), and the marginal pressure per step, the ranges above 60 % shaded.

matplotlib is imported inside :func:`teken`, so a process that never draws (the API's cold start, the
command line) does not load it. The SVG keeps its text as text in the reader's system sans-serif font
(``svg.fonttype: none``), has no fonts, scripts or links of its own, and is the same for the same curve
(fixed ``svg.hashsalt``, no date in the metadata), so it can be cached and compared in tests.
"""

from __future__ import annotations

import io
import threading
from typing import Any
from xml.sax.saxutils import escape

import numpy

from openfisca_nl_sociaal.beleid.curven import ARMOEDEVAL, HOGE_DRUK, Curve, samenvatting
from openfisca_nl_sociaal.opmaak import euro
from openfisca_nl_sociaal.regelingen import Tekst

#: matplotlib is not thread-safe and ``rc_context`` changes global settings: one drawing at a time (the API
#: runs plain functions in a thread pool).
_SLOT = threading.Lock()

#: Width and height in inches at 100 dpi: about 700 px wide, the width of the page's result column.
AFMETING = (7.2, 7.0)
#: The chart for a phone (issue 18: at 375 CSS px the wide chart's labels were about 5 px): half as wide, its text
#: at 11 pt, so that shown across a 320 px screen (288 px of chart) every label is at least 12 CSS px.
AFMETING_SMAL = (3.6, 8.4)
LETTER_SMAL = 11
#: The net income from work: a dark slate, apart from the schemes' colours.
KLEUR_WERK = "#44546a"
#: The schemes, in order: the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies),
#: its light yellow last; beyond these the colours repeat with a hatch.
KLEUREN = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9", "#999933", "#f0e442")
KLEUR_DRUK = "#7b1f1f"
KLEUR_HOOG = "#fbd7b4"
KLEUR_ARMOEDEVAL = "#f4a582"
#: The marginal pressure panel shows −50 % to 200 %; a step beyond is marked at the edge.
DRUK_BEREIK = (-50.0, 200.0)

_RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "openfisca-nl-sociaal",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica"],
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": "#333333",
    "xtick.color": "#333333",
    "ytick.color": "#333333",
    "axes.labelcolor": "#1a1a1a",
    "text.color": "#1a1a1a",
}

_TEKSTEN = {
    "titel": Tekst("Wat als ik meer verdien?", "What if I earn more?"),
    "netto": Tekst("Netto inkomen van het huishouden per maand", "Net income of the household per month"),
    "druk": Tekst(
        "Marginale druk: wat van een extra euro bruto wegvalt",
        "Marginal pressure: the part of an extra euro gross that is lost",
    ),
    "bruto": Tekst("Bruto loon per maand", "Gross wage per month"),
    "werk": Tekst("Netto inkomen uit werk en uitkering", "Net income from work and benefits"),
    "totaal": Tekst("Totaal netto", "Total net"),
    "nu": Tekst("nu", "now"),
    "hoog": Tekst("boven 60%", "above 60%"),
    "armoedeval": Tekst("boven 100%", "above 100%"),
    "vergelijking": Tekst("Huidige regels en variant", "Current rules and variant"),
    "huidig": Tekst("Huidige regels", "Current rules"),
    "variant": Tekst("Variant", "Variant"),
}
#: The two sides of a comparison: today's rules solid and dark, the variant dashed in a contrasting colour.
KLEUR_HUIDIG = "#1a1a1a"
KLEUR_VARIANT = "#0072b2"


def _matplotlib() -> tuple[Any, Any]:
    """matplotlib and its ``Figure``, imported on the first chart: it takes half a second and tens of MB, and most
    processes (the command line, a worker answering only JSON) never draw one. Not to break an import cycle."""
    import matplotlib

    matplotlib.use("Agg")  # no display; without pyplot nothing global is created
    from matplotlib.figure import Figure

    return matplotlib, Figure


def _assen(boven: Any, onder: Any, tot: float, taal: str) -> tuple[Any, Any]:
    """The two charts' shared x axis (bruto per month in euros, from nil to ``tot``) and their grid."""
    for as_ in (boven, onder):
        as_.xaxis.set_major_formatter(lambda x, _: euro(x, taal, centen=False))
        as_.grid(axis="y", color="#d9d9d9", linewidth=0.6)
        as_.set_axisbelow(True)
        as_.set_xlim(0, tot)
        as_.tick_params(labelbottom=True)
    return boven, onder


def teken(curve: Curve, taal: str | None = None, smal: bool = False) -> str:
    """The chart of ``curve`` as an SVG document (a string starting with ``<svg``), labels in ``taal``.

    The scheme names are the curve's own (``bereken_curve``'s ``taal``); ``taal`` defaults to that language.
    ``smal``: the version for a phone (:data:`AFMETING_SMAL`), the legend in one column.
    """
    taal = taal or curve.taal
    matplotlib, Figure = _matplotlib()
    rc = {**_RC, "font.size": LETTER_SMAL, "axes.titlesize": LETTER_SMAL + 1} if smal else _RC
    with _SLOT, matplotlib.rc_context(rc):
        figuur = Figure(figsize=AFMETING_SMAL if smal else AFMETING, dpi=100, layout="constrained")
        boven, onder = figuur.subplots(2, 1, sharex=True, height_ratios=(3, 2))
        _teken_netto(boven, curve, taal)
        _teken_druk(onder, curve, taal)
        for as_ in _assen(boven, onder, curve.bruto_per_maand[-1], taal):
            if curve.huidig_bruto is not None and curve.huidig_bruto / 12 <= curve.bruto_per_maand[-1]:
                as_.axvline(curve.huidig_bruto / 12, color="#1a1a1a", linestyle=(0, (4, 3)), linewidth=1.2)
        if curve.huidig_bruto is not None and curve.huidig_bruto / 12 <= curve.bruto_per_maand[-1]:
            boven.annotate(
                _TEKSTEN["nu"].in_taal(taal),
                xy=(curve.huidig_bruto / 12, 1.0),
                xycoords=("data", "axes fraction"),
                xytext=(4, -2),
                textcoords="offset points",
                va="top",
                fontweight="bold",
            )
        onder.set_xlabel(_TEKSTEN["bruto"].in_taal(taal))
        _legenda(figuur, boven, kolommen=1 if smal else 2)
        if smal:  # fewer ticks on the narrow axis, so the amounts do not run into each other
            for as_ in (boven, onder):
                as_.xaxis.set_major_locator(matplotlib.ticker.MaxNLocator(3))
        uitvoer = io.StringIO()
        figuur.savefig(
            uitvoer,
            format="svg",
            metadata={"Date": None, "Creator": None, "Format": None, "Type": None},
        )
    return _toegankelijk(uitvoer.getvalue(), _TEKSTEN["titel"].in_taal(taal), samenvatting(curve, taal))


def teken_vergelijking(huidig: Curve, variant: Curve, taal: str | None = None) -> str:
    """Today's rules against a policy variant for the same household, as an SVG document: the household's
    net income per month (top) and the marginal pressure per step (bottom), each as two lines."""
    taal = taal or huidig.taal
    matplotlib, Figure = _matplotlib()
    namen = (_TEKSTEN["huidig"].in_taal(taal), _TEKSTEN["variant"].in_taal(taal))
    with _SLOT, matplotlib.rc_context(_RC):
        figuur = Figure(figsize=AFMETING, dpi=100, layout="constrained")
        boven, onder = figuur.subplots(2, 1, sharex=True, height_ratios=(3, 2))
        for curve, naam, kleur, stijl in (
            (huidig, namen[0], KLEUR_HUIDIG, "-"),
            (variant, namen[1], KLEUR_VARIANT, (0, (5, 2))),
        ):
            boven.plot(
                curve.bruto_per_maand, curve.netto_huishouden, color=kleur, linestyle=stijl, linewidth=1.8, label=naam
            )
            onder.stairs(
                numpy.clip(curve.marginale_druk * 100, *DRUK_BEREIK),
                edges=curve.bruto_per_maand,
                color=kleur,
                linestyle=stijl,
                linewidth=1.6,
                baseline=None,
                label=naam,
            )
        boven.set_title(_TEKSTEN["netto"].in_taal(taal), loc="left")
        boven.yaxis.set_major_formatter(lambda y, _: euro(y, taal, centen=False))
        hoogste = max(float(huidig.netto_huishouden.max()), float(variant.netto_huishouden.max()), 1.0)
        boven.set_ylim(0, hoogste * 1.05)
        onder.axhline(100, color="#666666", linewidth=1.0, linestyle=(0, (1, 2)))
        onder.axhline(0, color="#666666", linewidth=0.8)
        onder.set_title(_TEKSTEN["druk"].in_taal(taal), loc="left")
        onder.yaxis.set_major_formatter(lambda y, _: f"{y:.0f}%")
        _assen(boven, onder, huidig.bruto_per_maand[-1], taal)
        onder.set_xlabel(_TEKSTEN["bruto"].in_taal(taal))
        boven.legend(loc="lower right", frameon=True, framealpha=0.9, edgecolor="#cccccc")
        uitvoer = io.StringIO()
        figuur.savefig(uitvoer, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    beschrijving = f"{namen[0]}: {samenvatting(huidig, taal)} {namen[1]}: {samenvatting(variant, taal)}"
    return _toegankelijk(uitvoer.getvalue(), _TEKSTEN["vergelijking"].in_taal(taal), beschrijving)


def _teken_netto(as_, curve: Curve, taal: str) -> None:
    maand = curve.bruto_per_maand
    getoond = curve.getoond
    lagen = [curve.netto_werk] + [curve.regelingen[r][1] for r in getoond]
    namen = [_TEKSTEN["werk"].in_taal(taal)] + [curve.regelingen[r][0] for r in getoond]
    kleuren = [KLEUR_WERK] + [KLEUREN[i % len(KLEUREN)] for i in range(len(getoond))]
    vlakken = as_.stackplot(maand, *lagen, labels=namen, colors=kleuren, edgecolor="white", linewidth=0.6)
    for i, vlak in enumerate(vlakken[1:]):
        if i >= len(KLEUREN):  # colours repeat: a hatch tells them apart
            vlak.set_hatch("//")
    as_.plot(maand, curve.netto_huishouden, color="#000000", linewidth=1.6, label=_TEKSTEN["totaal"].in_taal(taal))
    as_.set_title(_TEKSTEN["netto"].in_taal(taal), loc="left")
    as_.yaxis.set_major_formatter(lambda y, _: euro(y, taal, centen=False))
    as_.set_ylim(0, max(float(curve.netto_huishouden.max()), 1.0) * 1.05)


def _teken_druk(as_, curve: Curve, taal: str) -> None:
    maand = curve.bruto_per_maand
    druk = curve.marginale_druk * 100
    laag, hoog = DRUK_BEREIK
    for grens, kleur, sleutel in ((HOGE_DRUK, KLEUR_HOOG, "hoog"), (ARMOEDEVAL, KLEUR_ARMOEDEVAL, "armoedeval")):
        for i, (begin, einde) in enumerate(_runs(curve.marginale_druk > grens)):
            as_.axvspan(
                maand[begin],
                maand[einde],
                color=kleur,
                linewidth=0,
                label=_TEKSTEN[sleutel].in_taal(taal) if i == 0 else None,
            )
    as_.axhline(100, color="#1a1a1a", linewidth=1.0, linestyle=(0, (5, 3)))
    as_.axhline(0, color="#666666", linewidth=0.8)
    as_.stairs(numpy.clip(druk, laag, hoog), edges=maand, color=KLEUR_DRUK, linewidth=1.6, baseline=None)
    buiten = numpy.flatnonzero(druk > hoog)
    if buiten.size:  # beyond the panel: marked at its edge (the text alternative names the highest value)
        midden = (maand[buiten] + maand[buiten + 1]) / 2
        as_.plot(midden, numpy.full(buiten.size, hoog), "^", color=KLEUR_DRUK, clip_on=False, markersize=6)
    as_.set_ylim(max(laag, min(0.0, float(druk.min()) - 5)), min(hoog, max(110.0, float(druk.max()) + 5)))
    as_.yaxis.set_major_formatter(lambda y, _: f"{y:.0f}%")
    as_.set_title(_TEKSTEN["druk"].in_taal(taal), loc="left")
    if as_.get_legend_handles_labels()[0]:
        as_.legend(loc="best", frameon=True, framealpha=0.9, edgecolor="#cccccc")


def _runs(masker: numpy.ndarray) -> list[tuple[int, int]]:
    """(first point, last point) of each run of steps where ``masker`` holds: step i runs from point i to i+1."""
    randen = numpy.flatnonzero(numpy.diff(numpy.concatenate(([0], masker.astype(int), [0]))))
    return list(zip(randen[::2].tolist(), randen[1::2].tolist(), strict=True))


def _legenda(figuur, boven, kolommen: int = 2) -> None:
    """The legend above the panels, the top of the stack first (as the areas lie)."""
    vlakken, namen = boven.get_legend_handles_labels()
    # the stack's layers come first in drawing order, the total line last: list the total, then top-down
    volgorde = [len(vlakken) - 1, *range(len(vlakken) - 2, -1, -1)]
    figuur.legend(
        [vlakken[i] for i in volgorde],
        [namen[i] for i in volgorde],
        loc="outside upper left",
        ncols=kolommen,
        frameon=False,
    )


def _toegankelijk(svg: str, titel: str, beschrijving: str) -> str:
    """The bare ``<svg>`` element (no XML declaration, no DOCTYPE with its external DTD), with a title and a
    description for assistive technology."""
    begin = svg.index("<svg")
    einde_tag = svg.index(">", begin) + 1
    open_tag = svg[begin:einde_tag].replace(
        "<svg ", '<svg role="img" aria-labelledby="curve-titel curve-beschrijving" ', 1
    )
    toegevoegd = (
        f'\n <title id="curve-titel">{escape(titel)}</title>'
        f'\n <desc id="curve-beschrijving">{escape(beschrijving)}</desc>'
    )
    return open_tag + toegevoegd + svg[einde_tag:]


_LAND = {
    "titel": Tekst(
        "Gemiddeld verschil per huishouden, per inkomensdeciel",
        "Average difference per household, by income decile",
    ),
    "as": Tekst("Euro per maand", "Euros per month"),
    "deciel": Tekst(
        "Deciel van het gestandaardiseerd besteedbaar inkomen (1 = laagste 10%)",
        "Decile of standardised disposable income (1 = lowest 10%)",
    ),
}
KLEUR_WINST = "#0072b2"
KLEUR_VERLIES = "#d55e00"


def teken_decielen(antwoord: dict, beschrijving: str, taal: str = "nl") -> str:
    """The average gain or loss per household per month in each income decile of a population answer with a variant
    (``POST /v1/populatie``), as an SVG bar chart; ``beschrijving`` is its text alternative."""
    matplotlib, Figure = _matplotlib()
    decielen = [d["deciel"] for d in antwoord["decielen"]]
    verschil = [(d.get("gemiddeld_verschil") or 0.0) / 12 for d in antwoord["decielen"]]
    with _SLOT, matplotlib.rc_context({**_RC, "font.size": 12, "axes.titlesize": 13}):
        figuur = Figure(figsize=(7.2, 4.2), dpi=100, layout="constrained")
        as_ = figuur.subplots()
        kleuren = [KLEUR_WINST if v >= 0 else KLEUR_VERLIES for v in verschil]
        staven = as_.bar(decielen, verschil, color=kleuren, edgecolor="#1a1a1a", linewidth=0.6)
        as_.bar_label(staven, labels=[euro(v, taal, centen=False) for v in verschil], padding=2, fontsize=11)
        as_.axhline(0, color="#1a1a1a", linewidth=0.9)
        as_.set_xticks(decielen)
        as_.set_xlabel(_LAND["deciel"].in_taal(taal))
        as_.set_ylabel(_LAND["as"].in_taal(taal))
        as_.yaxis.set_major_formatter(lambda y, _: euro(y, taal, centen=False))
        as_.set_title(_LAND["titel"].in_taal(taal), loc="left")
        laag, hoog = min(min(verschil), 0.0), max(max(verschil), 0.0)
        marge = max(hoog - laag, 1.0) * 0.15
        as_.set_ylim(laag - (marge if laag < 0 else 0), hoog + marge)
        as_.grid(axis="y", color="#d9d9d9", linewidth=0.6)
        as_.set_axisbelow(True)
        uitvoer = io.StringIO()
        figuur.savefig(uitvoer, format="svg", metadata={"Date": None, "Creator": None, "Format": None, "Type": None})
    return _toegankelijk(uitvoer.getvalue(), _LAND["titel"].in_taal(taal), beschrijving)
