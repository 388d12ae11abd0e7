"""Train a risk-model variant on the corpus as it is, with other feature, penalty or weight settings.

Candidates of ``bench/results/risk_v8_plan.md``: ``v8d`` (hashed n-grams scaled to 0.05, so in effect the
MiniLM features alone), ``v8e`` (C fixed at 0.25), ``v8f`` (both), ``v8g`` (the authored hard negatives
of ``safe.tsv``, third person, past and recovered, academic, news, fiction and idioms, weigh three
times). The model folder gets its own plot and report; score it with
``python trainers/risk_corpus/guard/score.py FOLDER --no-esconv``.

Run: ``python bench/risk_variants.py NAME --out FOLDER``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from trainers.risk import RiskTrainConfig, train_risk_model

HARD_NEGATIVES = ("third_person", "past_recovered", "academic", "news", "fiction", "idiom")
VARIANTS = {
    "v8d": {"hashed_scale": 0.05},
    "v8e": {"c_grid": (0.25,)},
    "v8f": {"hashed_scale": 0.05, "c_grid": (0.25,)},
    "v8g": {"category_weights": dict.fromkeys(HARD_NEGATIVES, 3.0)},
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
