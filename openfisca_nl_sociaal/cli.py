"""The ``nl-sociaal`` command: ``serve`` starts the API, ``aanspraken`` answers for a situation file, ``populatie``
runs the population simulation (optionally on a Dask cluster)."""

from __future__ import annotations

import argparse
import json
import sys

from tqdm import tqdm

from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer
from openfisca_nl_sociaal.opmaak import euro
from openfisca_nl_sociaal.populatie.uitvoering import bereken_populatie, lees_varianten, lees_verzoek
from openfisca_nl_sociaal.server import serve


def _aanspraken(pad: str, taal: str) -> int:
    try:
        try:
            with open(pad, encoding="utf-8") as bestand:
                verzoek = json.load(bestand)
        except OSError as fout:
            raise Probleem(
                status=400, title="Bestand niet leesbaar / File not readable", detail=str(fout.strerror or fout)
            ) from None
        except (ValueError, UnicodeDecodeError):
            raise ongeldige_invoer([InvalidParam("", "Geen geldige JSON / Not valid JSON")]) from None
        antwoord = bereken_aanspraken(verzoek, taal=taal)
    except Probleem as probleem:
        json.dump(probleem.as_json(), sys.stderr, ensure_ascii=False, indent=2)
        sys.stderr.write("\n")
        return 2
    json.dump(antwoord, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _wijziging(tekst: str) -> dict:
    """``PAD=WAARDE[@VANAF]`` as a change of ``POST /v1/varianten`` (checked there)."""
    pad, _, rest = tekst.partition("=")
    waarde, _, vanaf = rest.partition("@")
    try:
        getal: object = json.loads(waarde)
    except ValueError:
        getal = waarde
    return {"parameter": pad, "waarde": getal, "vanaf": vanaf or "2020-01-01"}


def _populatie(args) -> int:
    verzoek: dict = {"jaar": args.jaar, "steekproef": args.steekproef, "zaad": args.zaad}
    if args.hervorming:
        verzoek["hervormingen"] = args.hervorming
    if args.wijziging:
        verzoek["wijzigingen"] = [_wijziging(w) for w in args.wijziging]
    try:
        gelezen = lees_verzoek(verzoek)
        if args.varianten:
            with open(args.varianten, encoding="utf-8") as bestand:
                gelezen = lees_varianten(gelezen, json.load(bestand))
    except Probleem as probleem:
        json.dump(probleem.as_json(), sys.stderr, ensure_ascii=False, indent=2)
        sys.stderr.write("\n")
        return 2
    except (OSError, ValueError) as fout:
        sys.stderr.write(f"nl-sociaal populatie: {fout}\n")
        return 2
    balk = tqdm(total=None, desc="populatie", unit="deel", file=sys.stderr, disable=args.stil)

    def voortgang(klaar: int, totaal: int) -> None:
        balk.total = totaal
        balk.update(klaar - balk.n)

    antwoorden = bereken_populatie(gelezen, dask=args.dask, voortgang=voortgang)
    balk.close()
    if args.json:
        json.dump(antwoorden if args.varianten else antwoorden[0], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for antwoord in antwoorden:
            sys.stdout.write(_als_tekst(antwoord))
    return 0


def _als_tekst(antwoord: dict) -> str:
    """The answer as a short table for a terminal (the JSON has everything)."""
    p = antwoord["populatie"]
    regels = [
        f"Populatie {antwoord['jaar']}: {p['huishoudens']:,} huishoudens, {p['personen']:,} personen "
        f"(gesimuleerd {p['gesimuleerde_huishoudens']:,}, steekproef {p['steekproef']}, zaad {p['zaad']})",
        f"{'regeling':42} {'uitgaven/jaar':>18} {'gezinnen':>11} {'bij gebruik':>18} {'variant':>18}",
    ]
    for r in antwoord["regelingen"]:

        def geld(x) -> str:
            return "onbekend" if x is None else euro(x, "nl", centen=False)

        variant = geld(r["variant"]["uitgaven_per_jaar"]) if "variant" in r else ""
        gezinnen = "onbekend" if r["ontvangers_gezinnen"] is None else f"{r['ontvangers_gezinnen']:,}"
        regels.append(
            f"{r['id']:42} {geld(r['uitgaven_per_jaar']):>18} {gezinnen:>11} {geld(r['uitgaven_bij_gebruik']):>18}"
            f" {variant:>18}"
        )
    if "winnaars_verliezers" in antwoord:
        w = antwoord["winnaars_verliezers"]
        regels.append(
            f"Erop vooruit {w['erop_vooruit']:,}, erop achteruit {w['erop_achteruit']:,}, gelijk {w['gelijk']:,} "
            f"(meer dan € {w['drempel_per_maand']:.0f} per maand)"
        )
    regels.append(
        f"Onder het sociaal minimum: {antwoord['armoede']['huishoudens_onder_sociaal_minimum']:,} huishoudens"
    )
    return "\n".join(regels) + "\n\n"


def _serve(host: str, port: int, workers: int) -> int:
    serve(host, port, workers)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nl-sociaal", description="Nederlandse sociale regelingen als code.")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="start de rekenservice (API) / start the API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="aantal werkprocessen / worker processes")
    aanspraken = commands.add_parser(
        "aanspraken", help="bereken de aanspraken voor een situatie / compute entitlements"
    )
    aanspraken.add_argument("situatie", help="JSON-bestand met de situatie, zoals POST /v1/aanspraken")
    aanspraken.add_argument("--taal", choices=("nl", "en"), default="nl")
    populatie = commands.add_parser(
        "populatie", help="reken alle regelingen door voor de synthetische bevolking / simulate the population"
    )
    populatie.add_argument("--jaar", type=int, default=2025)
    populatie.add_argument("--hervorming", action="append", default=[], help="id uit GET /v1/hervormingen")
    populatie.add_argument(
        "--wijziging", action="append", default=[], help="PAD=WAARDE[@VANAF], zoals in POST /v1/varianten"
    )
    populatie.add_argument(
        "--varianten",
        help="JSON-bestand: een lijst van varianten ({hervormingen, wijzigingen}), in één taak doorgerekend / "
        "a sweep of variants as one job",
    )
    populatie.add_argument("--steekproef", type=float, default=1.0, help="deel van de huishoudens (0-1)")
    populatie.add_argument("--zaad", type=int, default=1, help="zaad van de trekking / seed")
    populatie.add_argument(
        "--dask",
        help="adres van een Dask-scheduler, of 'local' (twee werkprocessen hier), 'local:N' (N werkprocessen)",
    )
    populatie.add_argument("--json", action="store_true", help="het antwoord van POST /v1/populatie")
    populatie.add_argument("--stil", action="store_true", help="geen voortgangsbalk / no progress bar")
    args = parser.parse_args(argv)
    if args.command == "populatie":
        return _populatie(args)
    if args.command == "serve":
        return _serve(args.host, args.port, args.workers)
    return _aanspraken(args.situatie, args.taal)


if __name__ == "__main__":
    sys.exit(main())
