"""The web chat example's locale, helpline links and release name, over HTTP with its canned models."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from esc_graph.release import DEFAULT_RELEASE
from examples.chatbot_app.__main__ import parse_args, release_name
from examples.chatbot_app.app import create_app, fake_models

CRISIS = "I want to kill myself tonight."


def events(body: str) -> list[tuple[str, dict]]:
    found = []
    for block in body.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        found.append((fields["event"], json.loads(fields["data"])))
    return found


@pytest.fixture()
def client(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("ESC_GRAPH_LOCALE", raising=False)
    with TestClient(create_app(fake_models(), tmp_path / "chat.sqlite", fake=True)) as client:
        yield client


def say(client: TestClient, text: str, **extra: object) -> dict:
    thread = client.post("/api/users/ana/conversations").json()["thread_id"]
    response = client.post(f"/api/users/ana/conversations/{thread}/messages", json={"text": text, **extra})
    assert response.status_code == 200, response.text
    return events(response.text)[-1][1]


@pytest.mark.parametrize(("locale", "region", "line"), [("en-GB", "GB", "116 123"), ("en-US", "US", "988")])
def test_the_browser_locale_picks_the_crisis_lines(client, locale: str, region: str, line: str) -> None:
    done = say(client, CRISIS, locale=locale)
    assert done["crisis"] is True and line in done["reply"]
    assert done["helplines"]["region"] == region
    assert any(line in entry for entry in done["helplines"]["lines"])
    assert done["helplines"]["directory"].startswith("https://")


def test_without_a_locale_the_international_directory_is_given(client) -> None:
    done = say(client, CRISIS)
    assert done["helplines"] == {
        "region": "intl",
        "emergency": "your local emergency number",
        "lines": [],
        "directory": "https://findahelpline.com",
    }
    assert "https://findahelpline.com" in done["reply"]
    assert say(client, "My dog died and I miss him.", locale="en-GB")["helplines"] is None


def test_a_malformed_locale_is_refused_and_nothing_is_stored(client) -> None:
    thread = client.post("/api/users/ana/conversations").json()["thread_id"]
    url = f"/api/users/ana/conversations/{thread}"
    refused = client.post(f"{url}/messages", json={"text": "hello", "locale": "<script>"})
    assert refused.status_code == 422
    assert client.get(url).status_code == 404  # no turn was stored, so no conversation exists


def test_the_page_reads_the_browser_locale_and_links_helplines(client) -> None:
    page = client.get("/").text
    assert "navigator.language" in page and 'id="locale"' in page
    assert '"tel:"' in page and "showHelplines" in page


def test_the_release_name_is_the_packaged_release_the_adapters_folder_or_prompt_only(
    client, tmp_path: Path
) -> None:
    assert client.get("/api/info").json()["release"] == "prompt-only"
    assert say(client, "My dog died.")["release"] == "prompt-only"
    assert release_name(parse_args([])) == DEFAULT_RELEASE
    assert release_name(parse_args(["--prompt-only"])) == "prompt-only"
    folder = tmp_path / "release-2026-11"
    folder.mkdir()
    assert release_name(parse_args(["--adapters", str(folder)])) == "release-2026-11"
