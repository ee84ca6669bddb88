"""YAML resumes: RenderCV and JSON Resume written as YAML read as the structured formats they are."""

from __future__ import annotations

import json
from datetime import date

import pytest

from mlmatch import Options, analyze
from mlmatch.errors import UnreadableError
from mlmatch.readers import read

# A fictional person, in RenderCV's layout: every entry type once.
RENDERCV = """\
# yaml-language-server: $schema=https://example.com/schema.json
cv:
  name: Ines Achterberg
  headline: Senior Machine Learning Engineer
  location: Utrecht, NL
  email: ines.achterberg@example.com
  sections:
    summary:
      - Machine learning engineer building **ranking** and [forecasting](https://example.com) systems.
    experience:
      - company: Tulpwerk Analytics
        position: Senior Machine Learning Engineer
        start_date: 2021-03
        end_date: present
        location: Utrecht, NL
        highlights:
          - Cut demand-forecast error by 18% with gradient-boosted models in XGBoost.
          - Mentored three engineers and wrote the design documents for the feature store.
      - company: Kanaal Data
        position: Machine Learning Engineer
        start_date: 2017-09
        end_date: 2021-02
        highlights:
          - Built training pipelines in PyTorch on Kubernetes.
    education:
      - institution: Delft Institute of Technology
        area: Computer Science
        degree: MSc
        start_date: 2015-09
        end_date: 2017-08
    projects:
      - name: fastrank
        date: "2022"
        summary: Open-source learning-to-rank library.
        highlights:
          - Adopted by 40 companies.
    publications:
      - title: Calibrated Forecasts at Retail Scale
        authors:
          - Ines Achterberg
          - Pieter Smit
        journal: KDD 2023
        date: 2023-08
    skills:
      - label: Languages
        details: Python, SQL, Scala
    certifications:
      - bullet: Google Cloud Professional Machine Learning Engineer
    talks:
      - number: Forecasting at scale, PyData Amsterdam
design:
  theme: classic
"""

JSON_RESUME = {
    "basics": {"name": "Ines Achterberg", "label": "Senior Machine Learning Engineer", "email": "ines.achterberg@example.com"},
    "work": [
        {
            "name": "Tulpwerk Analytics",
            "position": "Senior Machine Learning Engineer",
            "startDate": "2021-03-01",
            "highlights": ["Cut demand-forecast error by 18% with gradient-boosted models in XGBoost."],
        },
    ],
    "skills": [{"name": "Languages", "keywords": ["Python", "SQL"]}],
}


def test_rendercv_sections_roles_and_highlights(tmp_path):
    path = tmp_path / "ines.yaml"
    path.write_text(RENDERCV)
    document = read(path)
    assert document.format == "rendercv"
    lines = [(line.number, line.heading, line.bullet, line.text) for line in document.lines]
    assert lines[:5] == [
        (3, 1, False, "Ines Achterberg"),
        (4, 0, False, "Senior Machine Learning Engineer"),
        (5, 0, False, "Utrecht, NL | ines.achterberg@example.com"),
        (8, 2, False, "Summary"),
        (9, 0, False, "Machine learning engineer building ranking and forecasting systems."),  # Markdown removed
    ]
    assert (12, 3, False, "Senior Machine Learning Engineer | Tulpwerk Analytics | Utrecht, NL | Mar 2021 – Present") in lines
    assert (20, 3, False, "Machine Learning Engineer | Kanaal Data | Sep 2017 – Feb 2021") in lines
    assert (17, 0, True, "Cut demand-forecast error by 18% with gradient-boosted models in XGBoost.") in lines
    assert (26, 0, False, "MSc, Computer Science, Delft Institute of Technology | Sep 2015 – Aug 2017") in lines
    assert (32, 3, False, "fastrank | 2022") in lines
    assert (38, 0, False, "Calibrated Forecasts at Retail Scale | KDD 2023 | Aug 2023") in lines
    assert (40, 0, False, "Ines Achterberg, Pieter Smit") in lines
    assert (45, 0, False, "Languages: Python, SQL, Scala") in lines
    assert (48, 0, True, "Google Cloud Professional Machine Learning Engineer") in lines
    assert (49, 2, False, "Talks") in lines
    assert not any("classic" in text for *_, text in lines)  # the design block is not resume text


