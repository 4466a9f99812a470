"""Problem details (RFC 9457) for bad input, shared by the API and the command line."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class InvalidParam:
    """One bad field: ``name`` is its path in the request (e.g. ``personen.ik.geboortedatum``)."""

    name: str
    reason: str


@dataclass
class Probleem(Exception):
    """Bad input, answered with ``application/problem+json``; never carries the citizen's values."""

    status: int
    title: str
    detail: str
    invalid_params: list[InvalidParam] = field(default_factory=list)
    type: str = "about:blank"
    #: extension members (RFC 9457 § 3.2), e.g. openfisca-core's own error object on the compatible routes
    extra: dict = field(default_factory=dict)

    def __str__(self) -> str:
        return self.detail

    def as_json(self) -> dict:
        body = {"type": self.type, "title": self.title, "status": self.status, "detail": self.detail}
        if self.invalid_params:
            body["invalidParams"] = [{"name": p.name, "reason": p.reason} for p in self.invalid_params]
        return {**self.extra, **body}


def ongeldige_invoer(fouten: list[InvalidParam], wat: str = "De situatie") -> Probleem:
    """The 400 problem for one or more bad fields of ``wat`` (the situation, or the whole request)."""
    namen = ", ".join(f.name for f in fouten)
    return Probleem(
        status=400,
        title="Ongeldige invoer / Invalid input",
        detail=f"{wat} bevat ongeldige gegevens: {namen}",
        invalid_params=fouten,
    )
