"""Train a risk-model variant on the corpus as it is, with other feature or penalty settings.

Candidates of ``bench/results/risk_v8_plan.md``: ``v8d`` (hashed n-grams scaled to 0.05, so in effect the
MiniLM features alone), ``v8e`` (C fixed at 0.25), ``v8f`` (both). The model folder gets its own plot and
report; score it with ``python trainers/risk_corpus/guard/score.py FOLDER --no-esconv``.

Run: ``python bench/risk_variants.py NAME --out FOLDER``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from trainers.risk import RiskTrainConfig, train_risk_model

VARIANTS = {
    "v8d": {"hashed_scale": 0.05},
    "v8e": {"c_grid": (0.25,)},
    "v8f": {"hashed_scale": 0.05, "c_grid": (0.25,)},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", choices=sorted(VARIANTS))
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    config = RiskTrainConfig(
        out=args.out, plot=args.out / "pr_curve.png", report=args.out / "train_report.json"
    )
    for key, value in VARIANTS[args.name].items():
        setattr(config, key, value)
    config.extra = {"variant": args.name, **VARIANTS[args.name]}
    report = train_risk_model(config)
    print(f"{args.name}: threshold {report['threshold']:.4f}, validation gate {report['valid_gate']}")


if __name__ == "__main__":
    main()
