"""A request in, a simulation out: the fact table (``feiten``), reading and checking a situation (``situatie``),
simulations built from arrays (``simulaties``) and the problem details of bad input (``problemen``)."""
