"""The three entities of the public contract (``../shared/contract/api.md``).

- ``persoon``: a natural person.
- ``gezin``: the benefit unit of the Awir and the Participatiewet: the applicant, their partner
  (toeslagpartner, Awir art. 3) and their children.
- ``huishouden``: everyone living at one address: the gezin plus medebewoners / kostendelers.

Labels follow the house convention for every variable and parameter: ``"<Dutch> / <English>"``.
"""

from openfisca_core.entities import build_entity

Persoon = build_entity(
    key="persoon",
    plural="personen",
    label="Persoon / Person",
    doc="Een natuurlijk persoon. / A natural person.",
    is_person=True,
)

Gezin = build_entity(
    key="gezin",
    plural="gezinnen",
    label="Gezin / Benefit unit",
    doc=(
        "De aanvrager, de partner (toeslagpartner, Awir art. 3) en de kinderen. / "
        "The applicant, their partner and their children (the Awir benefit unit)."
    ),
    roles=[
        {
            "key": "partner",
            "plural": "partners",
            "label": "Partners / Partners",
            "doc": "De aanvrager en de eventuele (toeslag)partner (1 of 2). / The applicant and their partner.",
            "max": 2,
        },
        {
            "key": "kind",
            "plural": "kinderen",
            "label": "Kinderen / Children",
            "doc": "De kinderen van het gezin. / The children of the benefit unit.",
        },
    ],
)

Huishouden = build_entity(
    key="huishouden",
    plural="huishoudens",
    label="Huishouden / Household",
    doc="Iedereen die op één adres woont. / Everyone living at one address.",
    roles=[
        {
            "key": "bewoner",
            "plural": "bewoners",
            "label": "Bewoners / Residents",
            "doc": "Alle bewoners van de woning. / All residents of the dwelling.",
        },
    ],
)

entities = [Persoon, Gezin, Huishouden]
