"""Text normalisation before any matching: the first layer of crisis detection.

Seekers in distress write fast and loosely: curly quotes, capitals, "soooo", "k1ll", "s u i c i d e",
"don't" and "dont". Everything is brought to one plain form: lowercase ASCII letters and digits, no
apostrophes, common contractions spelled out, and every run of a repeated letter squeezed to one letter
("kill" → "kil", "sooo" → "so"). Patterns are squeezed the same way (see ``squeeze_pattern``), so both
sides meet in the middle.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
    }
)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
# Letters from other scripts that look like Latin ones ("kіll" with a Cyrillic і).
_CONFUSABLES = str.maketrans("асеорхуіјѕԁɡοαιενκτ", "aceopxyijsdgoaievkt")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
_LEET_CHARS = set("013457@$")

# Spelled-out forms, keyed by the squeezed token (apostrophes already removed).
_EXPANSIONS = {
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "cant": "can not",
    "canot": "can not",
    "couldnt": "could not",
    "wont": "will not",
    "wouldnt": "would not",
    "shouldnt": "should not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "aint": "am not",
    "im": "i am",
    "hes": "he is",
    "shes": "she is",
    "hadnt": "had not",
    "hasnt": "has not",
    "havent": "have not",
    "2": "to",
    "ive": "i have",
    "youre": "you are",
    "theyre": "they are",
    "thats": "that is",
    "whats": "what is",
    "theres": "there is",
    "gona": "going to",
    "wana": "want to",
    "gota": "got to",
    "tryna": "trying to",
    "u": "you",
    "ur": "your",
    "r": "are",
    "cuz": "because",
    "coz": "because",
    "bc": "because",
    "rn": "right now",
    "kms": "kil myself",
    "kys": "kil yourself",
    "unalive": "kil",
    "sewerslide": "suicide",
}
# Contractions that are only safe to expand while the apostrophe is still there ("ill" is a word).
_APOSTROPHE_EXPANSIONS = {"i'll": "i will", "i'd": "i would", "it's": "it is", "he'll": "he will"}

# Words that spaced-out crisis phrases are rebuilt from.
_SEGMENT_WORDS = frozenset(
    "i me my myself self want wanna to die dead kill end life suicide suicidal cut cutting hurt harm "
    "going gonna am be not alive live anymore just do it all take own better off hang overdose jump "
    "bridge pills wish was never born no reason point can go on".split()
)
_MAX_SEGMENT = 200  # longer runs of single letters are not worth segmenting (and would cost time)
_SEPARATED_LETTERS = re.compile(r"\b(?:[a-z][.\-_*·]){2,}[a-z]\b")
_SPACED_RUN = re.compile(r"(?<![a-z0-9])(?:[a-z] ){2,}[a-z](?![a-z0-9])")
_REPEATS = re.compile(r"([a-z])\1+")


def squeeze(text: str) -> str:
    """Every run of one repeated letter becomes a single letter."""
    return _REPEATS.sub(r"\1", text)


def squeeze_pattern(pattern: str) -> str:
    """Squeeze the literal letters of a regular expression the way ``squeeze`` squeezes text.

    Escapes such as ``\\b`` are kept whole, so ``\\bbridge`` stays a word boundary before "bridge".
    """
    out: list[str] = []
    escaped_prev = False
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            out.append(pattern[i : i + 2])
            escaped_prev = True
            i += 2
            continue
        if ch.isalpha() and out and not escaped_prev and out[-1] == ch:
            i += 1
            continue
        out.append(ch)
        escaped_prev = False
        i += 1
    return "".join(out)


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _unleet(token: str) -> str:
    """Undo digit-for-letter swaps in tokens that are mostly letters ("k1ll", "$uicide"), not "25m"."""
    if not _LEET_CHARS.intersection(token):
        return token
    letters = sum(ch.isalpha() for ch in token)
    if letters == 0 or letters * 2 < len(token):
        return token
    return token.translate(_LEET)


def _segment(run: str) -> str:
    """Split a run of joined letters into known words when it splits completely ("killmyself")."""
    if len(run) > _MAX_SEGMENT:
        return run
    # fewest words ending at each position, with a back-pointer to where that last word starts
    best: list[tuple[int, int] | None] = [(0, 0)] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - 12), end):
            prev = best[start]
            if prev is not None and run[start:end] in _SEGMENT_WORDS:
                if best[end] is None or prev[0] + 1 < best[end][0]:  # type: ignore[index]
                    best[end] = (prev[0] + 1, start)
    if best[-1] is None:
        return run
    words, end = [], len(run)
    while end > 0:
        start = best[end][1]  # type: ignore[index]
        words.append(run[start:end])
        end = start
    return " ".join(reversed(words))


def _join_spaced_letters(text: str) -> str:
    """ "k.i.l.l" → "kill"; "d i e" → "die"; "k i l l m y s e l f" → "kill myself"."""
    text = _SEPARATED_LETTERS.sub(lambda m: _segment(re.sub(r"[.\-_*·]", "", m.group())), text)
    return _SPACED_RUN.sub(lambda m: _segment(m.group().replace(" ", "")), text)


def normalise(text: str) -> str:
    """The plain, squeezed form that the lexicon is matched against."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_INVISIBLE)
    text = _strip_marks(text.casefold()).translate(_CONFUSABLES)
    for short, full in _APOSTROPHE_EXPANSIONS.items():
        text = re.sub(rf"\b{re.escape(short)}\b", full, text)
    text = " ".join(_unleet(tok) for tok in text.split())
    text = text.replace("'", "")
    text = _join_spaced_letters(re.sub(r"[^a-z0-9.\-_*· ]+", " ", text))
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    tokens = [squeeze(tok) for tok in text.split()]
    return squeeze(" ".join(_EXPANSIONS.get(tok, tok) for tok in tokens))


def compact(text: str) -> str:
    """The normalised text without spaces, for spaced-out spellings ("k i l l m y s e l f")."""
    return normalise(text).replace(" ", "")
