"""Inkomstenbelasting box 1 on wage, pension and AOW (Wet inkomstenbelasting 2001, BWBR0011353), for an estimate.

Citizens rarely know their toetsingsinkomen or net income; they know their bruto wage and pension. From the
optional facts ``bruto_loon`` (the yearly wage, holiday pay included) and ``bruto_pensioen`` (a supplementary
pension or annuity per year) and, at AOW age, the AOW the engine computes itself (from ``aow_verzekerde_jaren``),
the engine estimates the box 1 income and what the tax and the premies volksverzekeringen leave of it. All three
are loon in the sense of art. 3.81 (the AOW and a pension are taxed as loon: Wet op de loonbelasting 1964 art. 10
and 11). The estimate:

- includes: the box 1 tariff (art. 2.10, for who was born before 1946 art. 2.10a), the premies
  volksverzekeringen (AOW, Anw, Wlz; Wfsv art. 10) over the premie-inkomen up to the first bracket limit,
  the algemene heffingskorting (art. 8.10), the arbeidskorting (art. 8.11) and the ouderenkorting
  (art. 8.17); at AOW age no AOW premium, and the kortingen reduced to their non-AOW share (art. 8.3-8.7);
- counts the AOW of a person at AOW age on the first day of the year at January's amounts, twelve months and
  the vakantie-uitkering (AOW art. 9, 13, 29): a person who reaches AOW age within the year is estimated
  without it for that year, as the rest of the AOW-age rules here; the AOW of a year whose January lies
  past the AOW's known rules would be January's of the last known year, which the house test
  ``tests/pakket/test_horizon_schatting.py`` prevents (no scheme that reads the estimate may reach past the
  January of the AOW's last known year);
- leaves out: other income (profit, box 2 and 3; a UWV benefit belongs in ``bruto_loon``), deductions (mortgage interest,
  pension premiums paid by the employee, gifts, care costs), other kortingen (inkomensafhankelijke
  combinatiekorting, alleenstaande-ouderenkorting, jonggehandicaptenkorting), the Zvw bijdrage (paid by
  the employer for employees) and the monthly timing of the loonheffing. The AOW-age rules apply for a
  year when AOW age was reached by its first day.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

IB = wetten.tekst(wetten.WET_INKOMSTENBELASTING_2001)
WFSV = wetten.tekst(wetten.WET_FINANCIERING_SOCIALE_VERZEKERINGEN)


class inkomstenbelasting__aow_leeftijd(Variable):
    """AOW age reached by the first day of the year: no AOW premium, kortingen at their AOW-age share."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "AOW-leeftijd bereikt bij het begin van het jaar / State pension age reached at the start of the year"
    reference = [f"{IB}#Artikel2.10a", f"{WFSV}#Artikel10"]

    def formula(persoon, period):
        return persoon("aow_leeftijd_bereikt", period.first_month)


class inkomstenbelasting__geboren_voor_1946(Variable):
    """Born before 1 January 1946: the first bracket of art. 2.10a applies."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Geboren vóór 1946 / Born before 1946"
    reference = f"{IB}#Artikel2.10a"

    def formula(persoon, period):
        return persoon("geboortedatum", period) < numpy.datetime64("1946-01-01")


class inkomstenbelasting__aow_per_jaar(MoneyVariable):
    """The AOW of the year for the estimate: for a person at AOW age on the year's first day, twelve months at
    January's amounts and the vakantie-uitkering (AOW art. 9, 13, 29; the module's limits)."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "AOW per jaar voor de schatting / State pension per year for the estimate"
    reference = [wetten.tekst(wetten.ALGEMENE_OUDERDOMSWET, "Artikel9"), f"{IB}#Artikel3.81"]

    def formula(persoon, period):
        januari = period.first_month
        aow = persoon("aow__bruto_per_jaar", januari) + persoon("aow__vakantie_uitkering_per_jaar", januari)
        return persoon("inkomstenbelasting__aow_leeftijd", period) * aow


