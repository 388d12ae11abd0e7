"""On-disk layout of trained adapters: ``DIR/<role>/`` holds a peft LoRA adapter and a manifest."""

from __future__ import annotations

import json
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
