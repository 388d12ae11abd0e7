"""On-disk layout of trained adapters: ``DIR/<role>/`` holds a peft LoRA adapter and a manifest."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path
from typing import Any

ROLES = ("planner", "generator", "appraiser", "joint")
MANIFEST_NAME = "esc_manifest.json"


class AdapterError(ValueError):
    """An adapter folder is missing, malformed, or was trained for something else."""


def write_manifest(adapter_dir: Path, manifest: dict[str, Any]) -> Path:
    path = Path(adapter_dir) / MANIFEST_NAME
    path.write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return path


def read_manifest(adapter_dir: Path) -> dict[str, Any]:
    path = Path(adapter_dir) / MANIFEST_NAME
    try:
        return json.loads(path.read_text())
    except FileNotFoundError:
        raise AdapterError(f"{adapter_dir}: no {MANIFEST_NAME}; not an esc-graph adapter") from None
    except json.JSONDecodeError as exc:
        raise AdapterError(f"{path}: not valid JSON ({exc})") from None


def find_adapters(adapters_dir: Path) -> dict[str, Path]:
    """Map role → adapter folder for every ``DIR/<role>/`` that holds a peft adapter."""
    root = Path(adapters_dir)
    if not root.is_dir():
        raise AdapterError(f"adapters folder not found: {root}")
    found = {role: root / role for role in ROLES if (root / role / "adapter_config.json").is_file()}
    if not found:
        raise AdapterError(f"{root}: no adapters found (expected subfolders named {', '.join(ROLES)})")
    return found


def manifest_scheme(manifest: dict[str, Any]) -> str | None:
    """The split scheme an adapter was trained on (SFT manifests before esc-prompts/2 kept it in data)."""
    return manifest.get("scheme") or manifest.get("data", {}).get("scheme")


def check_scheme(manifests: dict[str, dict[str, Any]], scheme: str) -> None:
    """Refuse adapters trained on another split scheme: its test and validation dialogues overlap
    this scheme's training dialogues, so using them here would score or fit on training data."""
    for role, manifest in sorted(manifests.items()):
        trained = manifest_scheme(manifest)
        if trained != scheme:
            found = f"the {trained} split scheme" if trained else "no recorded split scheme"
            raise AdapterError(
                f"the {role} adapter was trained on {found}, not {scheme}; use --scheme {trained}"
            )


def copy_adapters(source: Path, target: Path) -> None:
    """Copy every role folder of ``source`` into ``target``; ``source`` is only read.

    A role already in ``target`` with the same adapter weights is kept (a rerun keeps its caches), unless
    ``source`` holds another strategy head for it: then the source's files replace the target's (a head
    refitted upstream reaches the copy; files only the target has, like feature caches, stay). A role
    with other weights is refused rather than overwritten.
    """
    from esc_graph.strategy_head import HEAD_FILE

    source, target = Path(source), Path(target)
    if source.resolve() == target.resolve():
        raise AdapterError(f"{target}: the output folder must differ from the input folder")
    find_adapters(source)
    target.mkdir(parents=True, exist_ok=True)
    for child in sorted(source.iterdir()):
        weights = child / "adapter_model.safetensors"
        if not (child.is_dir() and (child / "adapter_config.json").is_file()):
            continue
        copied = target / child.name
        if copied.exists():
            if not (weights.is_file() and _same_file(weights, copied / weights.name)):
                raise AdapterError(f"{copied} already exists with other weights; choose another --out")
            head = child / HEAD_FILE
            if head.is_file() and not _same_file(head, copied / HEAD_FILE):
                for item in child.iterdir():
                    if item.is_file():
                        shutil.copy2(item, copied / item.name)
            continue
        shutil.copytree(child, copied)


def adapter_digest(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()[:12]


def _same_file(a: Path, b: Path) -> bool:
    return b.is_file() and adapter_digest(a) == adapter_digest(b)
