"""Core facts about a person, as the public contract names them (../shared/contract/api.md).

These are inputs: the engine never computes them. A fact the citizen did not give is unknown; the
API layer tracks that (openfisca-core would otherwise read the default below as a real value).
"""

from datetime import date

from openfisca_core.holders import set_input_dispatch_by_period, set_input_divide_by_period
from openfisca_core.indexed_enums import Enum
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from openfisca_nl_sociaal.entities import Persoon
from openfisca_nl_sociaal.regels import wetten
from openfisca_nl_sociaal.regels.geld import MoneyVariable

AWIR = wetten.tekst(wetten.AWIR, datum=None)


class geboortedatum(Variable):
    """Date of birth (basis of every age rule)."""

    value_type = date
    entity = Persoon
    definition_period = DateUnit.ETERNITY
    label = "Geboortedatum / Date of birth"
    reference = wetten.tekst(wetten.WET_BASISREGISTRATIE_PERSONEN, datum=None)  # Wet basisregistratie personen


class toetsingsinkomen(MoneyVariable):
    """Toetsingsinkomen (Awir art. 8): the verzamelinkomen, or the equivalent for who files no return.

    When the citizen gives ``bruto_loon`` instead, it is estimated as the wage, the ``bruto_pensioen`` and, at
    AOW age, the AOW: the verzamelinkomen of someone whose only income is box 1 loon, without deductions (Wet
    IB 2001 art. 2.18, 3.1 and 3.81; the estimate's limits are listed in
    variables/wet_inkomstenbelasting_2001/box_1.py).
    """

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Toetsingsinkomen / Assessment income"
    reference = [f"{AWIR}/2025-01-01#Artikel8", wetten.tekst(wetten.WET_INKOMSTENBELASTING_2001, "Artikel2.18")]

    def formula(persoon, period):
        return persoon("inkomstenbelasting__belastbaar_inkomen_uit_werk", period)


class bruto_loon(MoneyVariable):
    """Bruto wage per year, holiday pay included (optional: lets the engine estimate the income facts)."""

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Bruto loon per jaar / Gross wage per year"
    reference = wetten.tekst(wetten.WET_INKOMSTENBELASTING_2001, "Artikel3.81")


class bruto_pensioen(MoneyVariable):
    """Bruto supplementary pension per year: pension from a pension fund or insurer, annuities (lijfrente), not
    the AOW, which the engine computes (optional, with ``bruto_loon``: lets the engine estimate the income facts).

    For a person of 65 or older the estimate needs it (and ``aow_verzekerde_jaren``) besides ``bruto_loon``
    (``openfisca_nl_sociaal.invoer.feiten.SCHATTING_PENSIOENLEEFTIJD``); for a younger person it counts
    where given and is presumed none otherwise (an early pension is rare below the AOW age).
    """

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Bruto pensioen per jaar (zonder AOW) / Gross pension per year (AOW excluded)"
    reference = wetten.tekst(wetten.WET_INKOMSTENBELASTING_2001, "Artikel3.81")


class vermogen(MoneyVariable):
    """Vermogen on 1 January of the year.

    For the toeslagen the box 3 rendementsgrondslag (Awir art. 7 lid 1); for the Participatiewet its
    own notion of vermogen (Pw art. 34).
    """

    entity = Persoon
    definition_period = DateUnit.YEAR
    label = "Vermogen op 1 januari / Assets on 1 January"
    reference = f"{AWIR}/2025-01-01#Artikel7"


class verzekerd_zvw(Variable):
    """Insured under the Zorgverzekeringswet (a verzekerde in the sense of Zvw art. 2)."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Verzekerd voor de Zorgverzekeringswet / Insured under the Health Insurance Act"
    reference = wetten.tekst(wetten.ZORGVERZEKERINGSWET, "Artikel2")


class woont_in_nederland(Variable):
    """Lives in the Netherlands with lawful residence (Awir art. 9 lid 2: rechtmatig verblijf)."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Woont rechtmatig in Nederland / Lives lawfully in the Netherlands"
    reference = f"{AWIR}/2025-01-01#Artikel9"


class aow_verzekerde_jaren(Variable):
    """Years insured for the AOW (AOW art. 13: 2% of the full pension per insured year)."""

    value_type = float
    entity = Persoon
    definition_period = DateUnit.ETERNITY
    label = "Verzekerde jaren AOW / Years insured for the state pension"
    reference = wetten.tekst(wetten.ALGEMENE_OUDERDOMSWET, "Artikel13")


class netto_inkomen(MoneyVariable):
    """Net income per month from work or benefits (Participatiewet art. 32).

    When the citizen gives ``bruto_loon`` instead, it is estimated as a twelfth of the wage, the pension and,
    at AOW age, the AOW, less the estimated income tax and premies of the year
    (variables/wet_inkomstenbelasting_2001/box_1.py). For the AIO the net AOW is part of the net income
    (Participatiewet art. 32), so nothing is counted twice.
    """

    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_divide_by_period
    label = "Netto inkomen per maand / Net income per month"
    reference = wetten.tekst(wetten.PARTICIPATIEWET, "Artikel32")

    def formula(persoon, period):
        return persoon("inkomstenbelasting__netto_inkomen", period.this_year) / 12


class werkt_of_studeert(Variable):
    """Works, studies or follows a route to work (Wet kinderopvang art. 1.6)."""

    value_type = bool
    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Werkt of studeert / Works or studies"
    reference = wetten.tekst(wetten.WET_KINDEROPVANG, "Artikel1.6")


class SoortKinderopvang(Enum):
    geen = "Geen / None"
    dagopvang = "Dagopvang / Day care"
    buitenschoolse_opvang = "Buitenschoolse opvang / Out-of-school care"
    gastouderopvang = "Gastouderopvang / Childminder"


class soort_kinderopvang(Variable):
    """Registered childcare the child uses (Wet kinderopvang art. 1.1)."""

    value_type = Enum
    possible_values = SoortKinderopvang
    default_value = SoortKinderopvang.geen
    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Soort kinderopvang / Kind of childcare"
    reference = wetten.tekst(wetten.WET_KINDEROPVANG, "Artikel1.1")


class kinderopvang_uren(Variable):
    """Hours of childcare in the month (Besluit kinderopvangtoeslag art. 4)."""

    value_type = float
    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_divide_by_period
    unit = "hour"
    label = "Uren kinderopvang per maand / Childcare hours per month"
    reference = wetten.tekst(wetten.WET_KINDEROPVANG, "Artikel1.7")


class kinderopvang_uurprijs(MoneyVariable):
    """Price charged per hour of childcare (Wet kinderopvang art. 1.7)."""

    entity = Persoon
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Uurprijs kinderopvang / Childcare price per hour"
    reference = wetten.tekst(wetten.WET_KINDEROPVANG, "Artikel1.7")
