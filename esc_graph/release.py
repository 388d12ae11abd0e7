"""Released adapter sets: trained role adapters shipped as package data under ``esc_graph/weights/``.

A release folder holds one subfolder per role (a peft LoRA adapter with its ``esc_manifest.json``),
``release.json`` (what it is: base model, prompt version, split scheme, roles, the command and commit
that made it, its measured figures) and a model card ``README.md``. Loading checks ``release.json``
against the running code and model and refuses a mismatch with a one-line error.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from esc_graph.adapters import AdapterError, find_adapters, manifest_scheme, read_manifest
from esc_graph.prompts import PROMPT_VERSION

DEFAULT_BASE = "smollm2-135m-instruct"  # the base model loaded when none is named
RELEASES_DIR = Path(__file__).resolve().parent / "weights"
DEFAULT_RELEASE = "esconv-smollm2-v1"
RELEASE_FILE = "release.json"
RELEASE_FORMAT = "esc-release/1"
PROMPT_ONLY = "prompt-only"  # what the output reports when no adapters answered
# The hidden state a release planner's strategy head reads: after this many decoder layers. On the
# esconv-smollm2-v1 planner, heads on middle layers scored higher validation Q than the final layer's,
# layer 18 of 30 highest (bench/planner_head_layer_probe.py); another base model may want another.
RELEASE_HEAD_LAYER = 18


class ReleaseError(AdapterError):
    """A release folder is damaged, or was made for another model, prompt version or split scheme."""


@dataclass(frozen=True)
class Release:
    name: str
    path: Path
    base_model: str
    prompt_version: str
    scheme: str
    roles: tuple[str, ...]
    info: dict[str, Any]


def is_release(folder: Path) -> bool:
    return (Path(folder) / RELEASE_FILE).is_file()


def packaged_release(name: str | None = None, base_model: str | None = None) -> Path | None:
    """The folder of a release shipped with this package (default: ``DEFAULT_RELEASE``), or None when this
    version ships none, or when ``base_model`` names another model than the one it was trained on (that
    model then runs prompt-only). ``base_model=None`` is the default base model, for which it is made."""
    folder = RELEASES_DIR / (name or DEFAULT_RELEASE)
    if not is_release(folder):
        return None
    trained_on = release_base_model(folder)
    return None if base_model is not None and trained_on not in (None, base_model) else folder


def release_base_model(folder: Path) -> str | None:
    """The base model a release names, or None where its ``release.json`` cannot be read (loading it
    then fails with the reason)."""
    try:
        return str(json.loads((Path(folder) / RELEASE_FILE).read_text())["base_model"])
    except (OSError, KeyError, TypeError, json.JSONDecodeError):
        return None


def choose_adapters(
    adapters: Path | str | None, prompt_only: bool = False, base_model: str | None = None
) -> Path | None:
    """The adapters an entry point loads: the given folder, none when ``prompt_only``, else the packaged
    release when it was trained on ``base_model`` (None: the default base model)."""
    if prompt_only and adapters is not None:
        raise ValueError("--prompt-only and --adapters exclude each other")
    if prompt_only:
        return None
    return Path(adapters) if adapters is not None else packaged_release(base_model=base_model)


def read_release(folder: Path, base_model: str) -> Release:
    """Read and check a release for ``base_model`` (the name the model layer loads)."""
    folder = Path(folder)
    path = folder / RELEASE_FILE
    try:
        info = json.loads(path.read_text())
    except FileNotFoundError:
        raise ReleaseError(f"{folder}: no {RELEASE_FILE}; not an esc-graph release") from None
    except json.JSONDecodeError as exc:
        raise ReleaseError(f"{path}: not valid JSON ({exc})") from None
    if info.get("format") != RELEASE_FORMAT:
        raise ReleaseError(f"{path}: format {info.get('format')!r}, expected {RELEASE_FORMAT!r}")
    release = Release(
        name=str(info.get("name") or folder.name),
        path=folder,
        base_model=str(info.get("base_model")),
        prompt_version=str(info.get("prompt_version")),
        scheme=str(info.get("scheme")),
        roles=tuple(info.get("roles") or ()),
        info=info,
    )
    if release.base_model != base_model:
        raise ReleaseError(
            f"release {release.name} was trained on base model {release.base_model}, not {base_model}; "
            f"load it with --base-model {release.base_model}, or run --prompt-only"
        )
    if release.prompt_version != PROMPT_VERSION:
        raise ReleaseError(
            f"release {release.name} was trained with prompts {release.prompt_version}, this esc-graph "
            f"uses {PROMPT_VERSION}; install the esc-graph version it came with, or retrain it"
        )
    found = find_adapters(folder)
    missing = sorted(set(release.roles) - set(found))
    if missing or not release.roles:
        raise ReleaseError(f"release {release.name}: role folders missing: {', '.join(missing) or 'all'}")
    for role in release.roles:
        manifest = read_manifest(found[role])
        scheme = manifest_scheme(manifest)
        if scheme != release.scheme or manifest.get("prompt_version") != release.prompt_version:
            said = f"{release.scheme} / {release.prompt_version}"
            raise ReleaseError(
                f"release {release.name}: its {role} adapter was trained on scheme {scheme} with prompts "
                f"{manifest.get('prompt_version')}, the release says {said}"
            )
    return release


def weights_name(adapters: Path | None) -> str:
    """The name reported for the weights that answer: a release's name, a folder's name, or prompt-only."""
    if adapters is None:
        return PROMPT_ONLY
    folder = Path(adapters)
    if is_release(folder):
        try:
            return str(json.loads((folder / RELEASE_FILE).read_text()).get("name") or folder.name)
        except json.JSONDecodeError:
            return folder.name
    return folder.resolve().name
