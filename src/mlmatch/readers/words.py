"""English word list for mending line-end hyphenation: the lemma table spacy-lookups-data ships."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    data = resources.files("spacy_lookups_data") / "data" / "en_lemma_lookup.json.gz"
    with data.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as handle:
        table = json.load(handle)
    return frozenset(word.lower() for pair in table.items() for word in pair)


def join_hyphenated(first: str, second: str) -> str:
    """'distrib-' + 'uted' -> 'distributed'; 'click-' + 'through' -> 'click-through'."""
    head = first[:-1]
    stem = (head.split() or [head])[-1].split("-")[-1].lower()
    tail = (second.split() or [second])[0].lower().strip(".,;:)")
    words = known_words()
    if (stem + tail) in words or not (stem in words or tail in words):
        return head + second
    return first + second  # a compound that was hyphenated anyway
