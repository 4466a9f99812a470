"""The income estimate counts the AOW at January's amounts (variables/wet_inkomstenbelasting_2001/box_1.py).

A scheme that computes with the estimate (its laws include the Wet IB 2001) may reach no further than the year
whose January the AOW's known rules cover: else a pensioner's estimated income in that year would silently use
the last known AOW. Adding a year of values for a toeslag without the AOW's January of that year fails here.
"""

import datetime

from openfisca_nl_sociaal import CountryTaxBenefitSystem
from openfisca_nl_sociaal.regelingen import REGELINGEN


def test_schatting_reikt_niet_voorbij_de_aow():
    aow = CountryTaxBenefitSystem().parameters.algemene_ouderdomswet.metadata["bekend_tot"]
    aow_bekend_tot = datetime.date.fromisoformat(str(aow))
    gecontroleerd = 0
    for regeling in REGELINGEN:
        if "wet_inkomstenbelasting_2001" not in regeling.wetten:
            continue
        horizon = regeling.bekend_tot()
        assert horizon is not None, regeling.id
        assert datetime.date(horizon.year, 1, 1) <= aow_bekend_tot, (regeling.id, horizon, aow_bekend_tot)
        gecontroleerd += 1
    assert gecontroleerd >= 6  # the four toeslagen, bijstand and AIO at least
