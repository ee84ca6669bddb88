"""The mlmatch command: parse options, analyze, render, choose the exit code. Heavy imports stay lazy."""

from __future__ import annotations

import difflib
import math
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .errors import ExitCode, MlmatchError
from .render import BATCH_FORMATS, FINDINGS_FORMATS, RESUMABLE_FORMATS, OutputFormat

if TYPE_CHECKING:
    from .config import Resolved

LEVELS = ("junior", "mid", "senior", "staff", "principal")
FORMATS = tuple(output_format.value for output_format in OutputFormat)
FAIL_ON = ("error", "warning", "never")
# Bounds of the reading limits: a resume is a few hundred kilobytes and reads in a second or two, so a
# gigabyte or an hour is already far beyond any real one (and the alarm and the byte counts stay in range).
MAX_SIZE_MB = (0.001, 1000.0)
TIMEOUT_SECONDS = (0.1, 3600.0)


class _Bounded(click.types.FloatParamType):
    """A number from `low` to `high`. NaN, which every comparison lets through, and the infinities are
    refused with the rest, in the same words."""

    name = "number"

    def __init__(self, low: float, high: float) -> None:
        self.low, self.high = low, high

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        number: float = super().convert(value, param, ctx)
        if not (math.isfinite(number) and self.low <= number <= self.high):
            self.fail(f"must be a number from {self.low:g} to {self.high:g}, not {value}", param, ctx)
        return number


