"""The pipeline mlmatch builds directly tokenizes and lemmatises exactly as spacy.blank("en") with the same
infixes and special cases and spaCy's own lemma loader did, on every resume, posting and alias the
repository holds."""

from __future__ import annotations

from conftest import ROOT
from mlmatch.nlp import _EXTRA_INFIXES, _SPECIAL_CASES, lemmatize, pipeline


def _reference():
    import spacy
    from spacy.lookups import load_lookups
    from spacy.symbols import ORTH
    from spacy.util import compile_infix_regex

    nlp = spacy.blank("en")
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes) + list(_EXTRA_INFIXES)).finditer
    for case in _SPECIAL_CASES:
        nlp.tokenizer.add_special_case(case, [{ORTH: case}])
    return nlp, load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


def _texts(lexicon) -> list[str]:
    texts = []
    for folder in ("samples", "tests/eval", "tests/fixtures"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".md", ".txt", ".tex", ".json", ".yaml"):
                texts += [line for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    texts += [alias for concept in lexicon.concepts.values() for alias in concept.all_aliases]
    texts += ["C++/C# and PyTorch/JAX", "Python,SQL,Go", "e.g. Jan. 2020 – Present", "don't", "A/B tests", "CI/CD", "W&B", "node.js"]
    return texts


def test_same_tokens_and_lemmas_as_a_blank_english_pipeline(lexicon):
    nlp, lemmas = pipeline()
    reference, reference_lemmas = _reference()
    texts = _texts(lexicon)
    assert len(texts) > 2500
    for text in texts:
        ours, theirs = nlp.make_doc(text), reference.make_doc(text)
        lemmatize(ours, lemmas)
        lemmatize(theirs, reference_lemmas)
        assert [(t.text, t.whitespace_, t.lower_, t.lemma_, t.is_punct, t.is_alpha, t.is_space) for t in ours] == [
            (t.text, t.whitespace_, t.lower_, t.lemma_, t.is_punct, t.is_alpha, t.is_space) for t in theirs
        ], text
