"""Reading a packaged model folder (``config.json`` + checksummed ``weights.safetensors``), so a damaged or
replaced file fails at start-up with the folder and the reason, never silently."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import numpy as np

CONFIG_FILE = "config.json"
WEIGHTS_FILE = "weights.safetensors"
Fail = Callable[[str], Exception]  # why -> the error to raise, naming the folder


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def read_config(folder: Path, fmt: str, needed: Iterable[str], fail: Fail) -> dict[str, Any]:
    """``folder``'s config, checked for its format and the keys the model needs."""
    path = Path(folder) / CONFIG_FILE
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise fail(f"{CONFIG_FILE} is missing") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise fail(f"{CONFIG_FILE} is unreadable ({exc})") from None
    if not isinstance(config, dict) or config.get("format") != fmt:
        raise fail(f"{CONFIG_FILE} is not an {fmt} config")
    if missing := set(needed) - set(config):
        raise fail(f"{CONFIG_FILE} lacks {', '.join(sorted(missing))}")
    return config


def read_weights(
    folder: Path, checksum: str, shapes: dict[str, tuple[int, ...]], fail: Fail
) -> dict[str, np.ndarray]:
    """The tensors named in ``shapes`` as float32, after the file's checksum and every shape are checked."""
    from safetensors import SafetensorError
    from safetensors.numpy import load_file

    path = Path(folder) / WEIGHTS_FILE
    if not path.is_file():
        raise fail(f"{WEIGHTS_FILE} is missing")
    if file_sha256(path) != checksum:
        raise fail(f"{WEIGHTS_FILE} fails the checksum in {CONFIG_FILE} (damaged or replaced)")
    try:
        weights = load_file(str(path))
    except (SafetensorError, OSError, ValueError) as exc:
        raise fail(f"{WEIGHTS_FILE} is unreadable ({exc})") from None
    for name, shape in shapes.items():
        if name not in weights or tuple(weights[name].shape) != shape:
            raise fail(f"{WEIGHTS_FILE} has no {name} of shape {shape}")
    return {name: weights[name].astype(np.float32) for name in shapes}
