"""Helpers shared by the browser tests."""


def beschrijf(schendingen: list[dict]) -> str:
    """One line per violation: rule id, impact, help text and the offending elements."""
    return "\n".join(
        f"{s['id']} ({s.get('impact')}): {s['help']} -> {[n['target'] for n in s['nodes']]}" for s in schendingen
    )
