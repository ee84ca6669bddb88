"""Map resume text onto lexicon concepts: exact, lemma and near-miss matches, tools that imply a concept and
patterns that say it in other words, each hit with the rule that accepted it.

What is not a claim is decided by data (lexicon/signals.toml [claims], [names] and each concept's context
rules): a plan or an exam not yet taken, being mentored, a word that is part of a person's or a company's
name, a word in another sense ("Java Sea", "a spark of interest").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .nlp import docs, lemmatize, pipeline
from .segment import Placed

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .lexicon import Concept, ContextRule, Lexicon
    from .nlp import Pipeline

EXACT, LEMMA, FUZZY = "exact", "lemma", "fuzzy"
_CLAUSE_END = {".", ";", "!", "?", "(", ")", "[", "]", "|", "•"}
_INITIAL = re.compile(r"^[A-Z]\.$")
_JOINS = {"and", "but", "then", "while", "before", "after", "where"}
_ARTICLES = {"a", "an", "the"}


def _acts(token: Token) -> bool:
    """A verb in the past ("built", "shipped", "led"): the lookup lemma is another word, and not by a plural's s."""
    return token.is_alpha and token.lemma_ != token.lower_ and not token.lower_.endswith("s")


@dataclass(frozen=True)
class Hit:
    concept: str
    text: str
    line: int
    page: int
    section: str
    kind: str  # exact | lemma | fuzzy
    score: float  # 100 for exact and lemma matches, the rapidfuzz ratio for fuzzy ones
    rule: str = ""  # why it was accepted: the context that allowed an ambiguous alias, the tool or pattern


def _compact(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]", "", text.lower())


