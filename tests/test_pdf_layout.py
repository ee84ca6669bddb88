"""Reading order on a page built from characters placed by hand: the layout rules whose real-producer
fixtures could not isolate them (a long left-column line reaching into the gutter, margin headings set
larger than the text beside them)."""

from __future__ import annotations

import unicodedata

from mlmatch.readers.pdf_content import Char, char_at
from mlmatch.readers.pdf_layout import layout_rows

WIDTH = 612.0


def place(text: str, x: float, baseline: float, size: float = 10.0, font: str = "Helvetica") -> list[Char]:
    """The characters of `text` set from `x` on a baseline, each 0.5 em wide, a space 0.25 em."""
    chars = []
    for ch in text:
        advance = 0.25 * size if ch == " " else 0.5 * size
        if ch != " ":
            chars.append(char_at(ch, x, x + advance, baseline, size, font))
        x += advance
    return chars


def texts(chars: list[Char]) -> list[str]:
    return [row.text() for row in layout_rows(chars, WIDTH)]


LEFT = [
    "Education",
    "Harrowgate University",
    "MSc Data Science",
    "Skills",
    "Python, SQL, PyTorch, LightGBM, Spark, Ray",
    "anomaly detection, causal uplift, forecasts",
    "Airflow, Docker, Kubernetes, BigQuery, dbt",
    "Languages",
    "English, Twi, French",
]
RIGHT = [
    "Experience",
    "Kestrel Payments | Senior Machine Learning Engineer, London",
    "Feb 2019 to Present | London, United Kingdom, full time",
    "Cut card fraud losses by 31 percent with a graph feature model.",
    "Run the on-call rotation for the model services every week.",
    "Harbour Retail | Data Scientist, Leeds, United Kingdom",
    "Jul 2014 to Jan 2019 | Leeds, United Kingdom, full time",
    "Built the weekly demand forecasts that the buyers order from.",
    "Wrote the SQL feature jobs behind the forecasts and reports.",
    "Led the move of the scoring service to a streaming design on Flink.",
    "Wrote the design documents for the graph features and reviewed them.",
    "Mentored two analysts into data scientist roles over two years.",
    "Kept the false decline rate under half a percent through the peak.",
    "Moved the monthly reports from spreadsheets to scheduled SQL jobs.",
]


def test_left_column_lines_reaching_into_the_gutter_stay_whole_in_their_column():
    """Three overfull lines of a narrow left column (a Deedy-style page) run into the gutter, one word
    past its middle: the page is still two columns, and those lines keep their last words."""
    chars = place("Efua Mensah-Larbi", 40, 60, size=16)
    for i, text in enumerate(LEFT):
        chars += place(text, 40, 100 + 14 * i)
    for i, text in enumerate(RIGHT):
        chars += place(text, 250, 104 + 12.5 * i)  # another leading: the columns' rows do not line up
    assert texts(chars) == ["Efua Mensah-Larbi", *LEFT, *RIGHT]


def test_margin_headings_set_larger_than_the_text_beside_them_are_each_before_their_entry():
    chars: list[Char] = []
    body = [
        (
            "Work",
            [
                "Northvane Robotics, Staff Machine Learning Engineer, warehouse robots",
                "Feb 2023 to Present, Vancouver, British Columbia, full time",
                "Cut failed picks by 38 percent with a multi-view grasp scoring model",
            ],
        ),
        (
            "Volunteer",
            [
                "Code Harbour Society, Mentor in the Women in ML evening programme",
                "Sep 2017 to Present, Vancouver, British Columbia, weekly evenings",
                "Helped thirty mentees land their first data roles in local companies",
            ],
        ),
        (
            "Education",
            [
                "University of British Columbia, Department of Computer Science",
                "BSc in Computer Science with honours, 2010 to 2014, Vancouver",
                "Thesis on grasp planning for soft grippers, supervised in robotics",
            ],
        ),
    ]
    baseline, expected = 100.0, []
    for heading, lines in body:
        chars += place(heading, 40, baseline + 1.6, size=20.5)  # centred on the first line, not on its baseline
        expected.append(heading)
        for text in lines:
            chars += place(text, 200, baseline)
            expected.append(text)
            baseline += 14
        baseline += 30
    assert texts(chars) == expected


def test_a_spacing_accent_set_over_its_letter_composes_with_it():
    """TeX sets Polish and Czech accents as glyphs of their own over the letter ('S' then '´'): one word,
    'DOŚWIADCZENIE', not 'DOS ́ WIADCZENIE'."""
    chars = place("DOS", 40, 100) + [char_at("\u00b4", 51.0, 54.0, 100, 10.0, "Helvetica")] + place("WIADCZENIE", 55, 100)
    chars += place("Inz", 40, 120) + [char_at("\u02d9", 51.0, 53.5, 120, 10.0, "Helvetica")] + place("ynier", 55, 120)
    assert [unicodedata.normalize("NFC", text) for text in texts(chars)] == ["DO\u015aWIADCZENIE", "In\u017cynier"]
