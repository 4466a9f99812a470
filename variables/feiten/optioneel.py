"""Optional facts: what some schemes need beyond the contract's core facts (an extension of the contract).

They are inputs like the core facts, and just as much unknown when not given: the scheme that reads
one says ``onbekend`` and asks for it (``vervolgvragen``) unless its other conditions already decide it.
They are asked of the applicant (``aanvrager``) or of the dwelling only.
"""

from openfisca_core.holders import set_input_dispatch_by_period, set_input_divide_by_period
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Huishouden, Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

PW = wetten.tekst(wetten.PARTICIPATIEWET)
IW = wetten.tekst(wetten.INVORDERINGSWET_1990)


class maanden_laag_inkomen(Variable):
    """For the individuele inkomenstoeslag (Participatiewet art. 36): the number of months in a row, up to
    and including this month, in which the gezin's income was not above the municipality's limit for the
    toeslag (asked of the applicant; the municipality's limit is named in the question's answer text).

    The municipalities phrase "langdurig laag inkomen" differently (each month of the period below the
    limit, or the average over the period); the engine asks the months in a row, which the municipality
    verifies with the citizen's income statements.
    """

    value_type = int
    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Maanden met een laag inkomen / Months of low income"
    reference = f"{PW}#Artikel36"


class inkomenstoeslag_afgelopen_12_maanden(Variable):
    """The applicant or the partner received an individuele inkomenstoeslag in the 12 months before this
    month (Participatiewet art. 36 lid 1: at most once in 12 months)."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Inkomenstoeslag ontvangen in de afgelopen 12 maanden / Income supplement received in the last 12 months"
    reference = f"{PW}#Artikel36"


class gemeentelijke_belastingen(MoneyVariable):
    """The municipal taxes on this year's tax bill (aanslag) for which kwijtschelding is asked: e.g. the
    afvalstoffenheffing and the rioolheffing, in euros for the year (Invorderingswet 1990 art. 26)."""

    entity = Huishouden
    definition_period = DateUnit.YEAR
    label = "Gemeentelijke belastingen op de aanslag / Municipal taxes on the tax bill"
    reference = f"{IW}#Artikel26"


# Refining facts. Where the law presumes a normal case, the engine presumes it when the fact is not
# given (contract: "optional facts may refine an answer; where the law presumes a normal case they
# have a documented default and do not make the answer unknown"). The answer names every presumption
# it made (``aannames``), so no default decides silently.


class inkomsten_uit_arbeid(MoneyVariable):
    """The part of ``netto_inkomen`` per month that is income from work (Participatiewet art. 31 lid 2
    onder n: the vrijlating of 25% of it). Presumed when not given: none of the income is from work."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_divide_by_period
    label = "Netto inkomsten uit arbeid per maand / Net earnings from work per month"
    reference = f"{PW}#Artikel31"


class vermogen_eigen_woning(MoneyVariable):
    """The part of ``vermogen`` that is bound in the owner-occupied home the person lives in: its value
    less the mortgage (Participatiewet art. 34 lid 2 onder d, art. 50). Presumed when not given: none
    (``vermogen`` is then taken as the Participatiewet counts it, which is what the contract asks)."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Vermogen in de eigen woning / Home equity"
    reference = f"{PW}#Artikel34"


class studiefinanciering(Variable):
    """The person follows education for which they have a right to studiefinanciering under the Wet
    studiefinanciering 2000 (Participatiewet art. 13 lid 2 onder c, 1°). Presumed when not given: no."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Heeft recht op studiefinanciering / Entitled to student finance"
    reference = f"{PW}#Artikel13"


class inrichting(Variable):
    """The huishouden is an inrichting in the sense of Participatiewet art. 1 onder f (a Wlz care home,
    a psychiatric hospital, a home for the blind or deaf, a penitentiary...): its bewoners live there and
    the norm of art. 23 applies. Presumed when not given: no, the huishouden is a dwelling (the contract's
    huishouden is "everyone living at one address")."""

    value_type = bool
    entity = Huishouden
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Het huishouden is een inrichting / The household is an institution"
    reference = f"{PW}#Artikel23"