def _share(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    if value is not None and not 0.0 <= value <= 1.0:
        raise click.BadParameter("must be a share between 0 and 1 (e.g. 0.6)")
    return value


def _as_of(ctx: click.Context, param: click.Parameter, value: str | None) -> date | None:
    if value is None:
        return None
    try:  # a month alone ("2024-03") means its first day: resumes date their roles by the month
        return date.fromisoformat(f"{value}-01" if re.fullmatch(r"\d{4}-\d{2}", value) else value)
    except ValueError:
        raise click.BadParameter("must be a date like 2024-03-15, or a month like 2024-03") from None


class _UsageLine(click.UsageError):
    """A usage error as one line on stderr, like every other error mlmatch reports (click prints four)."""

    def show(self, file: object = None) -> None:
        click.echo(f"mlmatch: error: {self.format_message()} (mlmatch --help lists the options)", err=True)


# How alike a misspelt option must be to one of ours to be suggested: click's difflib default (0.6) offers
# '--jobs' for '--bogus'; a slip of a letter or two ('--targte', '--formt') is far above this.
SUGGESTION_CUTOFF = 0.7


def _message(error: click.UsageError) -> str:
    if isinstance(error, click.NoSuchOption) and error.possibilities:
        close = difflib.get_close_matches(error.option_name, error.possibilities, n=1, cutoff=SUGGESTION_CUTOFF)
        return error.message + (f" Did you mean {close[0]!r}?" if close else "")
    return error.format_message()


@contextmanager
def _usage_in_one_line() -> Iterator[None]:
    try:
        yield
    except _UsageLine:
        raise
    except click.UsageError as error:
        raise _UsageLine(_message(error)) from None


class _Command(click.Command):
    def make_context(self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: object) -> click.Context:
        with _usage_in_one_line():
            return super().make_context(info_name, args, parent, **extra)

    def invoke(self, ctx: click.Context) -> object:
        with _usage_in_one_line():
            return super().invoke(ctx)


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn problems the user can fix into one line on stderr and exit 2."""
    try:
        yield
    except MlmatchError as error:
        click.echo(f"mlmatch: error: {error}", err=True)
        sys.exit(ExitCode.ERROR)
    except KeyboardInterrupt:  # Ctrl-C before a batch took over the signal, or during one report
        sys.exit(ExitCode.INTERRUPTED)


def _check_batch_options(batch: bool, paths: tuple[str, ...], output_format: str, output: str | None, resume: bool, scheduler: str | None, jobs: int | None, one_resume_view: bool) -> None:
    if OutputFormat(output_format) in FINDINGS_FORMATS:
        if resume:
            raise click.UsageError("--resume is for a batch table (--format csv, json or jsonl)")
        return
    if not batch:
        if resume or scheduler:
            raise click.UsageError("--resume and --scheduler are for a batch (a folder, or several files)")
        return
    if OutputFormat(output_format) not in BATCH_FORMATS:
        raise click.UsageError(f"--format {output_format} is for one resume; a batch writes {', '.join(f.value for f in BATCH_FORMATS)}")
    if one_resume_view:
        raise click.UsageError("--show-text and --explain take one file")
    if "-" in paths:
        raise click.UsageError("standard input (-) is for one resume, not a batch")
    if resume and output is None:
        raise click.UsageError("--resume needs -o FILE: the output of the run to finish")
    if resume and OutputFormat(output_format) not in RESUMABLE_FORMATS:
        raise click.UsageError(f"--resume needs --format {', '.join(f.value for f in RESUMABLE_FORMATS)}")
    if scheduler and jobs:
        raise click.UsageError("--jobs is for this machine; with --scheduler the cluster's workers do the work")


@click.command(cls=_Command, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, metavar="PATH...", type=click.Path(readable=False, allow_dash=True, path_type=str))
@click.option("--target", type=click.Choice(LEVELS, case_sensitive=False), help="Level to measure the resume against: coverage and missing keywords.")
@click.option("--jd", "jd", type=click.Path(readable=False, allow_dash=True, path_type=str), help="Job posting (any format mlmatch reads; - for standard input) to match the resume against.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    help="Report format (default: from the -o file's extension, else text); a batch writes text (a ranked table), csv, json (an array) or jsonl; "
    "lint, github and sarif list findings, for one file or many.",
)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True, path_type=str), help="Write the report to this file (atomically) instead of stdout; - is stdout.")
@click.option("--color/--no-color", "color", default=None, help="Colour the text report (default: on a terminal, unless NO_COLOR is set).")
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=str), help="Extra lexicon TOML adding or overriding concepts; repeatable.")
@click.option("--as-of", callback=_as_of, metavar="DATE", help="Date that 'Present' means, YYYY-MM-DD or YYYY-MM (default: the resume's own date, else today).")
@click.option("--min-level", type=click.Choice(LEVELS, case_sensitive=False), help="Exit 1 if the resume reads below this level.")
@click.option("--min-coverage", type=float, callback=_share, help="Exit 1 if coverage of --target is below this share.")
@click.option("--min-outcome-ratio", type=float, callback=_share, help="Exit 1 if fewer than this share of bullets state outcomes.")
@click.option("--min-match-rate", type=float, callback=_share, help="Exit 1 if the match rate against --jd is below this share.")
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    default="error",
    show_default=True,
    help="Exit 1 if a finding of this severity or worse is found (never: only the --min-* thresholds fail); for one resume, and for lint, github and sarif.",
)
@click.option("--max-pages", type=click.IntRange(min=1), default=10, show_default=True, help="Read at most this many PDF pages.")
@click.option("--max-size", type=_Bounded(*MAX_SIZE_MB), default=20.0, show_default=True, metavar="MB", help="Refuse files larger than this many MB (at most 1000).")
@click.option("--timeout", type=_Bounded(*TIMEOUT_SECONDS), default=60.0, show_default=True, metavar="SECONDS", help="Give up reading a file after this many seconds (at most 3600).")
@click.option(
    "--pdf-engine",
    type=click.Choice(("pdfium", "pdfplumber")),
    default="pdfium",
    show_default=True,
    help="Library that reads a PDF's characters; both give the same lines, pdfium about 3.5 times faster.",
)
@click.option("--jobs", type=click.IntRange(min=1), metavar="N", help="Batch: worker processes (default: the number of cores).")
@click.option("--resume", "resume_run", is_flag=True, help="Batch: keep the rows already in -o FILE and screen only the files not done yet.")
@click.option("--scheduler", metavar="ADDRESS", help="Batch: screen on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:PORT); needs mlmatch[dask].")
@click.option("--explain", is_flag=True, help="Show every signal of the level estimate: its vote, weight and evidence, the bound the years set, the scores.")
@click.option("--show-text", is_flag=True, help="Print the resume as mlmatch read it (page, line, column, section, bullets) and stop.")
@click.option("--show-config", is_flag=True, help="Print the settings (command line over .mlmatch.toml or [tool.mlmatch] over the defaults), each with where it came from, and stop.")
@click.version_option(__version__, "--version", prog_name="mlmatch")
@click.pass_context
def main(ctx: click.Context, /, **given: object) -> None:
    """Report the level an ML engineer's resume reads as, the keywords it lacks for --target or
    --jd, and which bullets state measurable outcomes.

    One PATH that is a file: its report. Several paths, or a folder (walked; hidden files and formats
    mlmatch does not read are skipped): a batch, every resume screened in parallel and ranked best
    first. --format lint, github or sarif: the findings of every file, for pre-commit and CI.

    Settings come from the command line, over .mlmatch.toml or [tool.mlmatch] in pyproject.toml (the
    first found from the current folder upward), over the defaults.

    Exit codes: 0 done; 1 a --min-* threshold was not met (by any resume), or a finding at --fail-on;
    2 usage error, bad config or unreadable input (in a batch: after every other file is done);
    130/143 a batch stopped by Ctrl-C/SIGTERM.
    """
    with _user_errors():
        from .config import find_config, resolve
        from .rules import RULES

        settings = resolve(ctx, tuple(rule.code for rule in RULES), find_config())
    if ctx.params["show_config"]:
        from .config import describe

        click.echo(describe(settings), nl=False)
        sys.exit(ExitCode.OK)
    _run(ctx.params["paths"], settings, show_text=ctx.params["show_text"], resume_run=ctx.params["resume_run"])


def entry() -> None:
    """The console command (and python -m mlmatch): main() in a process of its own."""
    from . import startup

    startup.hold()
    main()


def _output_format(settings: Resolved) -> str:
    """--format; else the extension of -o FILE given on the command line; else the config's format;
    else the extension of the config's output; else text."""
    from pathlib import Path

    from .config import COMMAND_LINE
    from .output import EXTENSION_FORMATS, UNWRITTEN_EXTENSIONS, format_for

    chosen, output = settings["output_format"], settings["output"]
    if output == "":
        raise click.UsageError("-o needs a file name (without -o, or with -o -, the report goes to standard output)")
    if output == "-":
        output = None
    suffix = Path(output).suffix.lower() if output else ""
    if not chosen and suffix in UNWRITTEN_EXTENSIONS:
        raise click.UsageError(f"-o {output}: mlmatch writes no {suffix} report; give --format (text, json, markdown, csv, jsonl, lint, github, sarif) or another extension")
    if settings.sources["format"] != COMMAND_LINE and output and settings.sources["output"] == COMMAND_LINE and Path(output).suffix.lower() in EXTENSION_FORMATS:
        chosen = None
    return format_for(output, chosen)


def _run(paths: tuple[str, ...], settings: Resolved, show_text: bool, resume_run: bool) -> None:
    if not paths:
        raise click.UsageError("Missing argument 'PATH...'.")
    if "" in paths:
        raise click.UsageError("an empty PATH names no file: give a resume, a folder, or - for standard input")
    s = settings
    if s["jd"] == "":
        raise click.UsageError("--jd needs a file name (or - for standard input)")
    output_format = _output_format(s)
    output, jd, target = None if s["output"] == "-" else s["output"], s["jd"], s["target"]
    findings_format = OutputFormat(output_format) in FINDINGS_FORMATS
    batch = not findings_format and (len(paths) > 1 or os.path.isdir(paths[0]) or output_format in (OutputFormat.CSV.value, OutputFormat.JSONL.value))
    _check_batch_options(batch, paths, output_format, output, resume_run, s["scheduler"], s["jobs"], show_text or s["explain"] and output_format == "text")
    if s["min_coverage"] is not None and target is None:
        raise click.UsageError("--min-coverage needs --target")
    if s["min_match_rate"] is not None and jd is None:
        raise click.UsageError("--min-match-rate needs --jd")
    if paths[0] == "-" and jd == "-":
        raise click.UsageError("standard input (-) can be the resume or the --jd posting, not both")
    with _user_errors():
        from . import startup
        from .check import CheckSettings, check_posting, failing, findings_for, keep_stdin, run_check
        from .levels import Level
        from .options import Options
        from .output import use_color, write_atomic
        from .readers import Limits
        from .render import render
        from .rules import THRESHOLD_CODES, Severity
        from .suppress import Allowed, Policy
        from .thresholds import Thresholds, failures

        options = Options(
            target=Level.parse(target) if target else None,
            jd=jd,
            lexicon_files=tuple(s["lexicon_files"]),
            as_of=s["as_of"],
            limits=Limits(max_bytes=int(s["max_size"] * 1024 * 1024), max_pages=s["max_pages"], timeout=s["timeout"]),
            pdf_engine=s["pdf_engine"],
            ignore_concepts=tuple(s["ignore_concepts"]),
        )
        thresholds = Thresholds(Level.parse(s["min_level"]) if s["min_level"] else None, s["min_coverage"], s["min_outcome_ratio"], s["min_match_rate"])
        policy = Policy(tuple(s["ignore"]), tuple(s["ignore_concepts"]), tuple(Allowed(code, text) for code, text in s["allow"]), tuple((code, Severity.parse(level)) for code, level in s["severity"]))
        fail_on = None if s["fail_on"] == "never" else Severity.parse(s["fail_on"])
        color = use_color(s["color"], output) and output_format == "text"
        if findings_format and not show_text:
            sys.exit(run_check(paths, options, CheckSettings(OutputFormat(output_format), output, thresholds, policy, fail_on, s["jobs"], s["scheduler"])))
        if batch:
            from .batch.run import BatchSettings, run_batch

            startup.release()
            sys.exit(run_batch(paths, options, BatchSettings(OutputFormat(output_format), output, resume_run, s["jobs"], s["scheduler"], thresholds, color)))
        resume = paths[0]
        if show_text:
            from .analysis import read_segments
            from .render.shown_text import render_document

            startup.release()
            click.echo(render_document(*read_segments(resume, options)), nl=False)
            sys.exit(ExitCode.OK)
        from .analysis import analyze_document, prepare_posting
        from .lexicon import load_lexicon
        from .matching import matcher_for
        from .readers import read

        lexicon = load_lexicon(options.lexicon_files)
        matcher_for(lexicon)
        posting = prepare_posting(options.jd, options, lexicon) if options.jd else None
        check_posting(posting, thresholds)
        startup.release()
        from .readers import STDIN

        stdin = keep_stdin(options.limits.max_bytes) if resume == STDIN else None
        report = analyze_document(read(resume, options.limits, options.pdf_engine), options, lexicon, posting)
        text = render(report, OutputFormat(output_format), color=color, explain=s["explain"])
        if output:
            try:
                write_atomic(output, text)
            except OSError as error:
                raise MlmatchError(f"cannot write {output}: {error.strerror}") from None
        else:
            click.echo(text, nl=False, color=color)
        failed = failures(report, thresholds)
        found = failing(findings_for(report, thresholds, policy, stdin), fail_on) if fail_on is not None else []
    for reason in failed:
        click.echo(f"mlmatch: below threshold: {resume}: {reason}", err=True)
    beyond = [f for f in found if f.code not in THRESHOLD_CODES.values()]  # thresholds were said just above
    if beyond:
        codes = ", ".join(sorted({f.code for f in beyond}))
        click.echo(f"mlmatch: {resume}: {len(beyond)} finding(s) at --fail-on {s['fail_on']} or worse ({codes}); --format lint lists them", err=True)
    sys.exit(ExitCode.BELOW_THRESHOLD if failed or found else ExitCode.OK)
