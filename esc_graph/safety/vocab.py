"""Shared vocabulary of the safety rules: people, means, places, and the ``Rule`` type."""

from __future__ import annotations

import re
from dataclasses import dataclass

from esc_graph.safety.normalise import squeeze_pattern

I_AM = r"(?:i am|i have been|i was|i will|i would|i)"
PEOPLE = (
    r"(?:everyone|everybody|every one|people|they|the world|this world|my family|my kids|my children|my "
    r"parents|my friends|my mom|my dad|my wife|my husband|my partner|you all|the people around me|family)"
)
KIN = (
    r"(?:husband|wife|partner|boyfriend|girlfriend|dad|father|mom|mum|mother|stepdad|stepfather|stepmom|"
    r"stepmother|ex|brother|sister|uncle|aunt|cousin|boss|roommate|flatmate|parents|son|daughter|grandpa)"
)
PILLS = (
    r"(?:pills|pill|tablets|meds|medication|medicine|sleeping pills|painkillers|paracetamol|"
    r"acetaminophen|tylenol|ibuprofen|aspirin|benadryl|xanax|oxy|oxycodone|insulin|opioids|fentanyl|antidepressants|"
    r"sertraline|lithium|melatonin|sleeping tablets)"
)
HIGH_PLACES = (
    r"(?:bridge|bridges|building|buildings|roof|rooftop|rooftops|tower|towers|cliff|cliffs|skyscraper|"
    r"skyscrapers|parking garage|car park|overpass|balcony|dam|ledge)"
)


@dataclass(frozen=True)
class Rule:
    category: str
    id: str
    pattern: re.Pattern[str]


def rules_for(category: str, items: dict[str, str]) -> list[Rule]:
    return [Rule(category, rid, re.compile(squeeze_pattern(p))) for rid, p in items.items()]
