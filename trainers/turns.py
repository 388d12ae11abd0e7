"""The supporter turns every stage works on: one definition for evaluation, mining, calibration and the
strategy head.

A turn is one supporter utterance of an ESConv dialogue with its gold history (everything said before
it) and the appraisal its prompts show (``trainers.appraisal_turns``). Its id,
``<dialogue id>:<utterance index>``, names it in every output file and seeds its sampling.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from esc_graph.prompts import Utterance
from esc_graph.state import Appraisal
from trainers.appraisal_turns import turn_appraisals
from trainers.data import Dialogue, load_split, subsample, supporter_turns


@dataclass(frozen=True)
class Turn:
    id: str
    dialogue: str
    index: int
    history: tuple[Utterance, ...]
    gold: Utterance
    appraisal: Appraisal | None = None  # what the prompts show (trainers.appraisal_turns)

    @property
    def strategy(self) -> str:
        return self.gold.strategy or "Others"

    @property
    def seeker(self) -> str:
        """The seeker's last message before this turn ('' when the supporter opens)."""
        return next((u.text for u in reversed(self.history) if u.speaker == "seeker"), "")


def select_turns(
    data: str | None,
    split: str,
    scheme: str,
    *,
    limit: int | None = None,
    seed: int = 0,
    max_dialogues: int | None = None,
) -> list[Turn]:
    """The supporter turns of ``split`` under ``scheme``: a seeded subset of ``max_dialogues`` dialogues,
    then a seeded subset of ``limit`` turns (both None: every turn), in corpus order."""
    dialogues = subsample(load_split(data, split, scheme), max_dialogues, seed)
    return with_appraisals(subsample(dialogue_turns(dialogues), limit, seed))


def dialogue_turns(dialogues: Sequence[Dialogue]) -> list[Turn]:
    """Every supporter turn of these dialogues, in order, without appraisals."""
    return [Turn(f"{d.id}:{i}", d.id, i, tuple(h), u) for d in dialogues for i, h, u in supporter_turns(d)]


def with_appraisals(turns: list[Turn]) -> list[Turn]:
    """The turns, each with the appraisal serving would give its history."""
    found = turn_appraisals([(t.dialogue, t.history) for t in turns])
    return [replace(t, appraisal=a) for t, a in zip(turns, found, strict=True)]
