"""The synthetic population of the Netherlands and its simulation, for policy makers (``POST /v1/populatie``).

- :mod:`.model`: what a chunk of the population is (arrays named by the engine's input variables);
- :mod:`.generator`: the deterministic draw from published statistics (``gegevens/``), weighted by
  :mod:`.kalibratie`;
- :mod:`.simulatie`: every scheme over the year for every household, chunk by chunk, on one machine or a
  Dask cluster, reduced to the contract's answer.
"""
