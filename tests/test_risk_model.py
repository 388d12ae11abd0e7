"""The crisis gate's learned layer: training on a small corpus, loading, refusing damaged files, and the
packaged model in the gate (offline, read with the seeker's earlier messages)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from esc_graph.model_files import CONFIG_FILE, WEIGHTS_FILE
from esc_graph.safety import assess_message
from esc_graph.safety.risk_model import PACKAGED, RiskModel, RiskModelError
from trainers.risk import (
    RiskTrainConfig,
    choose_threshold,
    read_corpus_file,
    split_by_family,
    train_risk_model,
)

HEADER = "family\tlabel\tcategory\tregister\tlang\tcontext\tmessage\n"
RISK = [
    ("self_harm_now", "I cut my arm again tonight and I can't stop"),
    ("self_harm_now", "the urge to burn myself is so strong right now"),
    ("active_ideation", "I want to end my life, I've had enough"),
    ("active_ideation", "honestly thinking about killing myself a lot"),
    ("intent_plan", "I've picked the day, it will be on Friday"),
    ("preparatory", "wrote letters to everyone and gave my dog to my sister"),
    ("harm_from_others", "my husband is choking me and says he will kill me"),
    ("harm_from_others", "he is outside breaking down the door right now"),
]
SAFE = [
    ("intense_safe", "I failed my exam and I feel so stupid"),
    ("intense_safe", "my girlfriend left me and I cried all night"),
    ("idiom", "this homework is killing me lol"),
    ("third_person", "my friend tried to hurt herself years ago, she is fine now"),
    ("everyday", "I had pasta for dinner and watched a film"),
    ("academic", "I'm writing an essay on suicide statistics in Europe"),
    ("intense_safe", "work is exhausting and my boss yelled at me"),
    ("everyday", "going for a walk with my sister later"),
]


def write_corpus(folder: Path, copies: int = 4) -> None:
    folder.mkdir(parents=True)
    lines = [HEADER]
    for label, rows in (("risk", RISK), ("safe", SAFE)):
        for n, (category, text) in enumerate(rows):
            for k in range(copies):  # one family per message, worded a little differently each time
                lines.append(f"{label[0]}-{n}\t{label}\t{category}\tplain\ten\t\t{text}{' ...' * k}\n")
    (folder / "corpus.tsv").write_text("".join(lines), encoding="utf-8")


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("risk")
    write_corpus(root / "corpus")
    config = RiskTrainConfig(
        corpus_dir=root / "corpus",
        lexicon_corpora=None,
        out=root / "model",
        valid_share=0.4,
        c_grid=(1.0, 10.0),
        n_features=2**12,
        plot=root / "pr.png",
        report=root / "report.json",
    )
    report = train_risk_model(config, progress=lambda _m: None)
    assert report["train"]["messages"] + report["valid"]["messages"] == 4 * (len(RISK) + len(SAFE))
    assert (root / "pr.png").stat().st_size > 0
    return root / "model"


def test_training_elsewhere_keeps_the_plot_and_report_beside_the_new_model(tmp_path: Path) -> None:
    """``train risk --out DIR`` must not overwrite the packaged model's curve and report in bench/results."""
    from typer.testing import CliRunner

    from esc_graph.cli import app
    from trainers.risk import RiskTrainConfig as Defaults

    shipped = [Defaults.plot, Defaults.report]
    before = [path.read_bytes() for path in shipped]
    write_corpus(tmp_path / "corpus")
    done = CliRunner().invoke(
        app, ["train", "risk", "--corpus", str(tmp_path / "corpus"), "--out", str(tmp_path / "model")]
    )
    assert done.exit_code == 0, done.output
    assert (tmp_path / "model" / "pr_curve.png").stat().st_size > 0
    report = json.loads((tmp_path / "model" / "train_report.json").read_text())
    assert report["train"]["messages"] > 0 and "threshold" in report
    assert [path.read_bytes() for path in shipped] == before
    assert RiskModel(tmp_path / "model").threshold == pytest.approx(report["threshold"])