class inkomstenbelasting__belastbaar_inkomen_uit_werk(MoneyVariable):
    """Taxable income from work and home, estimated as wage, pension and AOW (art. 3.1, 3.81; the module's
    limits)."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Belastbaar inkomen uit werk en woning (schatting) / Taxable income from work (estimate)"
    reference = [f"{IB}#Artikel3.1", f"{IB}#Artikel3.81"]

    def formula(persoon, period):
        return (
            persoon("bruto_loon", period)
            + persoon("bruto_pensioen", period)
            + persoon("inkomstenbelasting__aow_per_jaar", period)
        )


class inkomstenbelasting__belasting_box_1(MoneyVariable):
    """Tax over box 1 by the brackets of art. 2.10 (art. 2.10a for who was born before 1946), premies excluded."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Inkomstenbelasting box 1 / Box 1 income tax"
    reference = [f"{IB}#Artikel2.10", f"{IB}#Artikel2.10a"]

    def formula(persoon, period, parameters):
        ib = parameters(period).wet_inkomstenbelasting_2001
        inkomen = persoon("inkomstenbelasting__belastbaar_inkomen_uit_werk", period)
        return numpy.where(
            persoon("inkomstenbelasting__geboren_voor_1946", period),
            ib.tarief_geboren_voor_1946.calc(inkomen),
            ib.tarief.calc(inkomen),
        )


class inkomstenbelasting__premie_volksverzekeringen(MoneyVariable):
    """Premies AOW, Anw and Wlz over the premie-inkomen, capped at the first bracket (Wfsv art. 8-11).

    No AOW premium at AOW age (Wfsv art. 10 lid 2 jo. art. 9).
    """

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Premie volksverzekeringen / National insurance contributions"
    reference = [f"{WFSV}#Artikel8", f"{WFSV}#Artikel10"]

    def formula(persoon, period, parameters):
        p = parameters(period)
        premie = p.wet_financiering_sociale_verzekeringen.premie_volksverzekeringen
        grens = numpy.where(
            persoon("inkomstenbelasting__geboren_voor_1946", period),
            p.wet_inkomstenbelasting_2001.tarief_geboren_voor_1946.thresholds[1],
            p.wet_inkomstenbelasting_2001.tarief.thresholds[1],
        )
        premie_inkomen = numpy.minimum(persoon("inkomstenbelasting__belastbaar_inkomen_uit_werk", period), grens)
        aow = numpy.where(persoon("inkomstenbelasting__aow_leeftijd", period), 0.0, premie.aow)
        return premie_inkomen * (aow + premie.anw + premie.wlz)


class inkomstenbelasting__aandeel_heffingskortingen(Variable):
    """Share of the kortingen a person gets: 1 below AOW age; at AOW age the non-AOW share (art. 8.3-8.7).

    The kortingen are split over the tax and each premium in proportion to the first-bracket rates;
    who pays no AOW premium gets no AOW part: (belasting + Anw + Wlz) / (belasting + AOW + Anw + Wlz).
    """

    value_type = float
    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Aandeel in de heffingskortingen / Share of the tax credits"
    reference = [f"{IB}#Artikel8.3", f"{IB}#Artikel8.7"]

    def formula(persoon, period, parameters):
        p = parameters(period)
        premie = p.wet_financiering_sociale_verzekeringen.premie_volksverzekeringen
        belasting = p.wet_inkomstenbelasting_2001.tarief.rates[0]
        aandeel_aow_leeftijd = (belasting + premie.anw + premie.wlz) / (
            belasting + premie.aow + premie.anw + premie.wlz
        )
        return numpy.where(persoon("inkomstenbelasting__aow_leeftijd", period), aandeel_aow_leeftijd, 1.0)


