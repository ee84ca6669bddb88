"""The mlmatch command: parse options, analyze, render, choose the exit code. Heavy imports stay lazy."""

from __future__ import annotations

import os
import sys
from contextlib import contextmanager
from datetime import date

import click

from . import __version__
from .errors import ExitCode, MlmatchError
from .render import BATCH_FORMATS, RESUMABLE_FORMATS, OutputFormat

LEVELS = ("junior", "mid", "senior", "staff", "principal")
FORMATS = tuple(output_format.value for output_format in OutputFormat)


def _share(ctx, param, value):
    if value is not None and not 0.0 <= value <= 1.0:
        raise click.BadParameter("must be a share between 0 and 1 (e.g. 0.6)")
    return value


def _as_of(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("must be a date like 2026-11-24") from None


@contextmanager
def _user_errors():
    """Turn problems the user can fix into one line on stderr and exit 2."""
    try:
        yield
    except MlmatchError as error:
        click.echo(f"mlmatch: error: {error}", err=True)
        sys.exit(ExitCode.ERROR)
    except KeyboardInterrupt:  # Ctrl-C before a batch took over the signal, or during one report
        sys.exit(ExitCode.INTERRUPTED)


def _check_batch_options(batch: bool, paths: tuple[str, ...], output_format: str, output: str | None, resume: bool, scheduler: str | None, jobs: int | None, one_resume_view: bool) -> None:
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


@click.command(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.argument("paths", nargs=-1, required=True, metavar="PATH...", type=click.Path(readable=False, allow_dash=True, path_type=str))
@click.option("--target", type=click.Choice(LEVELS, case_sensitive=False), help="Level to measure the resume against: coverage and missing keywords.")
@click.option("--jd", "jd", type=click.Path(readable=False, allow_dash=True, path_type=str), help="Job posting (any format mlmatch reads; - for standard input) to match the resume against.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), help="Report format (default: from the -o file's extension, else text); a batch writes text (a ranked table), csv, json (an array) or jsonl.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, path_type=str), help="Write the report to this file (atomically) instead of stdout.")
@click.option("--color/--no-color", "color", default=None, help="Colour the text report (default: on a terminal, unless NO_COLOR is set).")
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=str), help="Extra lexicon TOML adding or overriding concepts; repeatable.")
@click.option("--as-of", callback=_as_of, metavar="DATE", help="Date that 'Present' means (default: the resume's own date, else today).")
@click.option("--min-level", type=click.Choice(LEVELS, case_sensitive=False), help="Exit 1 if the resume reads below this level.")
@click.option("--min-coverage", type=float, callback=_share, help="Exit 1 if coverage of --target is below this share.")
@click.option("--min-outcome-ratio", type=float, callback=_share, help="Exit 1 if fewer than this share of bullets state outcomes.")
@click.option("--min-match-rate", type=float, callback=_share, help="Exit 1 if the match rate against --jd is below this share.")
@click.option("--max-pages", type=click.IntRange(min=1), default=10, show_default=True, help="Read at most this many PDF pages.")
@click.option("--max-size", type=click.FloatRange(min=0.001), default=20.0, show_default=True, help="Refuse files larger than this many MB.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=60.0, show_default=True, help="Give up reading a file after this many seconds.")
@click.option("--pdf-engine", type=click.Choice(("pdfium", "pdfplumber")), default="pdfium", show_default=True, help="Library that reads a PDF's characters; both give the same lines, pdfium about 3.5 times faster.")
@click.option("--jobs", type=click.IntRange(min=1), metavar="N", help="Batch: worker processes (default: the number of cores).")
@click.option("--resume", "resume_run", is_flag=True, help="Batch: keep the rows already in -o FILE and screen only the files not done yet.")
@click.option("--scheduler", metavar="ADDRESS", help="Batch: screen on the Dask cluster whose scheduler is at ADDRESS (tcp://HOST:PORT); needs mlmatch[dask].")
@click.option("--explain", is_flag=True, help="Show every signal of the level estimate: its vote, weight and evidence, the bound the years set, the scores.")
@click.option("--show-text", is_flag=True, help="Print the resume as mlmatch read it (page, line, column, section, bullets) and stop.")
@click.version_option(__version__, "--version", prog_name="mlmatch")
def main(paths, target, jd, output_format, output, color, lexicon_files, as_of, min_level, min_coverage, min_outcome_ratio, min_match_rate, max_pages, max_size, timeout, pdf_engine, jobs, resume_run, scheduler, explain, show_text):
    """Report the level an ML engineer's resume reads as, the keywords it lacks for --target or
    --jd, and which bullets state measurable outcomes.

    One PATH that is a file: its report. Several paths, or a folder (walked; hidden files and formats
    mlmatch does not read are skipped): a batch, every resume screened in parallel and ranked best
    first.

    Exit codes: 0 done; 1 a --min-* threshold was not met (by any resume); 2 usage error or unreadable
    input (in a batch: after every other file is done); 130/143 a batch stopped by Ctrl-C/SIGTERM.
    """
    from .output import format_for

    output_format = format_for(output, output_format)
    batch = len(paths) > 1 or os.path.isdir(paths[0]) or output_format in (OutputFormat.CSV.value, OutputFormat.JSONL.value)
    _check_batch_options(batch, paths, output_format, output, resume_run, scheduler, jobs, show_text or explain)
    if min_coverage is not None and target is None:
        raise click.UsageError("--min-coverage needs --target")
    if min_match_rate is not None and jd is None:
        raise click.UsageError("--min-match-rate needs --jd")
    if paths[0] == "-" and jd == "-":
        raise click.UsageError("standard input (-) can be the resume or the --jd posting, not both")
    with _user_errors():
        from .analysis import analyze
        from .levels import Level
        from .options import Options
        from .output import use_color, write_atomic
        from .readers import Limits
        from .render import render
        from .thresholds import Thresholds, failures

        options = Options(
            target=Level.parse(target) if target else None,
            jd=jd,
            lexicon_files=tuple(lexicon_files),
            as_of=as_of,
            limits=Limits(max_bytes=int(max_size * 1024 * 1024), max_pages=max_pages, timeout=timeout),
            pdf_engine=pdf_engine,
        )
        thresholds = Thresholds(Level.parse(min_level) if min_level else None, min_coverage, min_outcome_ratio, min_match_rate)
        color = use_color(color, output) and output_format == "text"
        if batch:
            from .batch.run import BatchSettings, run_batch

            sys.exit(run_batch(paths, options, BatchSettings(OutputFormat(output_format), output, resume_run, jobs, scheduler, thresholds, color)))
        resume = paths[0]
        if show_text:
            from .analysis import read_segments
            from .render.shown_text import render_document

            click.echo(render_document(*read_segments(resume, options)), nl=False)
            sys.exit(ExitCode.OK)
        report = analyze(resume, options)
        text = render(report, OutputFormat(output_format), color=color, explain=explain)
        if output:
            try:
                write_atomic(output, text)
            except OSError as error:
                raise MlmatchError(f"cannot write {output}: {error.strerror}") from None
        else:
            click.echo(text, nl=False, color=color)
        failed = failures(report, thresholds)
    for reason in failed:
        click.echo(f"mlmatch: below threshold: {resume}: {reason}", err=True)
    sys.exit(ExitCode.BELOW_THRESHOLD if failed else ExitCode.OK)
