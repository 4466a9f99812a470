"""Algemene bijstand: the norm that applies to the gezin (Participatiewet, BWBR0015703, art. 23 and 24).

In a dwelling it is the norm of art. 20-22a (``normen.py``); this module adds the inrichting (art. 23) and the
spouse without a right to algemene bijstand (art. 24; who has no right: art. 13, ``recht.py``).

Choices and limits, documented:

- Inrichting (art. 23, the optional fact ``inrichting`` of the huishouden): the inrichtingsnorm with its
  verhoging; a couple of whom one lives in an inrichting gets the sum of both alleenstaande norms (lid 3).
  The 5% vakantietoeslag is reserved from it as from every norm (art. 19 lid 3).
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin, Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable, op_centen

PW = wetten.tekst(wetten.PARTICIPATIEWET)


class bijstand__in_inrichting(Variable):
    """The person lives in an inrichting (art. 1 onder f, art. 23): their huishouden is one."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Verblijft in een inrichting / Lives in an institution"
    reference = f"{PW}#Artikel23"

    def formula(persoon, period):
        return persoon.huishouden("inrichting", period)


class bijstand__eigen_norm(MoneyVariable):
    """The norm of one rightful partner taken on their own, for art. 23 lid 3 and art. 24: with
    kostendelers their kostendelersnorm (art. 22a lid 2); otherwise, as the sole rightful spouse, 50% of
    the gehuwdennorm for their age (art. 24), or, beside a spouse in an inrichting, the alleenstaande
    norm for their age (art. 23 lid 3)."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    label = "Eigen norm van een partner / A partner's own norm"
    reference = [f"{PW}#Artikel23", f"{PW}#Artikel24"]

    def formula(persoon, period, parameters):
        p = parameters(period).participatiewet
        n = p.normen
        leeftijd = persoon("leeftijd", period)
        aow = persoon("aow_leeftijd_bereikt", period)
        jong = leeftijd < p.jongerenleeftijd
        kinderen = persoon.gezin.nb_persons(Gezin.KIND) > 0
        gehuwdennorm = numpy.select(
            [aow, jong * kinderen, jong],
            [
                n.gehuwden_aow_leeftijd,
                n.gehuwden_beiden_18_tot_21_met_kinderen,
                n.gehuwden_beiden_18_tot_21_zonder_kinderen,
            ],
            n.gehuwden_21_tot_aow_leeftijd,
        )
        alleenstaandenorm = numpy.select(
            [aow, jong], [n.alleenstaande_aow_leeftijd, n.alleenstaande_18_tot_21], n.alleenstaande_21_tot_aow_leeftijd
        )
        leden = persoon.gezin.members
        # only a rightful spouse in an inrichting brings art. 23 lid 3; a spouse without a right, art. 24
        partner_in_inrichting = persoon.gezin.any(
            leden("bijstand__rechthebbende", period) * leden("bijstand__in_inrichting", period), role=Gezin.PARTNER
        )
        zonder_kostendelers = numpy.where(partner_in_inrichting, alleenstaandenorm, op_centen(0.5 * gehuwdennorm))
        kostendelers = (persoon.gezin("bijstand__aantal_kostendelers", period) > 0) * (
            leeftijd >= p.kostendelersnorm.minimumleeftijd_belanghebbende
        )
        return numpy.where(
            kostendelers, persoon.gezin("bijstand__kostendelersnorm_per_persoon", period), zonder_kostendelers
        )


class bijstand__norm(MoneyVariable):
    """The bijstandsnorm that applies to the gezin, per month, vakantietoeslag included:

    - both partners (or the alleenstaande) have a right and live in a dwelling: art. 20-22a;
    - all of them live in an inrichting: the inrichtingsnorm plus its verhoging (art. 23 lid 1-2);
    - one spouse in an inrichting: the sum of the alleenstaande norms of each (art. 23 lid 3);
    - one spouse without a right: the other's own norm (art. 24, art. 22a lid 2), or the inrichtingsnorm
      for an alleenstaande if that one lives in an inrichting.
    """

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Toepasselijke bijstandsnorm / Applicable social assistance norm"
    reference = [f"{PW}#Artikel21", f"{PW}#Artikel22a", f"{PW}#Artikel23", f"{PW}#Artikel24"]

    def formula(gezin, period, parameters):
        i = parameters(period).participatiewet.inrichting
        persoon = gezin.members
        recht = persoon("bijstand__rechthebbende", period)
        inrichting = persoon("bijstand__in_inrichting", period)
        partners = gezin.nb_persons(Gezin.PARTNER)
        rechthebbenden = gezin.sum(recht, role=Gezin.PARTNER)
        in_inrichting = gezin.sum(recht * inrichting, role=Gezin.PARTNER)
        inrichting_alleenstaande = i.norm_alleenstaande + i.verhoging_alleenstaande
        eigen_normen_buiten_inrichting = gezin.sum(
            recht * numpy.logical_not(inrichting) * persoon("bijstand__eigen_norm", period), role=Gezin.PARTNER
        )
        return numpy.select(
            [
                rechthebbenden == 0,
                in_inrichting == partners,
                (in_inrichting == 0) * (rechthebbenden == partners),
                in_inrichting == 0,
            ],
            [
                0,
                numpy.where(partners == 2, i.norm_gehuwden + i.verhoging_gehuwden, inrichting_alleenstaande),
                gezin("bijstand__norm_in_woning", period),
                eigen_normen_buiten_inrichting,
            ],
            # one rightful partner in an inrichting: the inrichtingsnorm for an alleenstaande, plus the
            # alleenstaande norm of a rightful spouse at home (art. 23 lid 3)
            inrichting_alleenstaande + eigen_normen_buiten_inrichting,
        )