class ConceptMatcher:
    """Built once per lexicon: spaCy PhraseMatchers on LOWER and LEMMA plus a rapidfuzz alias table."""

    def __init__(self, lexicon: Lexicon) -> None:
        from spacy.matcher import PhraseMatcher

        nlp, lemmas = pipeline()
        self.lexicon = lexicon
        signals = lexicon.signals
        settings = signals["matching"]
        self.fuzzy_min_score = float(settings["fuzzy_min_score"])
        self.fuzzy_min_length = int(settings["fuzzy_min_length"])
        self.fuzzy_max_ngram = int(settings["fuzzy_max_ngram"])
        claims = signals["claims"]
        self.claim_window = int(claims["window"])
        self.not_claims_before = [self._lemmas(nlp, lemmas, phrase) for phrase in claims["before"]]
        self.not_claims_after = [tuple(phrase.lower().split()) for phrase in claims["after"]]  # as written: "planned" is not "to plan"
        self.not_claims_in_clause = [self._lemmas(nlp, lemmas, phrase) for phrase in claims["clause"]]
        self.not_claims_opening = frozenset(word.lower() for word in claims["opening"])
        names = signals["names"]
        self.name_titles = {t.lower().rstrip(".") for t in names["titles"]}
        self.list_sections = frozenset(names["list_sections"])
        self.organisations = frozenset(word.lower() for word in names["organisations"])
        self.english = frozenset(lemmas) | frozenset(lemmas.values())  # the lemma table's words: not names
        self.by_lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.by_lemma = PhraseMatcher(nlp.vocab, attr="LEMMA")
        self.keys: dict[str, tuple[Concept, str, str, tuple[str, ...]]] = {}  # matcher key -> (concept, alias, why it implies, what else it shows)
        fuzzy_aliases: dict[str, str] = {}
        tech_words: set[str] = {w.lower() for w in names["companions"]} | {w.lower() for w in signals["titles"]["role_words"]}
        for concept in lexicon.concepts.values():
            implied = {alias: item for item in concept.implied for alias in item.aliases}
            for alias in concept.all_aliases:
                key = f"{concept.id}\t{alias}"
                tool = implied.get(alias)
                self.keys[key] = (concept, alias, tool.why if tool else "", tool.also if tool else ())
                pattern = nlp.make_doc(alias)
                lemmatize(pattern, lemmas)
                tech_words.update(t.lower_ for t in pattern)
                self.by_lower.add(key, [pattern])
                if concept.rule_for(alias) is not None:
                    continue  # an ambiguous alias matches as written, never by lemma or by near-miss
                if " " in alias.strip() and len(alias) > 3:
                    # By lemma only as a phrase: a single word's lemma is often another word ("clustering"
                    # is "cluster", "published" is "publish").
                    self.by_lemma.add(key, [pattern])
                compact = _compact(alias)
                if len(compact) >= self.fuzzy_min_length:
                    fuzzy_aliases.setdefault(compact, concept.id)
        self.tech_words = frozenset(tech_words)
        self.patterns = [(concept, pattern) for concept in lexicon.concepts.values() for pattern in concept.patterns]
        self.fuzzy_keys = list(fuzzy_aliases)
        self.fuzzy_ids = list(fuzzy_aliases.values())

    @staticmethod
    def _lemmas(nlp: Pipeline, lemmas: dict[str, str], phrase: str) -> tuple[str, ...]:
        doc = nlp.make_doc(phrase)
        lemmatize(doc, lemmas)
        return tuple(t.lemma_ for t in doc)

    def match(self, lines: list[Placed]) -> list[Hit]:
        hits: list[Hit] = []
        for placed, doc in zip(lines, docs([p.line.text for p in lines]), strict=True):
            spans: list[Span] = []
            for matcher, kind in ((self.by_lower, EXACT), (self.by_lemma, LEMMA)):
                for match_id, start, end in matcher(doc):
                    span = doc[start:end]
                    span.label_ = doc.vocab.strings[match_id]
                    span.kb_id_ = kind
                    spans.append(span)
            covered: set[int] = set()
            for span in _outermost(spans):
                concept, alias, why, also = self.keys[span.label_]
                accepted, rule = self._accepts(concept, alias, span, doc, placed.section)
                if not accepted:
                    covered.update(range(span.start, span.end))  # a rejected word is no near-miss either
                    continue
                covered.update(range(span.start, span.end))
                rule = rule or (f"implied by '{span.text}': {why}" if why else "")
                for concept_id in (concept.id, *also):
                    hits.append(Hit(concept_id, span.text, placed.line.number, placed.line.page, placed.section, span.kb_id_, 100.0, rule))
            hits.extend(self._patterns(doc, placed, {h.concept for h in hits if h.line == placed.line.number and h.page == placed.line.page}))
            hits.extend(self._fuzzy(doc, covered, placed))
        return hits

    def _accepts(self, concept: Concept, alias: str, span: Span, doc: Doc, section: str) -> tuple[bool, str]:
        if self._not_a_claim(doc, span.start, span.end) or self._in_an_organisations_name(span, doc):
            return False, ""
        rule = concept.rule_for(alias)
        if rule is None:
            return True, ""
        return self._context_allows(rule, span, doc, section)

    def _context_allows(self, rule: ContextRule, span: Span, doc: Doc, section: str) -> tuple[bool, str]:
        if rule.case and span.text not in rule.case:
            return False, ""
        if section in rule.not_sections:
            return False, ""
        window = [t for t in _clause(doc, span.start, span.end, rule.window) if not span.start <= t.i < span.end]
        if rule.not_words and any(t.lower_ in rule.not_words or t.lemma_ in rule.not_words for t in window):
            return False, ""
        beside_before = doc[max(0, span.start - 2) : span.start]
        beside_after = doc[span.end : span.end + 2]
        if any(t.lower_ in rule.not_before or t.lemma_ in rule.not_before for t in beside_before) or any(t.lower_ in rule.not_after or t.lemma_ in rule.not_after for t in beside_after):
            return False, ""
        if rule.name_like and section not in self.list_sections and self._in_a_name(span, doc):
            return False, ""
        if not rule.needs_evidence:
            return True, ""
        if section in rule.sections:
            return True, f"in the {section} section"
        for token in window:
            if token.lower_ in rule.words or token.lemma_ in rule.words:
                return True, f"near '{token.text}'"
        return False, ""

    def _in_an_organisations_name(self, span: Span, doc: Doc) -> bool:
        """'Docker & Sons Conveyor Ltd', 'Jenkins Foundation for Road Safety': a capitalised tool's name
        right before a word that names a business or a body is part of that name."""
        return span.text[:1].isupper() and any(t.text[:1].isupper() and t.lower_ in self.organisations for t in doc[span.end : span.end + 3])

    def _in_a_name(self, span: Span, doc: Doc) -> bool:
        """'Ray Patel', 'Dr. Maya Jenkins', 'J. Kafka', 'Spark Capital', 'Central Java', 'La Scala': the word
        is part of a proper noun whose other words are no tool's."""
        if not span.text[:1].isupper():
            return False
        before = doc[span.start - 1] if span.start > 0 else None
        after = doc[span.end] if span.end < len(doc) else None
        if before is not None and (before.lower_.rstrip(".") in self.name_titles or _INITIAL.match(before.text)):
            return True
        if before is not None and before.i > 0 and before.text.isupper() and len(before.text) == 1:
            return True
        if after is not None and _INITIAL.match(after.text):
            return True  # "Solberg H., Keras M. (2022)": a surname and its initial

        def names_something(token: Token | None) -> bool:
            return token is not None and token.is_alpha and token.text[:1].isupper() and token.lower_ not in self.tech_words

        # The word before counts inside a sentence, or at its start when it is no English word ('Tomás
        # Jenkins'): the first word of a line is capitalised anyway ('Configured Jenkins').
        sentence_start = before is None or before.i == 0 or doc[before.i - 1].text in _CLAUSE_END | {":", ","}
        return names_something(after) or (before is not None and names_something(before) and (not sentence_start or before.lower_ not in self.english))

    def _not_a_claim(self, doc: Doc, start: int, end: int) -> bool:
        """A plan, an exam not yet taken, a talk attended, being mentored: the words before (or after) the
        skill in its clause say it is not held."""
        before_start = start
        while before_start > 0 and start - before_start < self.claim_window and doc[before_start - 1].text not in _CLAUSE_END:
            if doc[before_start - 1].lower_ in _JOINS and before_start < start and _acts(doc[before_start]):
                break  # "Attended the bootcamp and built models with PyTorch": a new claim starts at the verb
            before_start -= 1
        before = tuple(t.lemma_ for t in doc[before_start:start])
        after_end = end
        while after_end < len(doc) and after_end - end < self.claim_window and doc[after_end].text not in _CLAUSE_END - {"(", ")"}:
            after_end += 1
        after = tuple(t.lower_ for t in doc[end:after_end] if not t.is_punct)
        if any(_contains(before, phrase) for phrase in self.not_claims_before) or any(_contains(after, phrase) for phrase in self.not_claims_after):
            return True
        clause_start, clause_end = start, end
        while clause_start > 0 and doc[clause_start - 1].text not in _CLAUSE_END:
            clause_start -= 1
        while clause_end < len(doc) and doc[clause_end].text not in _CLAUSE_END:
            clause_end += 1
        clause = tuple(t.lemma_ for t in doc[clause_start:clause_end])
        if any(_contains(clause, phrase) for phrase in self.not_claims_in_clause):
            return True
        opening = [t for t in doc[clause_start:start] if not t.is_punct and t.lower_ not in _ARTICLES]
        return len(opening) == 1 and opening[0].lower_ in self.not_claims_opening

    def _patterns(self, doc: Doc, placed: Placed, already: set[str]) -> list[Hit]:
        """Concepts said in other words: lemmas in order within a window ("deployed the churn model")."""
        hits = []
        lemmas = [t.lemma_ for t in doc]
        for concept, pattern in self.patterns:
            if concept.id in already:
                continue
            first = pattern.lemmas[0]
            for start, lemma in enumerate(lemmas):
                if lemma != first:
                    continue
                position, found = start, True
                for wanted in pattern.lemmas[1:]:
                    nxt = next((i for i in range(position + 1, min(len(lemmas), start + pattern.window + 1)) if lemmas[i] == wanted), None)
                    if nxt is None:
                        found = False
                        break
                    position = nxt
                if found and not self._not_a_claim(doc, start, position + 1):
                    hits.append(Hit(concept.id, doc[start : position + 1].text, placed.line.number, placed.line.page, placed.section, LEMMA, 100.0, f"said in other words: {pattern.why}"))
                    already.add(concept.id)
                    break
        return hits

    def _fuzzy(self, doc: Doc, covered: set[int], placed: Placed) -> list[Hit]:
        """Near-misses (misspellings, split or joined words) among tokens no exact match claimed."""
        if not self.fuzzy_keys:
            return []
        from rapidfuzz import fuzz, process

        candidates: list[tuple[str, int, int]] = []
        for size in range(1, self.fuzzy_max_ngram + 1):
            for start in range(len(doc) - size + 1):
                span = doc[start : start + size]
                if any(t.i in covered or t.is_punct and t.text != "-" or t.is_space for t in span):
                    continue
                if not span[0].is_alpha or not span[-1].is_alpha or span[0].lower_ in _ARTICLES:
                    continue  # "a platform" is no near-miss of "ai platform"
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
        hits: list[Hit] = []
        taken: set[int] = set()
        for score, _, start, end, concept_id in sorted(found, key=lambda f: (-f[0], -f[1])):
            if taken & set(range(start, end)) or self._not_a_claim(doc, start, end):
                continue
            taken.update(range(start, end))
            hits.append(Hit(concept_id, doc[start:end].text, placed.line.number, placed.line.page, placed.section, FUZZY, round(score, 1)))
        return hits


