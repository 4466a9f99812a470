"""Named reforms: real proposals from the Dutch policy debate, as OpenFisca reforms.

Each is a :class:`~openfisca_nl_sociaal.beleid.hervorming.Hervorming`: an openfisca-core ``Reform`` that applies a
list of parameter changes in the same form as ``POST /v1/varianten`` takes them, by the same mechanism, with
its source in its docstring and in ``bronnen``. A request names one by its ``id``
(``{"hervormingen": ["kinderopvangtoeslag_96_procent"]}``); ``GET /v1/hervormingen`` lists them. As plain
OpenFisca reforms they also work outside the API, e.g. ``KinderopvangtoeslagVoorIedereen96Procent(tbs)``.

Installed as ``openfisca_nl_sociaal.reforms`` (the top-level ``reforms/`` folder, see pyproject.toml).
"""

from openfisca_nl_sociaal.reforms.kinderopvangtoeslag_96_procent import KinderopvangtoeslagVoorIedereen96Procent
from openfisca_nl_sociaal.reforms.kostendelersnorm_afschaffen import KostendelersnormAfschaffen
from openfisca_nl_sociaal.reforms.maximum_uurprijs_niet_indexeren_2026 import MaximumUurprijsNietIndexeren2026

#: id -> reform, in the order ``GET /v1/hervormingen`` lists them
HERVORMINGEN = {
    hervorming.id: hervorming
    for hervorming in (
        KinderopvangtoeslagVoorIedereen96Procent,
        MaximumUurprijsNietIndexeren2026,
        KostendelersnormAfschaffen,
    )
}

__all__ = [
    "HERVORMINGEN",
    "KinderopvangtoeslagVoorIedereen96Procent",
    "KostendelersnormAfschaffen",
    "MaximumUurprijsNietIndexeren2026",
]
