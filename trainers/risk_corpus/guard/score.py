"""Score a risk model folder the way its model card reports it, without the frozen evaluation set.

- validation: the trainer's validation families (recall and false escalation of the whole gate at the
  model's own threshold and veto);
- guard: ``guard_safe.tsv`` and ``guard_risk.tsv`` in this folder, written before any scoring and never
  trained on (the trainer reads only ``*.tsv`` directly in ``trainers/risk_corpus/``);
- short: ``guard_short.tsv``, short messages read alone and after earlier ones (escalation rate per
  label and category: on safe rows it is false escalation, on risk rows recall);
- everyday: ``guard_everyday.tsv``, everyday how-to, travel and planning questions shaped like
  method-seeking, and risk rows of the same shapes (escalation rate per label, category and language:
  on safe rows it is false escalation, on risk rows recall; with the escalated safe and missed risk rows);
- chat: ``guard_chat.tsv``, ordinary chat (pets, errands, friends, work, family, small talk, media, low
  moods) and risk rows of the same shapes, reported as ``everyday`` is;
- ESConv: every seeker turn of the thu-coai train and valid dialogues that hold no hand-read risky or
  unclear turn, read after the seeker's two previous turns and read alone (escalation rate; the model
  trained on some of these turns, so the validation-fold dialogues are given apart).

Run: ``python trainers/risk_corpus/guard/score.py [MODEL_FOLDER] [--no-esconv]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from esc_graph.safety.detect import lexicon_check
from esc_graph.safety.risk_model import PACKAGED, RiskModel
from trainers.risk import (
    Message,
    RiskTrainConfig,
    is_validation_family,
    load_training_messages,
    read_corpus_file,
    split_by_family,
)

GUARD = Path(__file__).resolve().parent
PAIRED_GUARDS = ("everyday", "chat")  # guard_<name>.tsv: safe rows and risk rows of the same shapes


def gate(model: RiskModel, texts: Sequence[str], contexts: Sequence[Sequence[str]]) -> np.ndarray:
    """The gate's decisions with this model: a lexicon hit unless vetoed, or the model over threshold."""
    probs, _ = model.probabilities(*model.features(texts, contexts))
    lexicon = np.array([lexicon_check(t, c).risk for t, c in zip(texts, contexts, strict=True)])
    return (lexicon & (probs >= model.veto)) | (probs >= model.threshold)


def rate(hits: np.ndarray, chosen: np.ndarray) -> dict[str, float | int]:
    """Escalation rate of the gate on the chosen rows, and how many there are."""
    return {"rate": round(float(hits[chosen].mean()), 4), "of": int(chosen.sum())}


def breakdown(rows: Sequence[Message], hits: np.ndarray, chosen: np.ndarray, field: str) -> dict[str, object]:
    """``rate`` of the chosen rows per value of one message field (``category``, ``lang``)."""
    values = [str(getattr(m, field)) for m in rows]
    kinds = sorted({v for v, c in zip(values, chosen, strict=True) if c})
    return {kind: rate(hits, chosen & (np.array(values) == kind)) for kind in kinds}


def paired_guard(model: RiskModel, name: str) -> dict[str, object]:
    """``guard_{name}.tsv`` per label, category and language: false escalation on the safe rows (with
    the escalated ones), recall on the risk rows (with the missed ones)."""
    rows = read_corpus_file(GUARD / f"guard_{name}.tsv")
    hits = gate(model, [m.text for m in rows], [m.context for m in rows])
    result: dict[str, object] = {}
    for label, listed, wanted in (("safe", "escalated", True), ("risk", "missed", False)):
        chosen = np.array([m.label == label for m in rows])
        result[f"{name}_{label}_escalated"] = {
            **rate(hits, chosen),
            "by_category": breakdown(rows, hits, chosen, "category"),
            "by_lang": breakdown(rows, hits, chosen, "lang"),
            listed: [m.text for m, hit, c in zip(rows, hits, chosen, strict=True) if c and hit == wanted],
        }
    return result


def esconv_turns() -> list[tuple[str, tuple[str, ...], str]]:
    """(family, two previous seeker turns, turn) for the seeker turns of dialogues with no read risk."""
    from trainers.data import load_split
    from trainers.risk_corpus.extract_esconv import RISK, UNCLEAR, _clean

    flagged = {key.split("#")[0] for key in (*RISK, *UNCLEAR)}
    turns = []
    for split in ("train", "valid"):
        for dialogue in load_split(None, split):
            if dialogue.id in flagged:
                continue
            seeker = [i for i, t in enumerate(dialogue.turns) if t.speaker == "seeker"]
            for n, index in enumerate(seeker):
                earlier = tuple(_clean(dialogue.turns[i].text) for i in seeker[max(0, n - 2) : n])
                turns.append((f"E-{dialogue.id}", earlier, _clean(dialogue.turns[index].text)))
    return turns


def guard_results(model: RiskModel) -> dict[str, object]:
    """The gate's escalation rates on every guard set (``model`` needs ``features``, ``probabilities``,
    ``threshold`` and ``veto``, as ``RiskModel`` has them)."""
    result: dict[str, object] = {}
    for side in ("safe", "risk"):
        rows = read_corpus_file(GUARD / f"guard_{side}.tsv")
        hits = gate(model, [m.text for m in rows], [m.context for m in rows])
        result[f"guard_{side}_escalated"] = {"rate": round(float(hits.mean()), 4), "of": len(rows)}
    rows = read_corpus_file(GUARD / "guard_short.tsv")
    hits = gate(model, [m.text for m in rows], [m.context for m in rows])
    for kind in sorted({(m.label, m.category) for m in rows}):
        chosen = np.array([(m.label, m.category) == kind for m in rows])
        result[f"short_{kind[0]}_{kind[1]}_escalated"] = {
            "rate": round(float(hits[chosen].mean()), 4),
            "of": int(chosen.sum()),
            "escalated": [m.text for m, hit, c in zip(rows, hits, chosen, strict=True) if c and hit],
        }
    for name in PAIRED_GUARDS:
        result |= paired_guard(model, name)
    return result


def score(folder: Path, with_esconv: bool = True) -> dict[str, object]:
    model = RiskModel(folder)
    config = RiskTrainConfig()
    _, valid = split_by_family(load_training_messages(config), config.valid_share, config.seed)
    risky = np.array([m.risky for m in valid])
    flagged = gate(model, [m.text for m in valid], [m.context for m in valid])
    result: dict[str, object] = {
        "validation": {
            "recall": round(float(flagged[risky].mean()), 4),
            "false_escalation": round(float(flagged[~risky].mean()), 4),
            "risk": int(risky.sum()),
            "safe": int((~risky).sum()),
        }
    }
    result |= guard_results(model)
    if with_esconv:
        turns = esconv_turns()
        texts = [t for _, _, t in turns]
        in_valid = np.array([is_validation_family(f, config.valid_share, config.seed) for f, _, _ in turns])
        for name, contexts in (("with_context", [c for _, c, _ in turns]), ("alone", [()] * len(turns))):
            hits = gate(model, texts, contexts)
            result[f"esconv_{name}"] = {
                "rate": round(float(hits.mean()), 4),
                "validation_fold_rate": round(float(hits[in_valid].mean()), 4),
                "of": len(turns),
            }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=PACKAGED)
    parser.add_argument("--no-esconv", action="store_true", help="skip the ESConv turns (slow)")
    args = parser.parse_args(argv)
    print(json.dumps(score(args.folder, not args.no_esconv), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
