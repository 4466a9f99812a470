"""The base class of the named reforms in ``reforms/``: real proposals from the policy debate, each a list of
parameter changes (:mod:`.wijzigingen`) with its source."""

from __future__ import annotations

from openfisca_nl_sociaal.beleid.wijzigingen import ParameterWijzigingen, wijziging_json
from openfisca_nl_sociaal.regelingen import Grondslag, Tekst


class Hervorming(ParameterWijzigingen):
    """A named reform from the policy debate (``reforms/``): its changes and where it comes from."""

    #: the stable id a request names it by
    id: str = ""
    titel: Tekst
    beschrijving: Tekst
    #: where the proposal stands (announced, a bill, a study), in a sentence
    status: Tekst
    #: the sources: Kamerstukken, a coalition agreement, a ministry's plan
    bronnen: tuple[Grondslag, ...] = ()
    #: about the dates: when the source says it takes effect, and what the model computes for that date
    toelichting: Tekst | None = None

    @classmethod
    def als_json(cls, taal: str = "nl") -> dict:
        antwoord = {
            "id": cls.id,
            "titel": cls.titel.in_taal(taal),
            "beschrijving": cls.beschrijving.in_taal(taal),
            "status": cls.status.in_taal(taal),
            "bronnen": [b.as_json() for b in cls.bronnen],
            "wijzigingen": [wijziging_json(w) for w in cls.lees()],
        }
        if cls.toelichting is not None:
            antwoord["toelichting"] = cls.toelichting.in_taal(taal)
        return antwoord