def test_rendercv_report_finds_the_roles_and_their_years(tmp_path):
    path = tmp_path / "ines.yml"
    path.write_text(RENDERCV)
    report = analyze(path, Options(as_of=date(2026, 11, 1))).to_dict()
    assert len(report["experience"]["roles"]) == 2
    assert 9.0 <= report["experience"]["years"] <= 9.3  # Sep 2017 – Nov 2026
    assert report["apparent_level"]["level"] in ("senior", "staff")
    outcomes = {bullet["line"]: bullet["verdict"] for bullet in report["bullets"]}
    assert outcomes[17] == "outcome"


def test_json_resume_as_yaml_reads_like_json(tmp_path):
    import yaml

    (tmp_path / "r.json").write_text(json.dumps(JSON_RESUME, indent=2))
    (tmp_path / "r.yaml").write_text(yaml.safe_dump(JSON_RESUME, sort_keys=False))
    from_json, from_yaml = read(tmp_path / "r.json"), read(tmp_path / "r.yaml")
    assert from_yaml.format == "jsonresume-yaml"
    assert [(line.text, line.heading, line.bullet) for line in from_yaml.lines] == [(line.text, line.heading, line.bullet) for line in from_json.lines]
    source = (tmp_path / "r.yaml").read_text().splitlines()
    for line in from_yaml.lines:  # each line points at the YAML line holding its value
        assert line.text.split(" | ")[0].split(":")[0][:20] in source[line.number - 1] or line.heading == 2


@pytest.mark.parametrize(
    "source, message",
    [
        ("basic:\n  name: Sam\nexperience:\n  - title: Research Assistant\n", "neither a RenderCV CV"),
        ("- just\n- a list\n", "neither a RenderCV CV"),
        ("cv:\n  name: [unclosed\n", r"not valid YAML \(line 3\)"),
        ("cv: {name: Sam}\n\tbad: tab\n", "not valid YAML"),
        (
            "a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
            "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\ncv: {name: x, sections: {s: *e}}\n",
            "more than 100,000 values",
        ),
        ("cv: " + "[" * 5000 + "]" * 5000 + "\n", "nested too deeply"),
    ],
)
def test_other_yaml_is_refused_in_one_line(tmp_path, source, message):
    path = tmp_path / "cv.yaml"
    path.write_text(source)
    with pytest.raises(UnreadableError, match=message) as caught:
        read(path)
    assert str(caught.value).startswith(f"{path}: ") and "\n" not in str(caught.value)


def test_tags_never_build_objects(tmp_path, monkeypatch):
    """A python/object tag is only text to the safe loader's node graph: nothing runs."""
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "cv.yaml"
    path.write_text("cv:\n  name: !!python/object/apply:os.system ['touch pwned']\n  sections:\n    experience:\n      - !!python/object/new:os.system [touch pwned2]\n")
    document = read(path)
    assert not (tmp_path / "pwned").exists() and not (tmp_path / "pwned2").exists()
    assert [line.text for line in document.lines] == ["Experience"]  # tagged values are not text either


def test_a_yaml_resume_without_extension_is_recognised(tmp_path):
    path = tmp_path / "resume"
    path.write_text(RENDERCV)
    assert read(path).format == "rendercv"


def test_rendercv_nested_highlights_are_bullets_of_their_own(tmp_path):
    """RenderCV writes sub-bullets as indented '- ' lines inside a highlight; YAML folds them into one string."""
    source = tmp_path / "cv.yaml"
    source.write_text(
        "cv:\n  name: Ana Example\n  sections:\n    experience:\n      - company: Acme\n        position: Research Intern\n"
        "        start_date: 2021-05\n        end_date: 2021-08\n        highlights:\n"
        "          - Published research at top venues\n            - ICML 2022 main conference paper\n            - NeurIPS 2022 workshop paper\n"
        "          - Built the evaluation harness - a small tool\n",
        encoding="utf-8",
    )
    bullets = [line.text for line in read(source).lines if line.bullet]
    assert bullets == ["Published research at top venues", "ICML 2022 main conference paper", "NeurIPS 2022 workshop paper", "Built the evaluation harness - a small tool"]
