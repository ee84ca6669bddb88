"""`mlmatch --format lint|github|sarif PATH...`: the findings of every resume, for pre-commit and CI, and
the exit code they make. Also what --fail-on decides for a single report in any format."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import click

from .assess.posting import Posting
from .errors import ExitCode, MlmatchError
from .findings import findings_of
from .options import Options
from .readers import STDIN_NAME
from .render import OutputFormat
from .report import Report
from .rules import Finding, Severity
from .source import read_source, source_of
from .suppress import Policy, settle
from .thresholds import Thresholds, shortfalls

# Up to this many files are checked in this process, one after another: a worker pool costs another
# start of spaCy, more than a few resumes take to read (tests/benchmark.py).
IN_PROCESS_MAX = 4


@dataclass(frozen=True)
class CheckSettings:
    output_format: OutputFormat
    output: str | None = None
    thresholds: Thresholds = Thresholds()
    policy: Policy = Policy()
    fail_on: Severity | None = Severity.ERROR  # None: findings never fail the run
    jobs: int | None = None
    scheduler: str | None = None


def check_posting(posting: Posting | None, thresholds: Thresholds) -> None:
    """A posting that names no concept the lexicon knows has no match rate to hold to --min-match-rate:
    the gate cannot be checked, and a CI run must not pass (or fail) on a number that means nothing."""
    if posting is not None and not posting.requirements and thresholds.min_match_rate is not None:
        raise MlmatchError(
            f"job posting {posting.path}: it names no skill or concept mlmatch knows, so --min-match-rate {thresholds.min_match_rate:g} cannot be checked;"
            " give a posting that lists what it asks for, or leave --min-match-rate out"
        )


def findings_for(report: Report, thresholds: Thresholds, policy: Policy, stdin: bytes | None = None) -> list[Finding]:
    """The findings on one report once the policy and the file's own suppression comments are applied.
    `stdin`: standard input as it was read (see keep_stdin), when the report is of it: a pipe cannot be
    read again for its comments and columns."""
    source = source_of(stdin, report.format) if stdin is not None and report.file == STDIN_NAME else read_source(report.file, report.format)
    return settle(report.file, findings_of(report, thresholds), policy, source)


def keep_stdin(max_bytes: int) -> bytes:
    """Read standard input once and put the same bytes back for the reader, keeping them for the
    findings. A byte over `max_bytes` is kept, so the reader refuses an input over --max-size as before."""
    stream = getattr(sys.stdin, "buffer", None)
    data: bytes = stream.read(max_bytes + 1) if stream is not None else b""
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    return data


def failing(findings: Iterable[Finding], fail_on: Severity | None) -> list[Finding]:
    return [] if fail_on is None else [f for f in findings if f.severity >= fail_on]


def _results(paths: Sequence[str], options: Options, settings: CheckSettings) -> list[Report | tuple[str, str]]:
    """A Report, or (file, reason) for a file that could not be read, for every resume under `paths`."""
    from . import startup
    from .analysis import analyze_document, prepare_posting
    from .batch import prepare, screen_with
    from .batch.walk import find_resumes
    from .errors import UnreadableError
    from .lexicon import load_lexicon
    from .matching import matcher_for
    from .readers import read

    files = ["-"] if list(paths) == ["-"] else find_resumes(paths).files
    if not files:
        raise MlmatchError(f"{', '.join(paths)}: no resume to check")
    if len(files) > IN_PROCESS_MAX or settings.scheduler or settings.jobs:
        startup.release()
        posting = prepare(options, settings.scheduler)
        check_posting(posting, settings.thresholds)
        return [(r.file, r.error) if not isinstance(r, Report) else r for r in screen_with(files, options, posting, jobs=settings.jobs, scheduler=settings.scheduler)]
    lexicon = load_lexicon(options.lexicon_files)
    matcher_for(lexicon)
    posting = prepare_posting(options.jd, options, lexicon) if options.jd else None
    check_posting(posting, settings.thresholds)
    startup.release()
    results: list[Report | tuple[str, str]] = []
    for path in files:
        try:
            results.append(analyze_document(read(path, options.limits, options.pdf_engine), options, lexicon, posting))
        except UnreadableError as error:
            results.append((path, error.reason))
    return results


def render_findings(output_format: OutputFormat, findings: Sequence[Finding], errors: Sequence[tuple[str, str]]) -> str:
    if output_format is OutputFormat.GITHUB:
        from .render.github import render_github

        return render_github(findings, errors)
    if output_format is OutputFormat.SARIF:
        from . import __version__
        from .render.sarif import render_sarif

        return render_sarif(findings, errors, __version__)
    from .render.lint import render_lint

    return render_lint(findings)


def run_check(paths: Sequence[str], options: Options, settings: CheckSettings) -> ExitCode:
    from .output import write_atomic
    from .render.table import printable

    findings: list[Finding] = []
    errors: list[tuple[str, str]] = []
    below = False
    stdin = keep_stdin(options.limits.max_bytes) if list(paths) == ["-"] else None
    for result in sorted(_results(paths, options, settings), key=lambda r: r[0] if isinstance(r, tuple) else r.file):
        if isinstance(result, tuple):
            errors.append(result)
            click.echo(printable(f"mlmatch: error: {result[0]}: {result[1]}"), err=True)
            continue
        findings += findings_for(result, settings.thresholds, settings.policy, stdin)
        below = below or bool(shortfalls(result, settings.thresholds))
    text = render_findings(settings.output_format, findings, errors)
    if settings.output:
        try:
            write_atomic(settings.output, text)
        except OSError as error:
            raise MlmatchError(f"cannot write {settings.output}: {error.strerror}") from None
    else:
        click.echo(text, nl=False)
    if errors:
        return ExitCode.ERROR
    return ExitCode.BELOW_THRESHOLD if below or failing(findings, settings.fail_on) else ExitCode.OK
