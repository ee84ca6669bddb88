"""Plain Word-style resume built with python-docx Heading styles (fictional career changer).

Usage: python3 06-pennington-word-plain.docx.py OUT.docx
"""

import datetime
import sys

from docx import Document
from docx.shared import Cm, Pt

doc = Document()
for s in doc.sections:
    s.top_margin = s.bottom_margin = Cm(2)
    s.left_margin = s.right_margin = Cm(2.2)
doc.styles["Normal"].font.name = "Liberation Sans"
doc.styles["Normal"].font.size = Pt(10.5)
doc.core_properties.author = "Gareth Pennington"
doc.core_properties.title = "CV - Gareth Pennington"
doc.core_properties.created = datetime.datetime(2026, 12, 7, 9, 0, 0)
doc.core_properties.modified = datetime.datetime(2026, 12, 7, 9, 0, 0)

doc.add_paragraph("Gareth Pennington", style="Title")
p = doc.add_paragraph("Leeds, UK  |  07700 900 418  |  gareth.pennington@example.co.uk  |  example.co.uk/gpennington")


def role(line, dates, bullets):
    doc.add_heading(line, level=2)
    d = doc.add_paragraph()
    r = d.add_run(dates)
    r.italic = True
    for b in bullets:
        doc.add_paragraph(b, style="List Bullet")


doc.add_heading("Professional Summary", level=1)
doc.add_paragraph(
    "Machine learning engineer who came to data from eight years of teaching secondary-school mathematics. "
    "I build and run demand-forecasting and pricing models in production, and I am good at explaining them "
    "to the people who have to trust them."
)

doc.add_heading("Professional Experience", level=1)
role(
    "Machine Learning Engineer, Ashgrove Retail Group – Leeds",
    "07/2022 - Till Date",
    [
        "Maintain the store-level demand forecasting service (LightGBM, 2,300 SKUs x 410 stores) on AWS SageMaker.",
        "Reduced forecast error (WAPE) on fresh produce from 31% to 24%, cutting waste by an estimated £1.1M a year.",
        "Built the markdown-pricing recommender used by category managers every week.",
        "Responsible for model monitoring, retraining schedules and the team's incident runbook.",
    ],
)
role(
    "Data Analyst, Fenwick Council Transport Unit – Bradford",
    "03/2020 - 06/2022",
    [
        "Produced weekly ridership dashboards in Power BI for the transport committee.",
        "Built a gradient-boosted passenger demand forecast used to plan bus timetables after the pandemic.",
        "Automated the monthly open-data release with Python and SQL, saving two days of manual work per month.",
    ],
)

doc.add_heading("Previous Career", level=1)
role(
    "Mathematics Teacher, St Aldhelm's Academy – Wakefield",
    "09/2012 - 02/2020",
    [
        "Taught GCSE and A-level mathematics; head of Year 11 from 2017.",
        "Introduced a data-driven intervention programme that raised the pass rate from 68% to 81%.",
    ],
)

doc.add_heading("Education", level=1)
doc.add_paragraph("MSc Data Science (part-time), University of Calderbrook — 2018 - 2020")
doc.add_paragraph("PGCE Secondary Mathematics, Airedale College of Education — 2011 - 2012")
doc.add_paragraph("BSc Mathematics, University of Calderbrook — 2008 - 2011")

doc.add_heading("Skills", level=1)
doc.add_paragraph("Python, SQL, pandas, scikit-learn, LightGBM, PyTorch (basic), AWS SageMaker, Airflow, Docker, Power BI, Git")

doc.add_heading("Volunteer", level=1)
role(
    "Volunteer Tutor, Code Club Hartside – Leeds",
    "2018 - 2021",
    [
        "Ran a weekly Python club for 12-16 year olds at the local library.",
    ],
)

doc.add_heading("References", level=1)
for name, title in [
    ("Julia Spark", "Head of Data Science, Ashgrove Retail Group — julia.spark@example.co.uk"),
    ("Ray Torres", "Analytics Manager, Fenwick Council Transport Unit — ray.torres@example.gov.uk"),
]:
    p = doc.add_paragraph()
    p.add_run(name).bold = True
    p.add_run("\n" + title)

doc.save(sys.argv[1])