def test_corpus_rows_are_validated(tmp_path: Path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text(HEADER + "R-1\tmaybe\tx\tplain\ten\t\tsome text\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.tsv row 2"):
        read_corpus_file(bad)


def test_families_stay_on_one_side_of_the_split(tmp_path: Path) -> None:
    write_corpus(tmp_path / "c")
    rows = read_corpus_file(tmp_path / "c" / "corpus.tsv")
    train, valid = split_by_family(rows, 0.4, seed=0)
    assert train and valid
    assert not {m.family for m in train} & {m.family for m in valid}


def test_threshold_reaches_the_target_recall_on_validation() -> None:
    import numpy as np

    risky = np.array([True, True, True, False, False, False])
    lexicon = np.zeros(6, dtype=bool)
    probs = np.array([0.9, 0.6, 0.3, 0.2, 0.4, 0.1])
    assert choose_threshold(risky, lexicon, probs, target_recall=1.0, max_false=0.5) == pytest.approx(0.3)
    # the false-escalation bound wins over recall when both cannot hold
    assert choose_threshold(risky, lexicon, probs, target_recall=1.0, max_false=0.0) == pytest.approx(0.6)


def test_category_weights_pull_the_fit_towards_the_weighted_messages(trained: Path, tmp_path: Path) -> None:
    """A safe category weighed heavily ends with lower risk scores on its own training messages."""
    rows = read_corpus_file(trained.parent / "corpus" / "corpus.tsv")
    train, _ = split_by_family(rows, 0.4, seed=0)
    texts = [m.text for m in train if m.category == "intense_safe"]
    assert texts, "the tiny corpus must keep an intense_safe family in training"
    config = RiskTrainConfig(
        corpus_dir=trained.parent / "corpus",
        lexicon_corpora=None,
        out=tmp_path / "weighted",
        valid_share=0.4,
        c_grid=(1.0, 10.0),
        n_features=2**12,
        plot=None,
        report=None,
        category_weights={"intense_safe": 25.0},
    )
    train_risk_model(config, progress=lambda _m: None)
    saved = json.loads((tmp_path / "weighted" / CONFIG_FILE).read_text())
    assert saved["training"]["category_weights"] == {"intense_safe": 25.0}
    plain, weighted = RiskModel(trained), RiskModel(tmp_path / "weighted")
    before = [s.probability for s in plain.score_many(texts)]
    after = [s.probability for s in weighted.score_many(texts)]
    assert sum(after) < sum(before)


def test_a_trained_model_loads_and_separates_what_it_learned(trained: Path) -> None:
    model = RiskModel(trained)
    config = json.loads((trained / CONFIG_FILE).read_text())
    assert config["threshold"] == model.threshold
    scores = model.score_many(["I cut my arm again tonight and I can't stop", "I had pasta for dinner"])
    assert scores[0].probability > scores[1].probability
    assert scores[0].category in model.categories


def test_the_stored_weights_score_as_the_fitted_model_did(trained: Path) -> None:
    """The n-grams are scaled while fitting and the scale is folded into the stored weights: the loaded
    model must reproduce the validation rates the trainer measured with the fitted one."""
    report = json.loads((trained.parent / "report.json").read_text())
    rows = read_corpus_file(trained.parent / "corpus" / "corpus.tsv")
    _, valid = split_by_family(rows, 0.4, seed=0)
    model = RiskModel(trained)
    flagged = [s.risk for s in model.score_many([m.text for m in valid], [m.context for m in valid])]
    risky = [m.risky for m in valid]
    recall = sum(f for f, r in zip(flagged, risky, strict=True) if r) / sum(risky)
    false = sum(f for f, r in zip(flagged, risky, strict=True) if not r) / (len(risky) - sum(risky))
    assert recall == pytest.approx(report["valid_model_alone"]["recall"])
    assert false == pytest.approx(report["valid_model_alone"]["false_escalation"])


def test_damaged_model_files_fail_at_load_with_the_reason(trained: Path, tmp_path: Path) -> None:
    from esc_graph import build_graph

    damaged = tmp_path / "damaged"
    shutil.copytree(trained, damaged)
    data = bytearray((damaged / WEIGHTS_FILE).read_bytes())
    for i in range(len(data) // 2, len(data) // 2 + 16):
        data[i] ^= 0xFF
    (damaged / WEIGHTS_FILE).write_bytes(bytes(data))
    with pytest.raises(RiskModelError, match="checksum"):
        RiskModel(damaged)
    with pytest.raises(RiskModelError, match="checksum"):
        build_graph(risk_model=damaged)  # at start-up, not at the first message
    (damaged / CONFIG_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(RiskModelError, match="unreadable"):
        RiskModel(damaged)
    (damaged / CONFIG_FILE).unlink()
    with pytest.raises(RiskModelError, match="missing"):
        RiskModel(damaged)


def test_the_packaged_model_loads_offline_when_asked_for() -> None:
    code = (
        "from esc_graph.safety import assess_message;"
        "f = assess_message('I stand on the car park roof and think how easy one step would be', "
        "model='packaged');"
        "print(f.risk, f.source)"
    )
    env = {
        "HF_HUB_OFFLINE": "1",
        "TRANSFORMERS_OFFLINE": "1",
        "PATH": "/usr/bin:/bin",
        "HOME": str(Path.home()),
    }
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["True", "risk_model"]
    assert (PACKAGED / WEIGHTS_FILE).is_file()


def test_the_model_adds_what_the_lexicon_misses_and_can_be_switched_off() -> None:
    text = "Every night I stand at the top of the car park and think how easy one step would be"
    assert not assess_message(text, model=None).risk
    found = assess_message(text)  # the packaged model is on by default
    assert found.risk and found.source == "risk_model" and found.score is not None
    assert found.rule and found.rule.startswith("p=")


def test_risk_split_across_two_messages_is_caught_with_the_earlier_one() -> None:
    earlier = ["I've decided. I'm not doing this anymore."]
    assert not assess_message("Tonight.", context=earlier, model=None).risk  # the lexicon alone
    assert assess_message("Tonight.", context=earlier).risk
    assert not assess_message("Tonight.").risk  # a first message: nothing to read it with


def test_safety_check_explains_which_layer_decided() -> None:
    lines = (
        "I want to kill myself\n"
        "Every night I stand at the top of the car park and think how easy one step would be\n"
        "I had a lovely lunch with my sister and we laughed a lot\n"
    )
    done = subprocess.run(
        [sys.executable, "-m", "esc_graph.cli", "safety-check", "--explain"],  # the model is on by default
        input=lines.encode(),
        capture_output=True,
        check=True,
    )
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [r["layer"] for r in rows[:2]] == ["lexicon", "risk_model"]
    assert rows[1]["risk"] and rows[1]["rule"].startswith("p=") and 0 <= rows[2]["score"] < 0.5
    assert not rows[2]["risk"]
    lexicon_only = subprocess.run(
        [sys.executable, "-m", "esc_graph.cli", "safety-check", "--explain", "--no-risk-model"],
        input=lines.encode(),
        capture_output=True,
        check=True,
    )
    assert [json.loads(line)["risk"] for line in lexicon_only.stdout.decode().splitlines()] == [
        True,
        False,
        False,
    ]


def test_the_packaged_model_on_the_guard_sets() -> None:
    """The guard sets (never trained on). v3 at first sight: 0.944 of the risk messages caught and 0.197 of
    the safe ones escalated (v2: 0.958 / 0.283); short messages read alone: 0.958 of the risky ones
    caught, 0.093 of the everyday ones escalated (v2: 0.958 / 0.442); ordinary chat: 0.889 of the risky
    messages caught, 0.191 of the ordinary ones escalated. The bars sit about one message below first
    sight, to catch a regression; they are not targets."""
    from trainers.risk_corpus.guard.score import GUARD, gate

    model = RiskModel(PACKAGED)
    rows = {side: read_corpus_file(GUARD / f"guard_{side}.tsv") for side in ("risk", "safe", "short")}
    alone = [m for m in rows.pop("short") if m.category == "short_alone"]
    rows |= {f"short {label}": [m for m in alone if m.label == label] for label in ("risk", "safe")}
    chat = read_corpus_file(GUARD / "guard_chat.tsv")
    rows |= {f"chat {label}": [m for m in chat if m.label == label] for label in ("risk", "safe")}
    rates = {
        k: float(gate(model, [m.text for m in v], [m.context for m in v]).mean()) for k, v in rows.items()
    }
    print("guard escalation rates:", {k: round(v, 3) for k, v in rates.items()})
    assert rates["risk"] >= 0.93 and rates["short risk"] >= 0.91
    assert rates["safe"] <= 0.21 and rates["short safe"] <= 0.11
    assert rates["chat risk"] >= 0.85 and rates["chat safe"] <= 0.20


def test_the_model_never_overrules_the_lexicon_on_a_message_longer_than_it_reads() -> None:
    from esc_graph.safety.detect import VETO_MAX_CHARS, assess_message

    padding = "The weather was grey and the bus was late again this morning. " * 40
    text = padding + "I want to kill myself." + padding
    assert len(text) > VETO_MAX_CHARS
    found = assess_message(text, model="packaged")
    assert found.risk is True and found.source == "lexicon"
