"""Benchmarks: start-up, one citizen's answer, and a vectorised simulation over many households.

Run: ``.venv/bin/python bench/bench_aanspraken.py``. Figures go into the README; never into tests.
"""

import json
import statistics
import time
from pathlib import Path

import numpy

VOORBEELD = json.loads(
    (Path(__file__).resolve().parent.parent / "tests" / "voorbeelden" / "gezin_met_kind.json").read_text()
)


def _meet(functie, herhalingen):
    tijden = []
    for _ in range(herhalingen):
        begin = time.perf_counter()
        functie()
        tijden.append(time.perf_counter() - begin)
    return statistics.median(tijden), min(tijden)


def main():
    begin = time.perf_counter()
    from openfisca_nl_sociaal import tax_benefit_system
    from openfisca_nl_sociaal.antwoord.aanspraken import bereken_aanspraken

    tbs = tax_benefit_system()
    print(f"start-up (import + load rules): {time.perf_counter() - begin:.2f} s")

    mediaan, snelste = _meet(lambda: bereken_aanspraken(VOORBEELD), 200)
    print(f"POST /v1/aanspraken logic, contract example: median {mediaan * 1000:.1f} ms, best {snelste * 1000:.1f} ms")

    from openfisca_core.simulations import SimulationBuilder

    for n in (1_000, 10_000):

        def simuleer(n=n):
            builder = SimulationBuilder()
            builder.create_entities(tbs)
            builder.declare_person_entity("persoon", [f"p{i}" for i in range(n)])
            for entiteit in ("gezin", "huishouden"):
                groep = builder.declare_entity(entiteit, [f"{entiteit}{i}" for i in range(n)])
                rol = "partner" if entiteit == "gezin" else "bewoner"
                builder.join_with_persons(groep, [f"{entiteit}{i}" for i in range(n)], [rol] * n)
            simulatie = builder.build(tbs)
            simulatie.set_input("geboortedatum", "ETERNITY", numpy.full(n, "1980-01-01", dtype="datetime64[D]"))
            simulatie.set_input("toetsingsinkomen", "2025", numpy.linspace(0, 60_000, n))
            simulatie.set_input("vermogen", "2025", numpy.zeros(n))
            simulatie.set_input("verzekerd_zvw", "2025-03", numpy.ones(n, dtype=bool))
            simulatie.set_input("woont_in_nederland", "2025-03", numpy.ones(n, dtype=bool))
            return simulatie.calculate("zorgtoeslag", "2025-03")

        mediaan, _ = _meet(simuleer, 5)
        print(
            f"zorgtoeslag for {n:,} households, built from arrays: {mediaan * 1000:.0f} ms ({mediaan / n * 1e6:.1f} µs per household)"
        )


if __name__ == "__main__":
    main()
