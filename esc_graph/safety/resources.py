"""Crisis resources by locale and the fixed, reviewed crisis reply.

The table lists only services whose numbers we are confident of; any other locale gets the
international fallback (local emergency number + an international helpline directory). A host app
can add or override entries with ``register_resources``. Keep entries short: people in crisis read
the first lines only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class CrisisResources:
    region: str
    emergency: str
    lines: tuple[str, ...]


INTERNATIONAL = CrisisResources(
    "intl",
    "your local emergency number",
    ("find a free, confidential helpline in your country at https://findahelpline.com",),
)

RESOURCES: dict[str, CrisisResources] = {
    "US": CrisisResources("US", "911", ("call or text 988 (Suicide & Crisis Lifeline, 24/7)",)),
    "CA": CrisisResources("CA", "911", ("call or text 988 (Suicide Crisis Helpline, 24/7)",)),
    "GB": CrisisResources(
        "GB", "999", ("call Samaritans free on 116 123 (24/7)", "text SHOUT to 85258 (Shout, 24/7)")
    ),
    "IE": CrisisResources(
        "IE", "112 or 999", ("call Samaritans free on 116 123 (24/7)", "text HELLO to 50808 (24/7)")
    ),
    "AU": CrisisResources("AU", "000", ("call Lifeline on 13 11 14 (24/7)",)),
    "NZ": CrisisResources("NZ", "111", ("call or text 1737 (Need to talk?, free, 24/7)",)),
    "DE": CrisisResources("DE", "112", ("call TelefonSeelsorge free on 0800 111 0 111 or 0800 111 0 222",)),
    "AT": CrisisResources("AT", "112", ("call TelefonSeelsorge on 142",)),
    "CH": CrisisResources("CH", "112", ("call Die Dargebotene Hand / La Main Tendue on 143",)),
    "FR": CrisisResources("FR", "112", ("call 3114 (numéro national de prévention du suicide, 24/7)",)),
    "NL": CrisisResources("NL", "112", ("call 113 Zelfmoordpreventie on 113 or free on 0800-0113",)),
    "ES": CrisisResources("ES", "112", ("call 024 (línea de atención a la conducta suicida, 24/7)",)),
    "MX": CrisisResources("MX", "911", ("call Línea de la Vida free on 800 911 2000 (24/7)",)),
    "BR": CrisisResources(
        "BR", "192 (SAMU) or 190 (police)", ("call 188 (CVV, Centro de Valorização da Vida, free, 24/7)",)
    ),
    "PT": CrisisResources(
        "PT", "112", ("call SNS 24 on 808 24 24 24 and ask for psychological support (24/7)",)
    ),
    "IN": CrisisResources("IN", "112", ("call Tele-MANAS on 14416 (24/7)",)),
}
ALIASES = {"UK": "GB", "EN": "intl", "INTL": "intl", "": "intl"}

CRISIS_TEMPLATE = (
    "I'm really glad you told me, and I'm worried about your safety. I'm an AI, not a person, and I "
    "can't help in an emergency. If you or someone else is in danger right now, call {emergency}. "
    "You don't have to go through this alone: {lines}. If you can, reach out to someone you trust and "
    "stay with them."
)


def register_resources(resources: CrisisResources) -> None:
    """Add or replace a region's entry (a host app's reviewed local services)."""
    RESOURCES[resources.region.upper()] = resources


def region_of(locale: str | None) -> str:
    """ "en-US", "en_GB.UTF-8", "US", "uk" → a region code of the table, or "intl".

    A tag with a region subtag resolves by that region only: "es-AR" must not get Spain's line
    through its language code. A bare code ("US", "uk", "de") is read as a region.
    """
    parts = [p for p in re.split(r"[-_.@]", (locale or "").strip()) if p]
    if not parts:
        return "intl"
    # BCP-47: language, optional 4-letter script, then a 2-letter or 3-digit region.
    subtags = [p for p in parts[1:3] if len(p) != 4]
    region = subtags[0] if subtags else parts[0]
    region = ALIASES.get(region.upper(), region.upper())
    return region if region in RESOURCES else "intl"


def resources_for(locale: str | None) -> CrisisResources:
    region = region_of(locale)
    return RESOURCES.get(region, INTERNATIONAL)


def crisis_reply(locale: str | None = "intl") -> str:
    """The fixed crisis reply for a locale (the international fallback for unknown ones)."""
    res = resources_for(locale)
    lines = "; or ".join(res.lines)
    if res is not INTERNATIONAL:
        lines += "; outside this country, find a helpline at https://findahelpline.com"
    return CRISIS_TEMPLATE.format(emergency=res.emergency, lines=lines)
