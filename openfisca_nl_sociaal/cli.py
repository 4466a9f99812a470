"""The ``nl-sociaal`` command: ``serve`` starts the API, ``aanspraken`` answers for a situation file."""

from __future__ import annotations

import argparse
import json
import sys

from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken
from openfisca_nl_sociaal.invoer.problemen import InvalidParam, Probleem, ongeldige_invoer
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
    args = parser.parse_args(argv)
    if args.command == "serve":
        return _serve(args.host, args.port, args.workers)
    return _aanspraken(args.situatie, args.taal)


if __name__ == "__main__":
    sys.exit(main())
