"""analyze(path, options) -> Report: read, segment, match, assess. Pure apart from reading files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from .assess.gaps import target_gap
from .assess.level import estimate_level
from .assess.outcomes import grade_bullets, outcome_ratio
from .assess.posting import Posting, match_posting, posting_sections, read_posting
from .document import Document
from .experience import find_roles
from .levels import Level
from .lexicon import Lexicon, load_lexicon
from .matching import matcher_for
from .options import Options
from .readers import Limits, read
from .report import LevelMeaning, Report, Skill
from .segment import Segments, segment


def _meaning(lexicon: Lexicon, level: Level) -> LevelMeaning:
    entry = lexicon.ladder[level.id]
    return LevelMeaning(level, entry["name"], tuple(entry["years"]), entry["means"], tuple(entry.get("pay", ())))


def read_job_posting(path: str | Path, lexicon: Lexicon, limits: Limits = Limits()) -> Posting:
    """Read and match a job posting once; every resume of a batch is then compared with the result."""
    posting_doc = read(path, limits)
    posting_segments = segment(posting_doc, posting_sections(lexicon.signals))
    posting_hits = matcher_for(lexicon).match(list(posting_segments.lines))
    return read_posting(str(path), posting_segments, posting_hits, lexicon)


def analyze_document(document: Document, options: Options, lexicon: Lexicon | None = None, posting: Posting | None = None) -> Report:
    """The report on one document. `posting` is options.jd already read (batches read it once);
    without it, options.jd is read here."""
    lexicon = lexicon or load_lexicon(options.lexicon_files)
    signals = lexicon.signals
    segments = segment(document, signals["sections"])
    hits = matcher_for(lexicon).match(list(segments.lines))
    found = {hit.concept for hit in hits}
    experience = find_roles(segments, signals, options.as_of or (document.file_dates[0].value if document.file_dates else date.today()))
    apparent = estimate_level(experience, segments, found, lexicon)
    verdicts = grade_bullets(segments.bullets, signals)
    by_concept: dict[str, list] = {}
    for hit in hits:
        by_concept.setdefault(hit.concept, []).append(hit)
    skills = tuple(Skill(lexicon.concepts[cid], tuple(h)) for cid, h in sorted(by_concept.items(), key=lambda item: (-lexicon.concepts[item[0]].level, item[0])))
    levels = sorted({apparent.level} | ({options.target} if options.target is not None else set()))
    if posting is None and options.jd:
        posting = read_job_posting(options.jd, lexicon, options.limits)
    jd = match_posting(posting, found) if posting is not None else None
    return Report(
        file=document.path,
        format=document.format,
        pages=document.pages,
        apparent=apparent,
        experience=experience,
        skills=skills,
        bullets=tuple(verdicts),
        outcome_ratio=outcome_ratio(verdicts),
        warnings=document.warnings,
        ladder=tuple(_meaning(lexicon, level) for level in levels),
        target=target_gap(lexicon, found, options.target) if options.target is not None else None,
        jd=jd,
    )


def read_segments(path: str | Path, options: Options) -> tuple[Document, Segments]:
    """The document as read and its sections, without matching or assessing (for --show-text)."""
    document = read(path, options.limits)
    return document, segment(document, load_lexicon(options.lexicon_files).signals["sections"])


def analyze(path: str | Path, options: Options | None = None) -> Report:
    """Read one resume and report on it. Raises UnreadableError for input that cannot be read."""
    options = options or Options()
    return analyze_document(read(path, options.limits), options)
