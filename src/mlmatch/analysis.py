"""analyze(path, options) -> Report: read, segment, match, assess. Pure apart from reading files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .asof import AsOf, resolve_as_of
from .assess.entries import gradeable
from .assess.gaps import ignored, target_gap
from .assess.level import NO_EVIDENCE, estimate_level
from .assess.outcomes import grade_entries, outcome_ratio
from .assess.posting import Posting, PostingMatch, Requirement, match_posting, posting_sections, read_posting
from .document import Document
from .errors import UnreadableError
from .experience import Experience, find_roles
from .levels import Level
from .lexicon import Lexicon, load_lexicon
from .matching import Hit, matcher_for, with_implied
from .options import Options
from .readers import read
from .report import LevelMeaning, Report, Skill
from .segment import Segments, segment, segment_resume

NAMES_NO_CONCEPT = "names no skill or concept mlmatch knows"


def _meaning(lexicon: Lexicon, level: Level) -> LevelMeaning:
    entry = lexicon.ladder[level.id]
    return LevelMeaning(level, entry["name"], tuple(entry["years"]), entry["means"], tuple(entry.get("pay", ())))


def analyze_document(document: Document, options: Options, lexicon: Lexicon | None = None, posting: Posting | None = None) -> Report:
    """The report on one document. `posting` is options.jd already read (batches read it once);
    without it, options.jd is read here."""
    lexicon = lexicon or load_lexicon(options.lexicon_files)
    signals = lexicon.signals
    segments = segment_resume(document, signals)
    no_skills = set(signals["section_use"]["no_skills"])
    hits = with_implied(matcher_for(lexicon).match([p for p in segments.lines if p.section not in no_skills]), lexicon)
    found = {hit.concept for hit in hits}
    as_of = resolve_as_of(document, signals["dates"], options.as_of)
    experience = find_roles(segments, signals, as_of.date)
    apparent = estimate_level(experience, segments, found, lexicon)
    verdicts = grade_entries(gradeable(segments, experience, signals["section_use"]["graded"]), signals)
    by_concept: dict[str, list[Hit]] = {}
    for hit in hits:
        by_concept.setdefault(hit.concept, []).append(hit)
    skills = tuple(Skill(lexicon.concepts[cid], tuple(h)) for cid, h in sorted(by_concept.items(), key=lambda item: (-lexicon.concepts[item[0]].level, item[0])))
    target = options.target_level
    levels = sorted({apparent.level} | ({target} if target is not None else set()))
    if posting is None and options.jd:
        posting = prepare_posting(options.jd, options, lexicon)
    jd = match_posting(posting, found) if posting is not None else None
    gap = target_gap(lexicon, found, target, options.ignore_concepts) if target is not None else None
    jd, jd_ignored = _without_ignored_requirements(jd, options.ignore_concepts)
    warnings = document.warnings + ((as_of.warning,) if as_of.warning else ()) + ((NO_EVIDENCE,) if apparent.reasons == (NO_EVIDENCE,) else ())
    warnings += _posting_warnings(posting) + _left_out(experience, as_of)
    return Report(
        file=document.path,
        format=document.format,
        pages=document.pages,
        apparent=apparent,
        experience=experience,
        skills=skills,
        bullets=tuple(verdicts),
        outcome_ratio=outcome_ratio(verdicts),
        warnings=warnings,
        as_of=as_of,
        ladder=tuple(_meaning(lexicon, level) for level in levels),
        target=gap,
        jd=jd,
        page_lines=_page_lines(document),
        jd_ignored=jd_ignored,
    )


ROLES_NAMED = 3  # roles left out that a warning names, before "and N more"


def _left_out(experience: Experience, as_of: AsOf) -> tuple[str, ...]:
    """Roles that start after 'Present' are plans, not experience, and find_roles leaves them out. When
    'Present' is a date given or read rather than today, a role written after it more likely says that
    date is wrong: an --as-of earlier than the whole career dropped every role and read a senior as a
    junior. Say which roles were left out."""
    if as_of.source == "today":
        return ()
    later = experience.after_present
    if not later:
        return ()
    named = ", ".join(f"'{head.title or head.organisation}' (from {head.dates.start.text})" for head in later[:ROLES_NAMED])
    more = f" and {len(later) - ROLES_NAMED} more" if len(later) > ROLES_NAMED else ""
    fix = "give a later --as-of" if as_of.source == "--as-of" else "if 'Present' is later, give --as-of"
    what = "1 role starts" if len(later) == 1 else f"{len(later)} roles start"
    return (f"{what} after 'Present' ({as_of.date:%Y-%m-%d}, {as_of.source}) and {'is' if len(later) == 1 else 'are'} left out of the experience: {named}{more}; {fix}",)


def _posting_warnings(posting: Posting | None) -> tuple[str, ...]:
    if posting is None or posting.requirements:
        return ()
    return (f"the job posting {posting.path} {NAMES_NO_CONCEPT}: there is nothing to match, so its match rate (0%) says nothing",)


def _without_ignored_requirements(jd: PostingMatch | None, ignore: tuple[str, ...]) -> tuple[PostingMatch | None, tuple[Requirement, ...]]:
    if jd is None or not ignore:
        return jd, ()
    left_out = tuple(r for r in jd.missing if ignored(r.concept, (), ignore))
    return replace(jd, missing=tuple(r for r in jd.missing if r not in left_out)), left_out


def _page_lines(document: Document) -> tuple[int, ...]:
    last = [0] * document.pages
    for line in document.lines:
        if 1 <= line.page <= document.pages:
            last[line.page - 1] = max(last[line.page - 1], line.number)
    return tuple(last)


def prepare_posting(path: str | Path, options: Options, lexicon: Lexicon | None = None) -> Posting:
    """A job posting read and matched: the concepts it asks for and the level it asks for."""
    lexicon = lexicon or load_lexicon(options.lexicon_files)
    try:
        document = read(path, options.limits, options.pdf_engine)
    except UnreadableError as error:
        raise error.about(str(path), "job posting") from None
    segments = segment(document, posting_sections(lexicon.signals))
    hits = matcher_for(lexicon).match(list(segments.lines))
    return read_posting(document.path, segments, hits, lexicon)


def read_segments(path: str | Path, options: Options) -> tuple[Document, Segments]:
    """The document as read and its sections, without matching or assessing (for --show-text)."""
    document = read(path, options.limits, options.pdf_engine)
    return document, segment_resume(document, load_lexicon(options.lexicon_files).signals)


def analyze(path: str | Path, options: Options | None = None) -> Report:
    """Read one resume and report on it. Raises UnreadableError for input that cannot be read."""
    options = options or Options()
    return analyze_document(read(path, options.limits, options.pdf_engine), options)
