"""Find lemma phrases from signals.toml in text."""

from __future__ import annotations

from functools import lru_cache

from ..nlp import docs


@lru_cache(maxsize=2048)  # every phrase of signals.toml, lemmatised once
def _lemma_phrase(phrase: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The phrase's lemmas, and its words as written: "lower" is "low" to the lemma table, but "lowered"
    is "lower", so a phrase matches by either."""
    doc = next(docs([phrase]))
    return tuple(token.lemma_ for token in doc), tuple(token.lower_ for token in doc)


@lru_cache(maxsize=8192)
def lemma_tokens(text: str) -> tuple[str, ...]:
    """Cached: the scope signal and the bullet grader both read every bullet."""
    return tuple(token.lemma_ for token in next(docs([text])))


def find_phrases(lemmas: tuple[str, ...], phrases: list[str] | tuple[str, ...]) -> list[str]:
    """Phrases (as written in the signals file) whose lemmas occur in order in `lemmas`."""
    found = []
    for phrase in phrases:
        lemmatised, written = _lemma_phrase(phrase)
        n = len(lemmatised)
        if any(lemmas[i : i + n] in (lemmatised, written) for i in range(len(lemmas) - n + 1)):
            found.append(phrase)
    # "technical direction" inside "set technical direction" is one piece of evidence, not two.
    return [p for p in found if not any(p != q and f" {p} " in f" {q} " for q in found)]
