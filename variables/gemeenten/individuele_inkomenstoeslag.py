"""Individuele inkomenstoeslag (Participatiewet art. 36), with each municipality's verordening on top.

Art. 36 lid 1: the college may grant, on request, an individuele inkomenstoeslag to a person of 21 or
older but below the AOW age who has had a low income for a long time and has no prospect of improving
it. Lid 2 and 3: the municipality sets by verordening what "langdurig" and "laag inkomen" mean and the
amount. So the rules are the municipality's, in ``parameters/gemeenten/<CBS-code>.yaml`` under
``individuele_inkomenstoeslag``:

- ``inkomensgrens``: the income limit as a share of the gezin's bijstandsnorm (art. 20-22, without the
  kostendelersnorm: the municipalities set the limit per household type), or of the gehuwdennorm for
  every household where the municipality says so (optional ``grens_op_gehuwdennorm``, 1);
  ``grens_strikt`` (optional, 1) when the verordening says "lager dan" rather than "niet hoger dan";
- ``referteperiode``: the months in a row the income must have been that low;
- ``bedrag.<type>``: the amount per household type (``alleenstaande``, ``alleenstaande_ouder``,
  ``gehuwden``, ``gehuwden_met_kinderen``); optional ``alleenstaande_ouder_met_kind_12_tot_18`` and
  ``gehuwden_met_kind_12_tot_18`` where the municipality pays more for a child of secondary-school age;
- optional ``tweede_inkomensgrens`` with ``bedrag_tweede_inkomensgrens.<type>``: a lower amount for an
  income between the two limits (Utrecht); a type without an amount there gets nothing in that band.

Choices, documented: the vermogen test is the bijstand limit of art. 34, which the verordeningen adopt;
"at most once per 12 months" and the months of low income are optional facts asked of the applicant
(``variables/feiten/optioneel.py``); the lack of "prospect of improving the income" (art. 36 lid 1) and
the municipality's judgement of the person's efforts are not asked: they are the college's assessment.
Students (art. 13 lid 2 onder c) are not asked either.
"""

import numpy
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Gezin
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable, op_centen
from openfisca_nl_sociaal.regels.gemeenten import gemeente_parameter, gemeente_parameters

PW36 = wetten.tekst(wetten.PARTICIPATIEWET, "Artikel36")
IIT = "individuele_inkomenstoeslag"
TYPES = ("alleenstaande", "alleenstaande_ouder", "gehuwden", "gehuwden_met_kinderen")
#: the optional amount of a type for a gezin with a child of 12 to 18 (secondary-school age)
MET_KIND_12_TOT_18 = {
    "alleenstaande_ouder": "alleenstaande_ouder_met_kind_12_tot_18",
    "gehuwden_met_kinderen": "gehuwden_met_kind_12_tot_18",
}


class individuele_inkomenstoeslag__regels_bekend(Variable):
    """The engine holds the municipality's IIT rules for this date (limit, reference period, amounts)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Regels inkomenstoeslag van de gemeente bekend / Municipal income supplement rules known"
    reference = PW36

    def formula(gezin, period, parameters):
        paden = ("inkomensgrens", "referteperiode", *(f"bedrag.{soort}" for soort in TYPES))
        return gemeente_parameters(gezin, period, parameters, *(f"{IIT}.{pad}" for pad in paden))[1]


class individuele_inkomenstoeslag__leeftijd(Variable):
    """A partner is 21 or older and no partner has reached the AOW age (art. 36 lid 1)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Tussen 21 en de AOW-leeftijd / Between 21 and pension age"
    reference = PW36

    def formula(gezin, period, parameters):
        minimumleeftijd = parameters(period).participatiewet.individuele_inkomenstoeslag.minimumleeftijd
        volwassen = gezin.any(gezin.members("leeftijd", period) >= minimumleeftijd, role=Gezin.PARTNER)
        return volwassen * numpy.logical_not(gezin("bijstand__aow_leeftijd", period))


class individuele_inkomenstoeslag__inkomensgrens(MoneyVariable):
    """The municipality's income limit per month: its share of the gezin's bijstandsnorm, in cents as the
    municipalities publish it (Rotterdam's grensbedragen: 130% x 1.574,03 = 2.046,239 is published as
    € 2.046,24, and "lager dan" that amount)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomensgrens inkomenstoeslag / Income supplement income limit"
    reference = [PW36, wetten.tekst(wetten.PARTICIPATIEWET, "Artikel21")]

    def formula(gezin, period, parameters):
        deel, _ = gemeente_parameter(gezin, period, parameters, f"{IIT}.inkomensgrens")
        return op_centen(deel * _norm(gezin, period, parameters))


def _norm(gezin, period, parameters):
    """The norm the limits are a share of: the gezin's bijstandsnorm, or where the municipality says so
    (``grens_op_gehuwdennorm``, Rotterdam: "130% van het minimumloon") the gehuwdennorm for everyone."""
    op_gehuwdennorm, _ = gemeente_parameter(gezin, period, parameters, f"{IIT}.grens_op_gehuwdennorm")
    gehuwdennorm = parameters(period).participatiewet.normen.gehuwden_21_tot_aow_leeftijd
    return numpy.where(op_gehuwdennorm > 0, gehuwdennorm, gezin("bijstand__norm_zonder_kostendelers", period))


def _onder_grens(gezin, period, parameters, grens):
    """Income within a limit: below it where the verordening says "lager dan", else not above it."""
    inkomen = gezin("bijstand__inkomen", period)
    strikt, _ = gemeente_parameter(gezin, period, parameters, f"{IIT}.grens_strikt")
    return numpy.where(strikt > 0, inkomen < grens, inkomen <= grens)


class individuele_inkomenstoeslag__inkomen_onder_grens(Variable):
    """This month's income is within the municipality's limit (the highest limit, where there are two)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Inkomen binnen de grens van de inkomenstoeslag / Income within the supplement limit"
    reference = PW36

    def formula(gezin, period, parameters):
        norm = _norm(gezin, period, parameters)
        tweede, heeft_tweede = gemeente_parameter(gezin, period, parameters, f"{IIT}.tweede_inkomensgrens")
        grens = numpy.where(
            heeft_tweede, op_centen(tweede * norm), gezin("individuele_inkomenstoeslag__inkomensgrens", period)
        )
        return _onder_grens(gezin, period, parameters, grens)