class inkomstenbelasting__algemene_heffingskorting(MoneyVariable):
    """Algemene heffingskorting (art. 8.10): the maximum, less a percentage of income above the afbouwgrens."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Algemene heffingskorting / General tax credit"
    reference = f"{IB}#Artikel8.10"

    def formula(persoon, period, parameters):
        ahk = parameters(period).wet_inkomstenbelasting_2001.algemene_heffingskorting
        inkomen = persoon("inkomstenbelasting__belastbaar_inkomen_uit_werk", period)
        korting = numpy.maximum(ahk.maximum - ahk.afbouwpercentage * numpy.maximum(inkomen - ahk.afbouwgrens, 0), 0)
        return korting * persoon("inkomstenbelasting__aandeel_heffingskortingen", period)


class inkomstenbelasting__arbeidskorting(MoneyVariable):
    """Arbeidskorting (art. 8.11 lid 2), in the four steps of the article, on the arbeidsinkomen.

    a: a percentage of the arbeidsinkomen up to a maximum; b: plus a percentage above grens b, a and b
    together up to a maximum; c: plus a percentage above grens c, up to the maximum arbeidskorting;
    d: less a percentage above the afbouwgrens, not below nil.
    """

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Arbeidskorting / Employment tax credit"
    reference = f"{IB}#Artikel8.11"

    def formula(persoon, period, parameters):
        ak = parameters(period).wet_inkomstenbelasting_2001.arbeidskorting
        inkomen = persoon("bruto_loon", period)
        a = numpy.minimum(ak.percentage_a * inkomen, ak.maximum_a)
        ab = numpy.minimum(a + ak.percentage_b * numpy.maximum(inkomen - ak.grens_b, 0), ak.maximum_b)
        abc = numpy.minimum(ab + ak.percentage_c * numpy.maximum(inkomen - ak.grens_c, 0), ak.maximum)
        korting = numpy.maximum(abc - ak.afbouwpercentage * numpy.maximum(inkomen - ak.afbouwgrens, 0), 0)
        return korting * persoon("inkomstenbelasting__aandeel_heffingskortingen", period)


class inkomstenbelasting__ouderenkorting(MoneyVariable):
    """Ouderenkorting (art. 8.17) at AOW age: the maximum, less 15% of income above the grens."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Ouderenkorting / Elderly tax credit"
    reference = f"{IB}#Artikel8.17"

    def formula(persoon, period, parameters):
        ok = parameters(period).wet_inkomstenbelasting_2001.ouderenkorting
        inkomen = persoon("inkomstenbelasting__belastbaar_inkomen_uit_werk", period)
        korting = numpy.maximum(ok.maximum - ok.afbouwpercentage * numpy.maximum(inkomen - ok.inkomensgrens, 0), 0)
        return persoon("inkomstenbelasting__aow_leeftijd", period) * korting


class inkomstenbelasting__te_betalen(MoneyVariable):
    """Tax and premies on the wage after the heffingskortingen, never below nil (art. 8.1)."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Te betalen inkomstenbelasting en premies / Income tax and contributions due"
    reference = [f"{IB}#Artikel2.10", f"{IB}#Artikel8.1"]

    def formula(persoon, period):
        heffing = persoon("inkomstenbelasting__belasting_box_1", period) + persoon(
            "inkomstenbelasting__premie_volksverzekeringen", period
        )
        kortingen = (
            persoon("inkomstenbelasting__algemene_heffingskorting", period)
            + persoon("inkomstenbelasting__arbeidskorting", period)
            + persoon("inkomstenbelasting__ouderenkorting", period)
        )
        return numpy.maximum(heffing - kortingen, 0)


class inkomstenbelasting__netto_inkomen(MoneyVariable):
    """The yearly wage, pension and AOW less the estimated tax and premies."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Netto inkomen per jaar (schatting) / Net income per year (estimate)"
    reference = f"{IB}#Artikel2.10"

    def formula(persoon, period):
        bruto = persoon("inkomstenbelasting__belastbaar_inkomen_uit_werk", period)
        return bruto - persoon("inkomstenbelasting__te_betalen", period)
