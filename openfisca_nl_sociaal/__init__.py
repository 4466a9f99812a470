"""openfisca-nl-sociaal: Dutch social regulations as OpenFisca rules.

``CountryTaxBenefitSystem`` is what OpenFisca tools expect of a country package
(``openfisca test``, ``openfisca serve --country-package openfisca_nl_sociaal``).
"""

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


PARAMETERS_DIR = _data_dir("parameters")
VARIABLES_DIR = _data_dir("variables")


class CountryTaxBenefitSystem(TaxBenefitSystem):
    """The Dutch social regulations: entities, parameters and variables of this package."""

    def __init__(self) -> None:
        super().__init__(entities.entities)
        self.add_variables_from_directory(str(VARIABLES_DIR))
        self.load_parameters(str(PARAMETERS_DIR))
