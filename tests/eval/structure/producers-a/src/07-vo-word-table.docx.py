"""Table-based two-column Word resume (python-docx): shaded left cell = sidebar, right cell = main.

Usage: python3 07-vo-word-table.docx.py OUT.docx
Fictional person.
"""

import datetime
import sys

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin = sec.bottom_margin = Cm(1.3)
sec.left_margin = sec.right_margin = Cm(1.3)
normal = doc.styles["Normal"]
normal.font.name = "Carlito"
normal.font.size = Pt(9.5)
normal.paragraph_format.space_after = Pt(1)
doc.core_properties.author = "Minh-Anh Vo"
doc.core_properties.created = datetime.datetime(2026, 11, 20, 8, 0, 0)
doc.core_properties.modified = datetime.datetime(2026, 11, 20, 8, 0, 0)

NAVY = RGBColor(0x1B, 0x36, 0x5D)


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def no_borders(table):
    tblPr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


title = doc.add_paragraph()
r = title.add_run("MINH-ANH VO")
r.bold = True
r.font.size = Pt(24)
r.font.color.rgb = NAVY
sub = doc.add_paragraph()
r = sub.add_run("Senior Machine Learning Engineer  ·  Computer vision for mobility")
r.font.size = Pt(12)
upd = doc.add_paragraph()
r = upd.add_run("Last updated: 2026-11-20")
r.italic = True
r.font.size = Pt(8)

table = doc.add_table(rows=1, cols=2)
table.alignment = WD_TABLE_ALIGNMENT.CENTER
no_borders(table)
left, right = table.rows[0].cells
table.autofit = False
for col, w in zip(table.columns, (Cm(5.6), Cm(12.8)), strict=True):
    col.width = w
left.width, right.width = Cm(5.6), Cm(12.8)
for gc, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), (Cm(5.6), Cm(12.8)), strict=True):
    gc.set(qn("w:w"), str(int(w.twips)))
shade(left, "E9EEF5")


def head(cell, text, first=False):
    p = cell.paragraphs[0] if first else cell.add_paragraph()
    p.paragraph_format.space_before = Pt(0 if first else 8)
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = NAVY
    return p


def para(cell, text, bold=False, italic=False, style=None):
    p = cell.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    return p


def role_line(cell, title, dates):
    p = cell.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(12.3), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(title)
    r.bold = True
    p.add_run("\t" + dates)


# ---- sidebar ----
head(left, "CONTACT", first=True)
para(left, "Ho Chi Minh City, Vietnam")
para(left, "+84 90 555 0137")
para(left, "minhanh.vo@example.vn")
para(left, "example.dev/minhanhvo")
head(left, "SKILLS")
for s in ["PyTorch, TensorRT, ONNX", "OpenCV, detection & tracking", "Python, C++, SQL", "Spark, Kafka, Airflow", "Kubernetes, Triton Inference Server", "GCP (Vertex AI, BigQuery)"]:
    para(left, s)
head(left, "LANGUAGES")
para(left, "Vietnamese — native")
para(left, "English — professional (IELTS 8.0)")
para(left, "Japanese — basic (JLPT N4)")
head(left, "EDUCATION")
para(left, "B.Eng. Computer Engineering", bold=True)
para(left, "Saigon Institute of Science and Technology")
para(left, "2015/09 ~ 2019/06")
para(left, "GPA 3.6 / 4.0", italic=True)

# ---- main column ----
head(right, "PROFILE", first=True)
para(right, "Engineer with seven years in data and ML, the last five building real-time computer-vision models for ride-hailing and delivery fleets. Comfortable from data pipelines to GPU inference.")

head(right, "CAREER")
role_line(right, "Senior Machine Learning Engineer", "09.2022-now")
para(right, "Lumora Mobility — Ho Chi Minh City", italic=True)
para(right, "Responsibilities:", bold=True)
for b in [
    "Lead a squad of 4 engineers building driver-safety vision models for 60k dash cameras.",
    "Own model quantisation and on-device deployment (TensorRT INT8) and the evaluation datasets.",
    "Plan quarterly roadmap with the product manager and fleet-operations team.",
]:
    para(right, b, style="List Bullet")
para(right, "Key results:", bold=True)
for b in ["Drowsiness detector reached 94% precision at 90% recall; harsh-braking incidents fell 17%.", "Cut inference cost per camera-hour by 45% by moving from FP16 to INT8 with calibration."]:
    para(right, b, style="List Number")
para(right, "Tools: PyTorch, TensorRT, Triton, Kafka, Kubernetes, Label Studio")

role_line(right, "Machine Learning Engineer", "2021/08 ~ 2022/08")
para(right, "Kitebird Commerce — Singapore (remote)", italic=True)
para(right, "Responsibilities:", bold=True)
for b in [
    "Trained product-image classifiers for catalogue moderation in 6 markets.",
    "Maintained the batch inference jobs on Vertex AI and their monitoring.",
    "Worked with the trust & safety team to define labelling guidelines.",
]:
    para(right, b, style="List Bullet")
para(right, "Key results:", bold=True)
para(right, "Manual moderation queue shrank by 38% within two quarters.", style="List Number")
para(right, "Tools: PyTorch, Vertex AI, BigQuery, Airflow")

role_line(right, "Data Engineer", "2019/03 ~ 2021/07")
para(right, "Sundara Telecom — Hanoi", italic=True)
para(right, "Responsibilities:", bold=True)
for b in [
    "Built Spark ETL jobs that ingest 3 TB/day of network events into the data lake.",
    "Designed the customer-360 tables used by the churn and marketing teams.",
    "Ran the on-call rotation for the Kafka ingestion cluster.",
]:
    para(right, b, style="List Bullet")
para(right, "Tools: Spark, Kafka, Hive, Airflow, PostgreSQL")

head(right, "INTERNSHIPS")
role_line(right, "Data Science Intern", "2018/06 ~ 2018/09")
para(right, "Sundara Telecom — Hanoi", italic=True)
for b in ["Prototyped a churn model (random forest) on prepaid subscriber data.", "Presented feature-importance findings to the marketing analytics team."]:
    para(right, b, style="List Bullet")

head(right, "AWARDS")
para(right, "Best Applied Paper, Vietnam Computer Vision Workshop 2024 · 2nd place, Hanoi AI Hackathon 2018")

doc.save(sys.argv[1])
