"""Every locale of the frozen crisis evaluation set gets its own country's crisis line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from esc_graph.safety.resources import INTERNATIONAL, crisis_reply, region_of, resources_for

FROZEN = Path(__file__).parent / "data" / "risk_eval" / "frozen.tsv"


def frozen_locales() -> list[str]:
    lines = [line for line in FROZEN.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    return sorted({row["locale"] for row in rows})


LOCALES = frozen_locales()


def test_the_frozen_set_spans_all_five_languages_and_their_countries() -> None:
    languages = {locale.split("-")[0] for locale in LOCALES}
    assert languages == {"en", "es", "fr", "de", "pt"}
    assert {"es-MX", "pt-BR", "pt-PT"} <= set(LOCALES)


@pytest.mark.parametrize("locale", LOCALES)
def test_each_frozen_locale_resolves_to_its_national_entry(locale: str) -> None:
    country = locale.split("-")[1]
    resources = resources_for(locale)
    assert resources is not INTERNATIONAL
    assert region_of(locale) == resources.region == country
    reply = crisis_reply(locale)
    assert resources.emergency in reply
    assert all(line in reply for line in resources.lines)


@pytest.mark.parametrize(
    ("locale", "number"),
    [("es-MX", "800 911 2000"), ("pt-BR", "188"), ("pt-PT", "808 24 24 24"), ("es-ES", "024")],
)
def test_spanish_and_portuguese_speakers_get_their_own_country_line(locale: str, number: str) -> None:
    assert number in crisis_reply(locale)


@pytest.mark.parametrize("locale", ["es-AR", "pt-AO", "fr-SN", "de-LI", "en"])
def test_a_country_without_an_entry_gets_the_fallback_not_the_language_home_country(locale: str) -> None:
    assert region_of(locale) == "intl"
    assert resources_for(locale) is INTERNATIONAL


def test_posix_and_script_forms_resolve_by_their_region() -> None:
    assert region_of("pt_BR.UTF-8") == "BR"
    assert region_of("es-Latn-MX") == "MX"
    assert region_of("uk") == "GB" and region_of("de") == "DE"
