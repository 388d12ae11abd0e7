"""Shared fixtures: a tiny random Llama that reuses the SmolLM2 tokenizer and chat template; ESConv.

ESConv: the whole data set where it is found (``$ESC_GRAPH_DATA``, ``../shared/data/esconv``, or the
hub copy in the cache), else the small sample in ``tests/fixtures/esconv``, which the tests and every
command they start then read by default. Tests marked ``full_data`` need the whole set and are
deselected without it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Tests never use the network: fail fast instead of retrying the hub (read when the hub client loads).
os.environ.setdefault("HF_HUB_OFFLINE", "1")
# The tests check the default generation path (auto), whatever the shell running them chose.
os.environ.pop("ESC_GRAPH_GENERATION", None)
# Parallel workers share the cores instead of each running torch on all of them (read when torch loads).
_WORKERS = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
if _WORKERS > 1:
    os.environ.setdefault("OMP_NUM_THREADS", str(max(1, (os.cpu_count() or 1) // _WORKERS)))

from trainers.data import DATA_ENV, default_data_dir, is_data_dir  # noqa: E402

FIXTURE_DATA = Path(__file__).resolve().parent / "fixtures" / "esconv"


def _full_data() -> Path | None:
    found = default_data_dir()
    if found is None or not is_data_dir(found) or found.resolve() == FIXTURE_DATA:
        return None
    return found


FULL_DATA = _full_data()
if FULL_DATA is None:
    os.environ[DATA_ENV] = str(FIXTURE_DATA)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "full_data: needs the whole ESConv; deselected where it is missing")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if FULL_DATA is not None:
        return
    needs_full = [item for item in items if item.get_closest_marker("full_data")]
    if needs_full:
        config.hook.pytest_deselected(items=needs_full)
        items[:] = [item for item in items if not item.get_closest_marker("full_data")]


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 2-layer, 64-wide LlamaForCausalLM saved as an ordinary model folder."""
    from tests.helpers import save_tiny_model

    return save_tiny_model(tmp_path_factory.mktemp("tiny-llama"))


@pytest.fixture()
def tiny_models(tiny_model_dir: Path):
    """RoleModels over the tiny model, no adapters (prompt-only mode)."""
    from esc_graph.models import load_role_models

    return load_role_models(str(tiny_model_dir))


@pytest.fixture(scope="session")
def esconv_dir() -> Path:
    """The whole ESConv where it is found, else the shipped sample (both in the same format)."""
    return FULL_DATA or FIXTURE_DATA


@pytest.fixture(scope="session")
def full_esconv_dir() -> Path:
    """The whole ESConv; only for tests marked ``full_data`` (deselected without it)."""
    assert FULL_DATA is not None, "mark the test full_data"
    return FULL_DATA