def _clause(doc: Doc, start: int, end: int, window: int) -> Span:
    """The tokens within `window` of a span that stand in its sentence."""
    first = start
    while first > 0 and start - first < window and doc[first - 1].text not in {".", ";", "!", "?"}:
        first -= 1
    last = end
    while last < len(doc) and last - end < window and doc[last].text not in {".", ";", "!", "?"}:
        last += 1
    return doc[first:last]


def with_implied(hits: list[Hit], lexicon: Lexicon) -> list[Hit]:
    """Add the concepts the found ones imply (SageMaker -> AWS, model serving -> model deployment), each
    with the evidence of the hit that implies it."""
    found = {hit.concept for hit in hits}
    result = list(hits)
    queue = list(hits)
    while queue:
        hit = queue.pop(0)
        source = lexicon.concepts[hit.concept]
        for target in source.implies:
            if target in found:
                continue
            found.add(target)
            derived = Hit(target, hit.text, hit.line, hit.page, hit.section, hit.kind, hit.score, f"implied by {source.name}")
            result.append(derived)
            queue.append(derived)
    return result


def _contains(lemmas: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(lemmas[i : i + n] == phrase for i in range(len(lemmas) - n + 1))


def _outermost(spans: list[Span]) -> list[Span]:
    """Drop spans inside a longer one ("Spark" in "Apache Spark"); keep partial overlaps of different
    concepts ("Deployed model" and "model registries"). Exact beats lemma at equal extent."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-(s.end - s.start), s.kb_id_ != EXACT, s.start)):
        if any(k.start <= span.start and span.end <= k.end for k in kept):
            continue
        kept.append(span)
    return sorted(kept, key=lambda s: s.start)


@lru_cache(maxsize=4)
def matcher_for(lexicon: Lexicon) -> ConceptMatcher:
    return ConceptMatcher(lexicon)
