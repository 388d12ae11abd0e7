"""ESConv seeker turns as safe distress for the crisis classifier, minus the few that carry real risk.

Takes seeker turns only from the thu-coai ``train`` and ``valid`` splits (never ``test``, never the
failed dialogues), at most ``PER_DIALOGUE`` per dialogue, each with up to three earlier seeker turns as
context. Every candidate is screened by the phrase lexicon and by a keyword pattern; the flagged ones
were read by hand, and the decisions live in ``RISK`` (relabelled as risk, with a category) and
``UNCLEAR`` (left out of both files). Everything else goes to ``esconv_safe.tsv``.

Short seeker turns (under ``MIN_WORDS`` words: "ok bye", "Hello", "I'll do it") go to
``esconv_short_safe.tsv``, at most ``SHORT_PER_DIALOGUE`` per dialogue, so the classifier learns that
ordinary short replies are safe. They are not read one by one, so the rule is stricter: no turn from a
dialogue with any ``RISK`` or ``UNCLEAR`` turn, and none whose text or earlier turns the screen flags.

Seeker turns that are only ever context are screened too. The keyword pattern misses risk said in plain
words ("Looking to do it tomorrow"), so wider word lists (living, burden, hurt, abuse, escape, ...) were
read turn by turn, every dialogue with a risky-looking turn or an alarming ``situation`` was read whole,
and ``RISK`` holds short turns that no pattern catches.

Run: ``python trainers/risk_corpus/extract_esconv.py [--data DIR] [--review]``; ``--review`` prints the
flagged turns that are in neither list (read and judged safe) instead of writing files.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from esc_graph.safety.detect import lexicon_check
from trainers.data import DataError, Dialogue, load_split

HERE = Path(__file__).resolve().parent
SAFE_OUT = HERE / "esconv_safe.tsv"
RISK_OUT = HERE / "esconv_risk.tsv"
SHORT_OUT = HERE / "esconv_short_safe.tsv"
SHORT_PER_DIALOGUE = 3
SPLITS = ("train", "valid")
PER_DIALOGUE = 4
MIN_WORDS = 6
CONTEXT_TURNS = 3
COLUMNS = ("family", "label", "category", "register", "lang", "context", "message")
KEYWORDS = re.compile(
    r"suicid|\bkill|\bend it\b|end my life|\bdie\b|\bdying\b|\bdead\b|death|\bcut(s|ting)?\b"
    r"|hurt (my|him|her)self|self.?harm|harm myself|\bpills?\b|overdose|abus|hit me|hits me"
    r"|\bbeat|punch|chok|strangl|threat"
    r"|\brap(e|ed|ing)\b|assault|\bjump|bridge|\bgun|knife|\brope\b|\bhang|no point|give up|giving up"
    r"|better off|worthless|hopeless|not worth|disappear|\bkms\b|can'?t go on|no reason to live",
    re.IGNORECASE,
)

# Read by hand: seeker turns that carry current risk, with a category. Key: "<dialogue id>#<turn index>".
# A candidate whose message is one of these goes to the risk file; one that only has it in its context
# is left out of both files (the risk was already said a turn or more before).
RISK: dict[str, str] = {
    # explicit wish to die or suicidal thoughts now
    "esconv-0394#2": "suicide",
    "esconv-0292#11": "suicide",
    "esconv-0292#28": "suicide",
    "esconv-0292#30": "suicide",
    "esconv-0292#32": "suicide",
    "esconv-1244#4": "suicide",
    "esconv-1244#8": "suicide",
    "esconv-0947#6": "suicide",
    "esconv-0947#14": "suicide",
    "esconv-0947#15": "suicide",
    "esconv-0770#3": "suicide",
    "esconv-0770#6": "suicide",
    "esconv-0920#16": "suicide",
    "esconv-1245#14": "suicide",
    # passive wishes to be dead, without the usual keywords
    "esconv-0901#5": "suicide",
    "esconv-1136#6": "suicide",
    "esconv-0850#0": "suicide",
    "esconv-0345#22": "suicide",
    "esconv-0345#24": "suicide",
    # asking for a method, and the dialogue around it
    "esconv-0229#1": "method_seeking",
    "esconv-0229#5": "suicide",
    "esconv-0229#8": "suicide",
    "esconv-0229#10": "suicide",
    "esconv-0229#11": "method_seeking",
    "esconv-0229#17": "suicide",
    # self-harm now
    "esconv-0862#7": "self_harm",
    "esconv-0862#9": "self_harm",
    "esconv-0862#11": "self_harm",
    "esconv-0587#9": "self_harm",
    # a recent attempt, a plan for tomorrow, and abuse at home (one dialogue, mostly short turns)
    **{f"esconv-0400#{i}": "suicide" for i in (5, 7, 12, 15, 18, 19, 20, 22, 23, 24, 25, 28, 29, 32, 33)},
    "esconv-0400#9": "self_harm",
    "esconv-0400#11": "self_harm",
    "esconv-0400#14": "method_seeking",
    **{f"esconv-0400#{i}": "harm_from_others" for i in (34, 36, 37, 38, 40, 42)},
    # physical and sexual abuse by a partner now
    "esconv-1061#1": "harm_from_others",
    "esconv-1061#10": "harm_from_others",
    "esconv-1056#5": "harm_from_others",
    "esconv-1056#11": "harm_from_others",
}

# Read by hand: seeker turns too unclear to call safe or risk; candidates with them are left out.
UNCLEAR: set[str] = {
    "esconv-1174#2",  # "I dont want to really be around": maybe passive ideation, maybe not
    "esconv-0530#5",  # "crawl into a hole and die" during a breakup and job loss
    "esconv-0195#44",  # "a worthless existence"
    "esconv-0947#12",  # "don't want to be a burden", a few turns after "nothing to live for"
    "esconv-1035#21",  # "I cant live like this anymore" about being overwhelmed
    "esconv-0036#19",  # "pain is the only thing telling me I'm still alive" (a quoted saying, or not)
    "esconv-0248#34",  # a past overdose and drug use now
    "esconv-0961#9",  # restrictive eating
    "esconv-1245#10",  # an ex threatening to post nude pictures
    "esconv-1262#9",  # a violent ex looking for where he moved
    "esconv-1262#15",
    "esconv-1262#22",  # "things happened" last month
    "esconv-0188#10",  # a controlling husband who may try to stop her leaving
    "esconv-0188#16",
    "esconv-0188#17",
    "esconv-0797#11",  # living with a controlling, abusive husband
    "esconv-0797#13",
    "esconv-0574#12",  # wishing two former friends dead, in anger
    # a hostile dialogue: head banging, a confessed arson, racist claims; not safe distress
    *(f"esconv-0267#{i}" for i in (0, 1, 3, 4, 6, 8, 9, 10, 11, 13, 15, 16, 17, 19, 21, 23, 25, 27)),
}


@dataclass(frozen=True)
class Candidate:
    key: str
    family: str
    context_keys: tuple[str, ...]
    context: str
    message: str


def _clean(text: str) -> str:
    return " ".join(text.replace("||", "|").split())


def _spread(indices: list[int], limit: int) -> list[int]:
    """At most ``limit`` indices spread evenly over ``indices``, first and last included."""
    if len(indices) <= limit:
        return indices
    step = (len(indices) - 1) / (limit - 1)
    return [indices[round(i * step)] for i in range(limit)]


def candidates(dialogue: Dialogue) -> list[Candidate]:
    seeker = [i for i, t in enumerate(dialogue.turns) if t.speaker == "seeker"]
    eligible = [i for i in seeker if len(dialogue.turns[i].text.split()) >= MIN_WORDS]
    rows = []
    for index in _spread(eligible, PER_DIALOGUE):
        earlier = [i for i in seeker if i < index][-CONTEXT_TURNS:]
        rows.append(
            Candidate(
                key=f"{dialogue.id}#{index}",
                family=f"E-{dialogue.id}",
                context_keys=tuple(f"{dialogue.id}#{i}" for i in earlier),
                context=" || ".join(_clean(dialogue.turns[i].text) for i in earlier),
                message=_clean(dialogue.turns[index].text),
            )
        )
    return rows


def short_rows(dialogue: Dialogue) -> list[tuple[str, ...]]:
    """Safe rows from the dialogue's short seeker turns (none from a dialogue with a hand-read risky or
    unclear turn, none the screen flags in the turn or its context)."""
    seeker = [i for i, t in enumerate(dialogue.turns) if t.speaker == "seeker"]
    if any(f"{dialogue.id}#{i}" in RISK or f"{dialogue.id}#{i}" in UNCLEAR for i in seeker):
        return []
    kept = []
    for n, index in enumerate(seeker):
        text = _clean(dialogue.turns[index].text)
        if not text or len(text.split()) >= MIN_WORDS:
            continue
        earlier = [_clean(dialogue.turns[i].text) for i in seeker[max(0, n - CONTEXT_TURNS) : n]]
        if screen(earlier, text) is None and all(screen([], e) is None for e in earlier):
            kept.append((earlier, text))
    chosen = [kept[i] for i in _spread(list(range(len(kept))), SHORT_PER_DIALOGUE)] if kept else []
    return [
        (f"E-{dialogue.id}", "safe", "esconv_short", "plain", "en", " || ".join(earlier), text)
        for earlier, text in chosen
    ]


def turns_used(dialogues: list[Dialogue], rows: list[Candidate]) -> dict[str, tuple[list[str], str]]:
    """Every seeker turn that some candidate shows (as message or context): key → (earlier turns, text)."""
    wanted = {k for c in rows for k in (c.key, *c.context_keys)}
    used = {}
    for dialogue in dialogues:
        seeker = [i for i, t in enumerate(dialogue.turns) if t.speaker == "seeker"]
        for n, index in enumerate(seeker):
            key = f"{dialogue.id}#{index}"
            if key in wanted:
                earlier = [_clean(dialogue.turns[i].text) for i in seeker[max(0, n - CONTEXT_TURNS) : n]]
                used[key] = (earlier, _clean(dialogue.turns[index].text))
    return used


def screen(earlier: list[str], text: str) -> str | None:
    """Why a seeker turn needs reading (the lexicon rule or the keyword that fired), or None."""
    verdict = lexicon_check(text, earlier)
    if verdict.risk:
        return f"lexicon:{verdict.rule}"
    found = KEYWORDS.search(text)
    return f"keyword:{found.group(0).lower()}" if found else None


def assign(c: Candidate) -> str:
    """Which file a candidate goes to: "risk", "safe", or "out" (risk or an unclear turn in its context)."""
    if c.key in RISK:
        return "risk"
    if c.key in UNCLEAR or any(k in RISK or k in UNCLEAR for k in c.context_keys):
        return "out"
    return "safe"


def header(what: str, per_dialogue: int = PER_DIALOGUE) -> list[str]:
    return [
        f"# esc-graph crisis training corpus: {what}",
        "# version 2, 2026-11-30. Regenerate with trainers/risk_corpus/extract_esconv.py.",
        "# Source: ESConv (Liu et al., Towards Emotional Support Dialog Systems, ACL 2021), thu-coai",
        "# train and valid splits only; CC BY-NC 4.0, for non-commercial research use.",
        f"# At most {per_dialogue} seeker turns per dialogue; context = up to {CONTEXT_TURNS} earlier seeker"
        " turns joined by ' || '.",
        "\t".join(COLUMNS),
    ]


def write(path: Path, what: str, rows: list[tuple[str, ...]], per_dialogue: int = PER_DIALOGUE) -> None:
    lines = header(what, per_dialogue) + ["\t".join(r) for r in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="ESConv folder (default: the shared copy)")
    parser.add_argument(
        "--review", action="store_true", help="print flagged turns judged safe, write nothing"
    )
    args = parser.parse_args(argv)
    try:
        dialogues = [d for split in SPLITS for d in load_split(args.data, split, "thu-coai")]
    except DataError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    every = [c for d in dialogues for c in candidates(d)]
    used = turns_used(dialogues, every)
    flagged = {k: why for k, (earlier, text) in used.items() if (why := screen(earlier, text)) is not None}
    seeker_turns = {f"{d.id}#{i}" for d in dialogues for i, t in enumerate(d.turns) if t.speaker == "seeker"}
    unknown = (RISK.keys() | UNCLEAR) - seeker_turns
    if unknown:
        print(f"error: decisions for turns that are not seeker turns: {sorted(unknown)[:5]}", file=sys.stderr)
        return 1
    if args.review:
        for key, why in flagged.items():
            if key not in RISK and key not in UNCLEAR:
                print(f"{key}\t{why}\t{used[key][1]}")
        return 0
    where = {c.key: assign(c) for c in every}
    safe = [
        (c.family, "safe", "esconv", "plain", "en", c.context, c.message)
        for c in every
        if where[c.key] == "safe"
    ]
    risk = [
        (c.family, "risk", RISK[c.key], "plain", "en", c.context, c.message)
        for c in every
        if where[c.key] == "risk"
    ]
    short = [row for d in dialogues for row in short_rows(d)]
    write(SAFE_OUT, "ESConv seeker turns, safe distress", safe)
    write(RISK_OUT, "ESConv seeker turns relabelled as risk after reading", risk)
    write(SHORT_OUT, f"ESConv short seeker turns (under {MIN_WORDS} words), safe", short, SHORT_PER_DIALOGUE)
    left_out = sum(v == "out" for v in where.values())
    print(
        f"{len(dialogues)} dialogues, {len(every)} candidates; {len(flagged)} of {len(used)} seeker turns "
        f"shown were flagged and read ({len(RISK)} risk, {len(UNCLEAR)} unclear); "
        f"{len(safe)} safe rows, {len(risk)} risk rows, {left_out} left out; {len(short)} short safe rows"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
