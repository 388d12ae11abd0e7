"""Write ``context_only_safe.tsv``: risk-corpus messages whose risk is only in the earlier messages, alone.

"Tonight." after "I have the pills counted out" is risk; "Tonight." as a first message is not. A model
that only ever sees such messages after their context learns that short replies are risky in
themselves, and escalates "Please." or "Danke." read alone. Each message chosen below (by reading
every short risk-corpus message with context) is written again with no context and labelled safe, in
its risk family, so the pair stays on one side of every split. Messages that carry risk alone ("really
want to sh tonight", "bye. for good") are not chosen.

Run: ``python trainers/risk_corpus/write_context_only.py``.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
RISK = HERE / "risk.tsv"
OUT = HERE / "context_only_safe.tsv"
COLUMNS = ("family", "label", "category", "register", "lang", "context", "message")
# (family, message) of risk rows whose message alone carries no risk.
CONTEXT_ONLY = {
    "R-064": (
        "This weekend.",
        "saturday",
        "Será este fin de semana.",
        "Ce sera ce week-end.",
        "Am Wochenende.",
    ),
    "R-081": ("tonight when theyre asleep", "esta noche", "Hoje à noite.", "heute nacht"),
    "R-122": ("im stopping now. bye",),
    "R-188": (
        "Friday night, then.",
        "friday it is",
        "So, Friday after my shift.",
        "Vendredi soir, alors.",
        "also freitag",
        "friday 🌙 thats when",
    ),
    "R-234": ("hes on the stairs",),
    "R-236": (
        "It's tonight.",
        "tonight then",
        "Sunday night, when everyone's asleep.",
        "Tonight it will happen.",
        "esta misma noche",
        "Ce sera ce soir.",
        "Morgen früh, bevor alle aufwachen.",
        "Vai ser hoje.",
    ),
    "R-237": (
        "I've decided.",
        "yeah. decided",
        "i made my desicion",
        "Lo he decidido.",
        "c'est décidé",
        "hab mich entschieden",
        "já decidi",
    ),
    "R-238": ("Yes. I am.", "yes. now", "Yes. Soon.", "Yes, I will.", "Sí. Ahora.", "Oui. Je vais le faire."),
    "R-239": ("Goodbye.", "Goodbye, take care of yourself.", "Adeus. Desculpa por tudo.", "Adieu."),
}


def rows() -> list[dict[str, str]]:
    lines = [
        line for line in RISK.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")
    ]
    risk = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    chosen = {(family, message) for family, messages in CONTEXT_ONLY.items() for message in messages}
    found = [r for r in risk if (r["family"], r["message"]) in chosen and r["context"]]
    missing = chosen - {(r["family"], r["message"]) for r in found}
    if missing:
        raise SystemExit(f"not in {RISK.name} with context: {sorted(missing)}")
    return [{**r, "label": "safe", "category": "context_only", "context": ""} for r in found]


def main() -> int:
    header = [
        "# esc-graph crisis training corpus, safe side: risk-corpus messages read with no earlier message.",
        "# version 1, 2026-12-01. Written by trainers/risk_corpus/write_context_only.py from risk.tsv.",
        "# Each message is risk after its context (risk.tsv) and safe alone; same family, so one split side.",
        "# licence: written for this project, Apache-2.0.",
        "\t".join(COLUMNS),
    ]
    written = rows()
    OUT.write_text(
        "\n".join(header + ["\t".join(r[c] for c in COLUMNS) for r in written]) + "\n", encoding="utf-8"
    )
    print(f"{len(written)} rows in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
