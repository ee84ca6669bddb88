"""Map resume text onto lexicon concepts: exact, lemma and near-miss matches, each with its evidence."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import Concept, Lexicon
from .nlp import docs, lemmatize, pipeline
from .segment import Placed

EXACT, LEMMA, FUZZY = "exact", "lemma", "fuzzy"


@dataclass(frozen=True)
class Hit:
    concept: str
    text: str
    line: int
    page: int
    section: str
    kind: str  # exact | lemma | fuzzy
    score: float  # 100 for exact and lemma matches, the rapidfuzz ratio for fuzzy ones
    rule: str = ""  # why an ambiguous alias was accepted


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]", "", text.lower())


class ConceptMatcher:
    """Built once per lexicon: spaCy PhraseMatchers on LOWER and LEMMA plus a rapidfuzz alias table."""

    def __init__(self, lexicon: Lexicon):
        from spacy.matcher import PhraseMatcher

        nlp, lemmas = pipeline()
        self.lexicon = lexicon
        settings = lexicon.signals["matching"]
        self.fuzzy_min_score = float(settings["fuzzy_min_score"])
        self.fuzzy_min_length = int(settings["fuzzy_min_length"])
        self.fuzzy_max_ngram = int(settings["fuzzy_max_ngram"])
        self.by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.alias_owner: dict[str, Concept] = {}
        fuzzy_aliases: dict[str, str] = {}
        for concept in lexicon.concepts.values():
            ambiguous = concept.context.aliases if concept.context else frozenset()
            for alias in concept.aliases:
                pattern = nlp.make_doc(alias)
                lemmatize(pattern, lemmas)
                self.by_lower.add(concept.id, [pattern])
                self.alias_owner[alias] = concept
                if alias in ambiguous:
                    continue
                if len(alias) > 3:
                    self.by_lemma.add(concept.id, [pattern])
                compact = _compact(alias)
                if len(compact) >= self.fuzzy_min_length:
                    fuzzy_aliases.setdefault(compact, concept.id)
        self.fuzzy_keys = list(fuzzy_aliases)
        self.fuzzy_ids = list(fuzzy_aliases.values())

    def match(self, lines: list[Placed]) -> list[Hit]:
        hits: list[Hit] = []
        for placed, doc in zip(lines, docs([p.line.text for p in lines])):
            spans = []
            for matcher, kind in ((self.by_lower, EXACT), (self.by_lemma, LEMMA)):
                for match_id, start, end in matcher(doc):
                    span = doc[start:end]
                    span.label_ = doc.vocab.strings[match_id]
                    span.kb_id_ = kind
                    spans.append(span)
            covered = set()
            for span in _outermost(spans):
                concept = self.lexicon.concepts[span.label_]
                accepted, rule = self._context_allows(concept, span, doc, placed.section)
                if not accepted:
                    continue
                covered.update(range(span.start, span.end))
                hits.append(Hit(concept.id, span.text, placed.line.number, placed.line.page, placed.section, span.kb_id_, 100.0, rule))
            hits.extend(self._fuzzy(doc, covered, placed))
        return hits

    def _context_allows(self, concept: Concept, span, doc, section: str) -> tuple[bool, str]:
        rule = concept.context
        if rule is None or span.text.lower() not in rule.aliases:
            return True, ""
        if rule.case and span.text not in rule.case:
            return False, ""
        if section in rule.sections:
            return True, f"in the {section} section"
        window = doc[max(0, span.start - rule.window): span.end + rule.window]
        for token in window:
            if token.i in range(span.start, span.end):
                continue
            if token.lower_ in rule.words or token.lemma_ in rule.words:
                return True, f"near '{token.text}'"
        return False, ""

    def _fuzzy(self, doc, covered: set[int], placed: Placed) -> list[Hit]:
        """Near-misses (misspellings, split or joined words) among tokens no exact match claimed."""
        if not self.fuzzy_keys:
            return []
        from rapidfuzz import fuzz, process

        candidates: list[tuple[str, int, int]] = []
        for size in range(1, self.fuzzy_max_ngram + 1):
            for start in range(len(doc) - size + 1):
                span = doc[start: start + size]
                if any(t.i in covered or t.is_punct and t.text != "-" or t.is_space for t in span):
                    continue
                if not span[0].is_alpha or not span[-1].is_alpha:
                    continue
                compact = _compact(span.text)
                if len(compact) >= self.fuzzy_min_length:
                    candidates.append((compact, start, start + size))
        if not candidates:
            return []
        scores = process.cdist([c[0] for c in candidates], self.fuzzy_keys, scorer=fuzz.ratio, score_cutoff=self.fuzzy_min_score, workers=1)
        found = []
        for row, (compact, start, end) in enumerate(candidates):
            column = int(scores[row].argmax())
            score = float(scores[row][column])
            alias = self.fuzzy_keys[column]
            # "responsible" is inside "responsibleai": a fragment of an alias is not a near-miss of it.
            if score < self.fuzzy_min_score or compact[0] != alias[0] or (compact != alias and (compact in alias or alias in compact)):
                continue
            found.append((score, end - start, start, end, self.fuzzy_ids[column]))
        hits, taken = [], set()
        for score, _, start, end, concept_id in sorted(found, key=lambda f: (-f[0], -f[1])):
            if taken & set(range(start, end)):
                continue
            taken.update(range(start, end))
            hits.append(Hit(concept_id, doc[start:end].text, placed.line.number, placed.line.page, placed.section, FUZZY, round(score, 1)))
        return hits


def _outermost(spans: list) -> list:
    """Drop spans inside a longer one ("Spark" in "Apache Spark"); keep partial overlaps of different
    concepts ("Deployed model" and "model registries"). Exact beats lemma at equal extent."""
    kept: list = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.kb_id_ != EXACT, s.start)):
        if any(k.start <= span.start and span.end <= k.end for k in kept):
            continue
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


@lru_cache(maxsize=4)
def matcher_for(lexicon: Lexicon) -> ConceptMatcher:
    return ConceptMatcher(lexicon)