class individuele_inkomenstoeslag__langdurig_laag_inkomen(Variable):
    """The months of low income reach the municipality's reference period (art. 36 lid 1 and 2)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Langdurig laag inkomen / Long-term low income"
    reference = PW36

    def formula(gezin, period, parameters):
        referteperiode, _ = gemeente_parameter(gezin, period, parameters, f"{IIT}.referteperiode")
        maanden = gezin.max(gezin.members("maanden_laag_inkomen", period), role=Gezin.PARTNER)
        return maanden >= referteperiode


class individuele_inkomenstoeslag__niet_in_afgelopen_12_maanden(Variable):
    """No inkomenstoeslag was received in the 12 months before (art. 36 lid 1: once per 12 months)."""

    value_type = bool
    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Geen inkomenstoeslag in de afgelopen 12 maanden / No supplement in the last 12 months"
    reference = PW36

    def formula(gezin, period):
        ontvangen = gezin.any(gezin.members("inkomenstoeslag_afgelopen_12_maanden", period), role=Gezin.PARTNER)
        return numpy.logical_not(ontvangen)


def _bedrag_per_soort(gezin, period, parameters, knoop: str):
    """The amount for the gezin's household type from ``<knoop>.<type>``, with the municipality's
    optional amount for a gezin with a child of 12 to 18 where it has one; ``bekend`` where it has any."""
    gehuwd = gezin("awir__heeft_toeslagpartner", period)
    leeftijd = gezin.members("leeftijd", period)
    kinderen = gezin.nb_persons(Gezin.KIND) > 0
    kind_12_tot_18 = gezin.any((leeftijd >= 12) * (leeftijd < 18), role=Gezin.KIND)
    soort = numpy.select(
        [gehuwd * kinderen, gehuwd, kinderen],
        ["gehuwden_met_kinderen", "gehuwden", "alleenstaande_ouder"],
        "alleenstaande",
    )
    bedrag = numpy.zeros(gezin.count)
    for naam in TYPES:
        basis, _ = gemeente_parameter(gezin, period, parameters, f"{IIT}.{knoop}.{naam}")
        if naam in MET_KIND_12_TOT_18:
            ouder, heeft = gemeente_parameter(gezin, period, parameters, f"{IIT}.{knoop}.{MET_KIND_12_TOT_18[naam]}")
            basis = numpy.where(heeft * kind_12_tot_18, ouder, basis)
        bedrag = numpy.where(soort == naam, basis, bedrag)
    return bedrag


class individuele_inkomenstoeslag__bedrag(MoneyVariable):
    """The amount of the toeslag for the gezin's household type and income band, per payment (yearly)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Bedrag inkomenstoeslag / Income supplement amount"
    reference = PW36

    def formula(gezin, period, parameters):
        volle = _bedrag_per_soort(gezin, period, parameters, "bedrag")
        tweede = _bedrag_per_soort(gezin, period, parameters, "bedrag_tweede_inkomensgrens")
        binnen_eerste = _onder_grens(
            gezin, period, parameters, gezin("individuele_inkomenstoeslag__inkomensgrens", period)
        )
        return numpy.where(binnen_eerste, volle, tweede)


class individuele_inkomenstoeslag__jaarbedrag(MoneyVariable):
    """The individuele inkomenstoeslag granted: paid once, at most once per 12 months (art. 36)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Individuele inkomenstoeslag (per keer, per jaar) / Individual income supplement (per year)"
    reference = PW36

    def formula(gezin, period):
        voorwaarden = (
            gezin("individuele_inkomenstoeslag__regels_bekend", period)
            * gezin("individuele_inkomenstoeslag__leeftijd", period)
            * gezin("individuele_inkomenstoeslag__inkomen_onder_grens", period)
            * gezin("individuele_inkomenstoeslag__langdurig_laag_inkomen", period)
            * gezin("individuele_inkomenstoeslag__niet_in_afgelopen_12_maanden", period)
            * gezin("bijstand__vermogen_onder_grens", period)
        )
        return voorwaarden * gezin("individuele_inkomenstoeslag__bedrag", period)


class individuele_inkomenstoeslag(MoneyVariable):
    """The toeslag as an amount per month: a twelfth of the once-a-year payment, in cents (it is paid in
    one go; the answer gives the payment as ``bedrag_per_jaar``)."""

    entity = Gezin
    definition_period = DateUnit.MONTH
    label = "Individuele inkomenstoeslag per maand (omgerekend) / Individual income supplement per month"
    reference = PW36

    def formula(gezin, period):
        return op_centen(gezin("individuele_inkomenstoeslag__jaarbedrag", period) / 12)
