"""openfisca-nl-sociaal: Dutch social regulations as OpenFisca rules.

``CountryTaxBenefitSystem`` is what OpenFisca tools expect of a country package
(``openfisca test``, ``openfisca serve --country-package openfisca_nl_sociaal``); the product reaches the
one system of its process through :func:`tax_benefit_system`, and the versions that fix a computation
through :func:`versie`.

The sub-packages by role: ``regels`` (what ``variables/`` import: money, dates, the Awir, municipal look-up,
the laws' addresses), ``regelingen`` (the scheme catalogue), ``invoer`` (a request in, a simulation out),
``antwoord`` (entitlements, ranges, explanation, toetsing) and ``beleid`` (the policy maker's tools).
"""

from functools import lru_cache
from importlib import metadata
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from openfisca_nl_sociaal import entities

try:
    __version__ = version("openfisca-nl-sociaal")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0"


def _data_dir(name: str) -> Path:
    """Where the top-level ``parameters/`` or ``variables/`` folder lives.

    An installed wheel carries them inside the package (see ``[tool.setuptools]`` in pyproject.toml);
    a checkout has them beside the package.
    """
    inside = Path(__file__).resolve().parent / name
    if inside.is_dir():
        return inside
    beside = Path(__file__).resolve().parent.parent / name
    if beside.is_dir():
        return beside
    msg = f"openfisca-nl-sociaal is installed without its {name}/ folder"
    raise RuntimeError(msg)


#: Where the wheel puts each top-level folder of the repository (pyproject.toml, ``[tool.setuptools]``
#: ``package-dir``; a house test keeps the two in step).
IN_HET_WIEL = {
    "parameters": "openfisca_nl_sociaal/parameters",
    "variables": "openfisca_nl_sociaal/variables",
    "api": "openfisca_nl_sociaal/api",
    "reforms": "openfisca_nl_sociaal/reforms",
}


def bron_in_repository(url: str) -> str:
    """A ``source`` link of core's web API (``<repository>/blob/<version>/<path>``) with the path the repository has.

    Core takes the path relative to the folder the package is installed in, so an installed wheel links to
    ``…/blob/0.4.0/openfisca_nl_sociaal/parameters/…``, a path that exists only inside the wheel (issue 19).
    The version is the release's git tag.
    """
    for repository, wiel in IN_HET_WIEL.items():
        url = url.replace(f"/{wiel}/", f"/{repository}/", 1)
    return url


PARAMETERS_DIR = _data_dir("parameters")
VARIABLES_DIR = _data_dir("variables")


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """The Dutch social regulations: entities, parameters and variables of this package."""

    def __init__(self) -> None:
        super().__init__(entities.entities)
        self.add_variables_from_directory(str(VARIABLES_DIR))
        self.load_parameters(str(PARAMETERS_DIR))


@lru_cache(maxsize=1)
def tax_benefit_system() -> CountryTaxBenefitSystem:
    """The one tax-benefit system of this process (loading it takes a second; it is read-only)."""
    return CountryTaxBenefitSystem()


@lru_cache(maxsize=1)
def _versies() -> tuple[tuple[str, str], ...]:
    return (("rekenregels", __version__), ("openfisca_core", metadata.version("openfisca-core")))


def versie() -> dict[str, str]:
    """The versions that fix a computation: these rules and the engine that ran them."""
    return dict(_versies())
