"""The spaCy pipeline: English's tokenizer tuned for tech terms, plus lookup lemmas.

Built once per process; nothing is downloaded (the lemma table ships in spacy-lookups-data). The tokenizer
is made directly from English's own rules — what `spacy.blank("en")` makes, with our infixes and special
cases in it from the start — because a blank Language resolves its whole config and then rebuilds the
tokenizer's special cases when the infixes change: a tenth of a second on every cold start, for a
pipeline with no component (tests/test_nlp.py holds the two to the same tokens).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# Tokens spaCy would split or mangle that must stay whole so aliases can match them.
_SPECIAL_CASES = ("C++", "c++", "C#", "c#", "F#", ".NET", ".net", "Node.js", "node.js", "A/B", "a/b", "CI/CD", "ci/cd", "W&B", "w&b", "R&D", "r&d")
# Split "C++/C#", "PyTorch/JAX" and "Python,SQL" into their parts.
_EXTRA_INFIXES = (r"(?<=[\w+#])/(?=[\w.])", r"(?<=[\w+#]),(?=[A-Za-z])")


class Pipeline:
    """The little of spacy.Language that mlmatch uses: a vocabulary and a tokenizer."""

    def __init__(self, tokenizer: Any):  # a spacy.tokenizer.Tokenizer: a compiled class without type stubs
        self.tokenizer = tokenizer
        self.vocab: Vocab = tokenizer.vocab

    def make_doc(self, text: str) -> Doc:
        doc: Doc = self.tokenizer(text)
        return doc

    def pipe(self, texts: Iterable[str]) -> Iterator[Doc]:
        yield from self.tokenizer.pipe(texts)


def tokenizer_settings() -> dict[str, Any]:
    """English's tokenizer settings with mlmatch's infixes and special cases added."""
    from spacy.lang.en import English
    from spacy.symbols import ORTH
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    defaults = English.Defaults
    rules = dict(defaults.tokenizer_exceptions)
    rules.update({case: [{ORTH: case}] for case in _SPECIAL_CASES})
    return {
        "rules": rules,
        "prefix_search": compile_prefix_regex(defaults.prefixes or ()).search,
        "suffix_search": compile_suffix_regex(defaults.suffixes or ()).search,
        "infix_finditer": compile_infix_regex(list(defaults.infixes) + list(_EXTRA_INFIXES)).finditer,
        "token_match": defaults.token_match,
        "url_match": defaults.url_match,
    }


def lemma_table() -> dict[str, str]:
    """English's lookup lemmas, read straight from spacy-lookups-data's file (spaCy's own loader finds it
    through the package entry points and fills a Bloom-filtered table, several times slower)."""
    import spacy_lookups_data
    from spacy.util import load_language_data

    return dict(load_language_data(spacy_lookups_data.en["lemma_lookup"]))


@lru_cache(maxsize=1)
def pipeline() -> tuple[Pipeline, dict[str, str]]:
    from spacy.lang.en import English
    from spacy.tokenizer import Tokenizer
    from spacy.vocab import create_vocab

    vocab = create_vocab("en", English.Defaults)
    return Pipeline(Tokenizer(vocab, **tokenizer_settings())), lemma_table()


def lemmatize(doc: Doc, lemmas: dict[str, str]) -> None:
    """Lower-case lookup lemmas: the table is case-sensitive, and 'Led' must become 'lead'."""
    for token in doc:
        lower = token.lower_
        token.lemma_ = lemmas.get(lower, lower)


def docs(texts: list[str]) -> Iterator[Doc]:
    nlp, lemmas = pipeline()
    for doc in nlp.pipe(texts):
        lemmatize(doc, lemmas)
        yield doc
