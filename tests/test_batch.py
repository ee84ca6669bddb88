"""Batches through the real command (CliRunner): a folder with good, hidden, unsupported and broken
files; ranking; CSV, JSON, JSON Lines and the table; --resume; thresholds; the Python function."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest
from click.testing import CliRunner

from conftest import AS_OF, BROKEN, GOOD, POSTINGS, SAMPLES
from mlmatch import Level, Options, Report, analyze
from mlmatch.batch import FileError, screen
from mlmatch.cli import main
from mlmatch.render.csv import COLUMNS

AS_OF_ARGS = ["--as-of", AS_OF.isoformat()]
POSTING = str(POSTINGS / "senior-ml-engineer-ranking.txt")


def run(*args: str):
    return CliRunner().invoke(main, [*args, *AS_OF_ARGS, "--jobs", "2"])


def csv_rows(text: str) -> list[dict]:
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert all(None not in row and len(row) == len(COLUMNS) for row in rows)
    return rows


def relative(rows, folder) -> list[str]:
    return [os.path.relpath(row["file"], folder) for row in rows]


def test_folder_is_screened_ranked_with_every_broken_file_listed(batch_folder, tmp_path):
    out = tmp_path / "ranking.csv"
    result = run(str(batch_folder), "--jd", POSTING, "--target", "senior", "--format", "csv", "-o", str(out))
    assert result.exit_code == 2  # some files could not be read; every other file is still there
    rows = csv_rows(out.read_text(encoding="utf-8"))
    assert sorted(relative(rows, batch_folder)) == sorted([*GOOD, *BROKEN])
    good, broken = rows[: len(GOOD)], rows[len(GOOD) :]
    rates = [float(row["match_rate"]) for row in good]
    assert rates == sorted(rates, reverse=True) and len(set(rates)) > 2  # best match first
    assert all(row["error"] == "" and row["level"] and row["coverage"] for row in good)
    for row in broken:
        assert BROKEN[os.path.relpath(row["file"], batch_folder)] in row["error"] and row["level"] == ""
        assert f"mlmatch: error: {row['file']}: " in result.stderr
    # the missing column lists the posting's missing concepts, as the report does
    hannah = next(row for row in good if row["file"].endswith("senior-hannah-brooks.pdf"))
    report = analyze(SAMPLES / "senior-hannah-brooks.pdf", Options(jd=POSTING, as_of=AS_OF))
    assert hannah["missing"] == "; ".join(r.name for r in report.jd.missing[:5])
    assert float(hannah["match_rate"]) == report.jd.match_rate
    summary = result.stderr.strip().splitlines()[-1]
    assert f"{len(GOOD) + len(BROKEN)} files" in summary and "4 could not be read" in summary
    assert "skipped 4 (2 hidden, 1 .doc, 1 .png)" in summary
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_ranking_without_a_posting_is_by_coverage_then_by_level(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("junior-ana-okafor.md", "principal-eleanor-vance.md", "mid-diego-ferreira.md", "staff-rafael-nunez.md"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    by_level = csv_rows(run(str(folder), "--format", "csv").stdout)
    assert [row["level"] for row in by_level] == ["principal", "staff", "mid", "junior"]
    by_coverage = csv_rows(run(str(folder), "--format", "csv", "--target", "mid").stdout)
    coverage = [float(row["coverage"]) for row in by_coverage]
    assert coverage == sorted(coverage, reverse=True)
    assert by_coverage[0]["missing"] and by_coverage[0]["match_rate"] == ""


def test_a_batch_row_gives_the_ml_and_software_years_beside_the_professional_years():
    (row,) = csv_rows(run(str(SAMPLES / "junior-tomas-lindqvist.md"), "--format", "csv").stdout)  # a career changer: 5.5 years outside ML
    assert (row["years"], row["relevant_years"]) == ("7.2", "1.7")  # as of 2026-11-01


def test_text_table_is_ranked_and_shows_errors_last(batch_folder):
    result = run(str(batch_folder), "--jd", POSTING)
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert lines[0].split()[:8] == ["#", "level", "conf", "years", "ml/sw", "match", "outc", "file"]
    assert lines[1].split()[0] == "1" and lines[len(GOOD)].split()[0] == str(len(GOOD))
    assert all(line.split()[:2] == ["-", "error"] for line in lines[len(GOOD) + 1 :])
    assert len(lines) == 1 + len(GOOD) + len(BROKEN)
    assert "\x1b[" not in result.stdout  # no colour off a terminal


def test_json_array_and_json_lines_hold_the_same_reports_as_one_resume(batch_folder, tmp_path):
    array = json.loads(run(str(batch_folder), "--format", "json", "--target", "staff").stdout)
    lines = [json.loads(line) for line in run(str(batch_folder), "--format", "jsonl", "--target", "staff").stdout.splitlines()]
    assert len(array) == len(lines) == len(GOOD) + len(BROKEN)
    assert {item["file"] for item in array} == {item["file"] for item in lines}
    by_file = {item["file"]: item for item in array}
    for name in GOOD:
        path = str(batch_folder / name)
        expected = analyze(path, Options(target=Level.STAFF, as_of=AS_OF)).to_dict()
        item = dict(by_file[path])
        assert item.pop("source") == {"size": os.path.getsize(path), "modified": item_modified(path)}
        assert item.pop("screened_with")["target"] == "staff"
        assert item == expected
    errors = [item for item in array if item["schema"] == "mlmatch.error/1"]
    assert sorted(os.path.relpath(e["file"], batch_folder) for e in errors) == sorted(BROKEN)
    assert array[-len(BROKEN) :] == sorted(errors, key=lambda e: e["file"])  # failures last, by name


def item_modified(path: str) -> str:
    from mlmatch.batch.rows import Source

    return Source.of(path).modified


def test_one_file_keeps_the_single_report():
    single = run(str(SAMPLES / "senior-hannah-brooks.md"), "--format", "json")
    assert single.exit_code == 0 and json.loads(single.stdout)["schema"] == "mlmatch.report/1"  # an object, not an array
    two = run(str(SAMPLES / "senior-hannah-brooks.md"), str(SAMPLES / "junior-ana-okafor.md"), "--format", "json")
    assert two.exit_code == 0 and [item["file"] for item in json.loads(two.stdout)][0].endswith("senior-hannah-brooks.md")


def test_hostile_names_and_text_cannot_become_spreadsheet_formulas(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    text = (SAMPLES / "senior-hannah-brooks.md").read_text() + '\n- =HYPERLINK("http://evil.example","click") with PyTorch\n'
    hostile = ["=HYPERLINK(1).md", "+SUM(1).md", "-2+3.md", "@cmd.md", "'=quoted.md", "\tTAB.md"]
    for name in hostile:
        (folder / name).write_text(text)
    (folder / "=broken=.pdf").write_text("=cmd|' /C calc'!A0\n")
    lexicon = tmp_path / "hostile.toml"  # a concept's name reaches the missing column
    lexicon.write_text(
        '[[concept]]\nid = "ai-ethics"\nname = "=1+2"\nlevel = "junior"\ncategory = "practice"\naliases = ["zzqx never written"]\n'
        + "sources = ["
        + ", ".join(f'{{ seed = "00{i}", level = "junior" }}' for i in range(5))
        + "]\n"
    )
    out = tmp_path / "out.csv"
    monkeypatch.chdir(folder)  # relative paths: the file cell begins with the applicant's chosen name
    result = run(".", "--format", "csv", "-o", str(out), "--target", "junior", "--lexicon", str(lexicon))
    assert result.exit_code == 2
    raw = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8"), newline="")))
    assert [cell for row in raw for cell in row if cell[:1] in ("=", "+", "-", "@", "\t", "\r")] == []
    assert sorted(row[0] for row in raw[1:]) == sorted("'" + name for name in [*hostile, "=broken=.pdf"])
    assert {row[COLUMNS.index("missing")].split(";")[0] for row in raw[1:] if row[1]} == {"'=1+2"}
    # read back (--resume) the names are the real ones: nothing is screened again
    again = run(".", "--format", "csv", "-o", str(out), "--target", "junior", "--lexicon", str(lexicon), "--resume")
    assert "0 screened" in again.stderr and f"{len(hostile) + 1} kept" in again.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["--format", "markdown"], "--format markdown is for one resume"),
        (["--show-text"], "--show-text and --explain take one file"),
        (["--explain"], "--show-text and --explain take one file"),
        (["--format", "csv", "--resume"], "--resume needs -o FILE"),
        (["-o", "x.txt", "--resume"], "--resume needs --format"),
        (["--jobs", "2", "--scheduler", "tcp://127.0.0.1:1"], "--jobs is for this machine"),
    ],
)
def test_batch_usage_errors_exit_2(batch_folder, args, message):
    result = CliRunner().invoke(main, [str(batch_folder), *args])
    assert result.exit_code == 2 and message in result.stderr


def test_batch_options_on_one_file_are_a_usage_error():
    result = CliRunner().invoke(main, [str(SAMPLES / "junior-ana-okafor.md"), "--resume"])
    assert result.exit_code == 2 and "--resume and --scheduler are for a batch" in result.stderr


def test_a_folder_with_no_resume_is_an_error(tmp_path):
    (tmp_path / ".hidden.md").write_text("# x\n")
    (tmp_path / "a.doc").write_bytes(b"doc")
    result = CliRunner().invoke(main, [str(tmp_path)])
    assert result.exit_code == 2 and result.stderr == f"mlmatch: error: {tmp_path}: is a folder with no resume to screen (skipped 2 (1 .doc, 1 hidden))\n"


def test_unreadable_posting_stops_before_the_output_is_touched(batch_folder, tmp_path):
    out = tmp_path / "keep.csv"
    out.write_text("earlier work\n")
    result = run(str(batch_folder), "--format", "csv", "-o", str(out), "--jd", str(tmp_path / "missing.txt"))
    assert result.exit_code == 2 and "no such file" in result.stderr
    assert out.read_text() == "earlier work\n"


def test_thresholds_in_a_batch_exit_1_naming_each_resume_below(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("junior-ana-okafor.md", "staff-rafael-nunez.md", "principal-eleanor-vance.md"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    result = run(str(folder), "--format", "csv", "--min-level", "staff")
    assert result.exit_code == 1
    below = [line for line in result.stderr.splitlines() if "below threshold" in line]
    assert len(below) == 1 and "junior-ana-okafor.md: reads as junior, below the required staff" in below[0]
    assert len(csv_rows(result.stdout)) == 3  # every resume is still in the output
    assert run(str(folder), "--format", "csv", "--min-level", "junior").exit_code == 0
    (folder / "empty.md").write_text("")
    assert run(str(folder), "--format", "csv", "--min-level", "staff").exit_code == 2  # a failed file outranks a threshold


def test_screen_yields_reports_and_errors_and_reads_the_posting_once(batch_folder, tmp_path):
    posting = tmp_path / "posting.txt"
    posting.write_text((POSTINGS / "senior-ml-engineer-ranking.txt").read_text())
    results = screen([batch_folder], Options(jd=str(posting), as_of=AS_OF), jobs=2)
    posting.unlink()  # read before the first resume: no worker reads it again
    by_file = {os.path.relpath(r.file, batch_folder): r for r in results}
    assert set(by_file) == {*GOOD, *BROKEN}
    assert all(isinstance(by_file[name], Report) and by_file[name].jd.match_rate > 0 for name in GOOD)
    assert all(isinstance(by_file[name], FileError) and words in by_file[name].error for name, words in BROKEN.items())
    single = analyze(batch_folder / "senior-hannah-brooks.pdf", Options(jd=str(POSTINGS / "senior-ml-engineer-ranking.txt"), as_of=AS_OF))
    assert by_file["senior-hannah-brooks.pdf"].to_dict()["jd"]["missing"] == single.to_dict()["jd"]["missing"]


def test_resume_keeps_unchanged_rows_and_screens_new_and_changed_files(batch_folder, tmp_path):
    out = tmp_path / "out.csv"
    run(str(batch_folder), "--format", "csv", "-o", str(out))
    first = {row["file"]: row for row in csv_rows(out.read_text())}
    changed = batch_folder / "junior-ana-okafor.md"
    changed.write_text(changed.read_text() + "\n- Reduced churn by 12% with a new model\n")
    os.utime(changed, (1_800_000_000, 1_800_000_000))
    (batch_folder / "new-staff.md").write_bytes((SAMPLES / "staff-isabel-moreau.md").read_bytes())
    (batch_folder / "broken" / "empty.pdf").unlink()  # gone: its row goes too
    result = run(str(batch_folder), "--format", "csv", "-o", str(out), "--resume")
    assert "2 screened" in result.stderr and f"{len(GOOD) + len(BROKEN) - 2} kept" in result.stderr
    second = csv_rows(out.read_text())
    files = [row["file"] for row in second]
    assert len(files) == len(set(files)) == len(GOOD) + len(BROKEN)
    assert str(batch_folder / "broken" / "empty.pdf") not in files and str(batch_folder / "new-staff.md") in files
    assert next(row for row in second if row["file"] == str(changed))["modified"].startswith("2027-01-15")
    assert all(row == first[row["file"]] for row in second if row["file"] not in (str(changed), str(batch_folder / "new-staff.md")))
    assert [rank_of(row) for row in second] == sorted(rank_of(row) for row in second)


def rank_of(row: dict) -> tuple:
    from mlmatch.levels import LEVEL_IDS

    return (row["error"] != "", -LEVEL_IDS.index(row["level"]) if row["level"] else 0)


@pytest.mark.parametrize("output_format", ["csv", "json", "jsonl"])
def test_resume_after_a_crash_drops_the_row_cut_short_and_finishes(batch_folder, tmp_path, output_format):
    out = tmp_path / f"out.{output_format}"
    assert run(str(batch_folder), "--format", output_format, "-o", str(out)).exit_code == 2
    whole = out.read_bytes()
    out.write_bytes(whole[: len(whole) * 2 // 3])  # a crash in the middle of a row
    result = run(str(batch_folder), "--format", output_format, "-o", str(out), "--resume")
    assert result.exit_code == 2 and " kept" in result.stderr and "0 screened" not in result.stderr
    text = out.read_text()
    if output_format == "csv":
        files = [row["file"] for row in csv_rows(text)]
    elif output_format == "json":
        files = [item["file"] for item in json.loads(text)]
    else:
        files = [json.loads(line)["file"] for line in text.splitlines()]
    assert sorted(files) == sorted(str(batch_folder / name) for name in [*GOOD, *BROKEN])


def test_resume_refuses_an_output_made_with_other_options(batch_folder, tmp_path):
    out = tmp_path / "out.csv"
    run(str(batch_folder), "--format", "csv", "-o", str(out), "--target", "senior")
    result = run(str(batch_folder), "--format", "csv", "-o", str(out), "--resume")
    assert result.exit_code == 2 and "made with --target senior (this run: no --target)" in result.stderr
    not_ours = tmp_path / "other.csv"
    not_ours.write_bytes(b"name,score\r\nx,1\r\n")
    result = run(str(batch_folder), "--format", "csv", "-o", str(not_ours), "--resume")
    assert result.exit_code == 2 and "header differs" in result.stderr and not_ours.read_bytes() == b"name,score\r\nx,1\r\n"


def test_terminal_escapes_in_file_names_are_shown_harmless(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "red\x1b[31mflag.md").write_bytes((SAMPLES / "junior-ana-okafor.md").read_bytes())
    (folder / "bell\x07.pdf").write_bytes(b"")
    result = CliRunner().invoke(main, [str(folder), "--color", *AS_OF_ARGS])
    assert result.exit_code == 2
    assert "red?[31mflag.md" in result.stdout and "bell?.pdf" in result.stdout and "bell?.pdf: the file is empty" in result.stderr
    assert "\x1b[31mflag" not in result.stdout and "\x07" not in result.stdout + result.stderr
    assert "\x1b[1m" in result.stdout  # --color still styles the table itself


@pytest.mark.parametrize("name", ["table.txt", "rows.csv"])
def test_an_output_that_cannot_be_written_fails_before_any_file_is_screened(batch_folder, tmp_path, name):
    result = run(str(batch_folder), "-o", str(tmp_path / "missing-folder" / name))
    assert result.exit_code == 2 and result.stderr == f"mlmatch: error: cannot write {tmp_path / 'missing-folder' / name}: No such file or directory\n"


def _screened(folder, out, *options: str):
    return run(str(folder), "--format", out.suffix[1:], "-o", str(out), *options)


@pytest.mark.parametrize("suffix", ["csv", "json", "jsonl"])
def test_resume_refuses_rows_made_for_another_target_level(tmp_path, suffix):
    folder = _small_folder(tmp_path)
    out = tmp_path / f"rows.{suffix}"
    _screened(folder, out, "--target", "senior")
    result = _screened(folder, out, "--target", "principal", "--resume")
    assert (result.exit_code, "made with --target senior (this run: --target principal)" in result.stderr) == (2, True)


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_resume_refuses_rows_made_against_another_posting(tmp_path, suffix):
    folder = _small_folder(tmp_path)
    out = tmp_path / f"rows.{suffix}"
    _screened(folder, out, "--jd", str(POSTINGS / "staff-ml-platform.md"))
    result = _screened(folder, out, "--jd", POSTING, "--resume")
    assert (result.exit_code, "a posting that asks for other concepts" in result.stderr) == (2, True)


@pytest.mark.parametrize("suffix", ["csv", "jsonl"])
def test_resume_refuses_rows_made_with_another_as_of_date(tmp_path, suffix):
    folder = _small_folder(tmp_path)
    out = tmp_path / f"rows.{suffix}"
    CliRunner().invoke(main, [str(folder), "--format", suffix, "-o", str(out), "--as-of", "2020-01-01"])
    result = _screened(folder, out, "--resume")
    assert (result.exit_code, f"made with --as-of 2020-01-01 (this run: --as-of {AS_OF.isoformat()})" in result.stderr) == (2, True)


def test_resume_compares_postings_by_what_they_ask_not_by_their_path(tmp_path):
    folder = _small_folder(tmp_path)
    out = tmp_path / "rows.csv"
    _screened(folder, out, "--jd", POSTING)
    (tmp_path / "copy.txt").write_bytes(open(POSTING, "rb").read())
    same = _screened(folder, out, "--jd", str(tmp_path / "copy.txt"), "--resume")
    other = _screened(folder, out, "--jd", str(POSTINGS / "staff-ml-platform.md"), "--resume")
    assert (same.exit_code, other.exit_code) == (0, 2)


def test_a_csv_row_records_the_target_and_the_posting_it_was_made_with(tmp_path):
    folder = _small_folder(tmp_path)
    rows = csv_rows(run(str(folder), "--format", "csv", "--target", "senior", "--jd", POSTING).stdout)
    made_with = json.loads(rows[0]["screened_with"])
    assert (made_with["target"], made_with["jd"], len(made_with["jd_digest"])) == ("senior", POSTING, 12)


def test_a_json_lines_record_records_the_target_and_the_posting_it_was_made_with(tmp_path):
    folder = _small_folder(tmp_path)
    first = json.loads(run(str(folder), "--format", "jsonl", "--target", "senior", "--jd", POSTING).stdout.splitlines()[0])
    assert (first["screened_with"]["target"], first["screened_with"]["jd"]) == ("senior", POSTING)


def test_resume_refuses_an_output_that_does_not_say_how_its_rows_were_made(tmp_path):
    folder = _small_folder(tmp_path)
    out = tmp_path / "rows.jsonl"
    _screened(folder, out, "--target", "senior")
    records = [json.loads(line) for line in out.read_text().splitlines()]
    out.write_text("".join(json.dumps({k: v for k, v in r.items() if k != "screened_with"}) + "\n" for r in records))  # as an earlier mlmatch wrote it
    result = _screened(folder, out, "--target", "senior", "--resume")
    assert (result.exit_code, "does not say which options its rows were made with" in result.stderr) == (2, True)


def _small_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("junior-ana-okafor.md", "senior-kwame-asante.md"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    return folder
