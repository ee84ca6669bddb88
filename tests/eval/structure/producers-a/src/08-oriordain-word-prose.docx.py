"""Profile written as prose paragraphs, no bullets (python-docx -> LibreOffice). Fictional person.

The document is from March 2018 (visible "Last updated" line); the PDF is rendered today, so its
CreationDate is misleading on purpose.
Usage: python3 08-oriordain-word-prose.docx.py OUT.docx
"""

import datetime
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt, RGBColor

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin = sec.bottom_margin = Cm(2.5)
sec.left_margin = sec.right_margin = Cm(2.8)
normal = doc.styles["Normal"]
normal.font.name = "Liberation Serif"
normal.font.size = Pt(11.5)
normal.paragraph_format.space_after = Pt(6)
normal.paragraph_format.line_spacing = 1.15
doc.core_properties.author = "Colm Ó Riordáin"
doc.core_properties.created = datetime.datetime(2018, 3, 4, 20, 15, 0)
doc.core_properties.modified = datetime.datetime(2018, 3, 11, 21, 40, 0)

p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
r = p.add_run("Colm Ó Riordáin")
r.font.size = Pt(22)
p = doc.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p.add_run("14 Harbour Terrace, Dún Laoghaire, Co. Dublin  ·  +353 85 555 0164  ·  colm.oriordain@example.ie")


def heading(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.space_after = Pt(4)
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x33, 0x33, 0x33)


def lead(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_after = Pt(2)
    r = p.add_run(text)
    r.bold = True


heading("Profile")
doc.add_paragraph(
    "I am a data scientist in Dublin with a background in financial statistics. Over the last three years I "
    "have worked mostly on audience modelling and recommendation for news and video, and before that I spent "
    "two and a half years in market-risk reporting in the City of London. I like problems where the hard part is "
    "deciding what to measure, and I try to leave behind tools that other analysts can run without me."
)

heading("Employment")
lead("Brackenridge Media, Dublin — Data Scientist (April 2015 – present)")
doc.add_paragraph(
    "I joined Brackenridge as the second data scientist in a newsroom analytics team that has since grown to "
    "eight people. My main work has been the article recommendation service on the group's three news sites, "
    "which I designed and now maintain; in its first year it increased pages per visit by around nine per cent. "
    "I also built the subscriber churn model that the marketing team uses for its retention campaigns, and I "
    "run the monthly reading group on causal inference."
)
lead("Orrin & Vale Capital, London — Quantitative Analyst (September 2012 – March 2015)")
doc.add_paragraph(
    "At Orrin & Vale I produced the daily market-risk and value-at-risk reports for the fixed-income desks, "
    "ran the monthly stress tests for the risk committee, and automated in R the quarterly regulatory "
    "returns that had previously taken a week of spreadsheet work."
)
doc.add_paragraph(
    "Before that, while studying for my master's degree, I spent the summer of 2011 as an intern in the "
    "pricing team at Fáilte Travel in Galway, where I analysed booking data to set seasonal discounts."
)

heading("Education")
doc.add_paragraph(
    "MSc in Statistics, University College Corrib (2010 – 2011), first-class honours; dissertation on "
    "survival models for loan defaults. BA in Mathematics and Economics, Liffey College Dublin (2006 – 2010)."
)

heading("Interests")
doc.add_paragraph("Sea swimming all year round, Irish-language theatre (I am a fluent speaker), and coaching an under-12 hurling team on Saturday mornings.")

p = doc.add_paragraph()
p.paragraph_format.space_before = Pt(24)
p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
r = p.add_run("Last updated: March 2018")
r.italic = True
r.font.size = Pt(9)

doc.save(sys.argv[1])
