"""The spaCy pipeline: a blank English tokenizer tuned for tech terms, plus lookup lemmas.

Built once per process; nothing is downloaded (the lemma table ships in spacy-lookups-data).
"""

from __future__ import annotations

from functools import lru_cache

# Tokens spaCy would split or mangle that must stay whole so aliases can match them.
_SPECIAL_CASES = ("C++", "c++", "C#", "c#", "F#", ".NET", ".net", "Node.js", "node.js", "A/B", "a/b", "CI/CD", "ci/cd", "W&B", "w&b", "R&D", "r&d")


@lru_cache(maxsize=1)
def pipeline():
    import spacy
    from spacy.lookups import load_lookups
    from spacy.symbols import ORTH
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    # Split "C++/C#", "PyTorch/JAX" and "Python,SQL" into their parts.
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[\w+#])/(?=[\w.])", r"(?<=[\w+#]),(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for case in _SPECIAL_CASES:
        nlp.tokenizer.add_special_case(case, [{ORTH: case}])
    return nlp, load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


def lemmatize(doc, lemmas) -> None:
    """Lower-case lookup lemmas: the table is case-sensitive, and 'Led' must become 'lead'."""
    for token in doc:
        lower = token.lower_
        token.lemma_ = lemmas.get(lower, lower)


def docs(texts: list[str]):
    nlp, lemmas = pipeline()
    for doc in nlp.pipe(texts):
        lemmatize(doc, lemmas)
        yield doc
