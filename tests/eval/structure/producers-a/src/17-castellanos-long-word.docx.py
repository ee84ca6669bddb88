"""Long (3-page) Word CV with a dated footer on every page (python-docx -> LibreOffice). Fictional person.

Footer: "Ifeoma Castellanos — CV — Updated on 2023-11-06 — Page N of M". The footer date is the truth.
Usage: python3 17-castellanos-long-word.docx.py OUT.docx
"""

import datetime
import sys

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

doc = Document()
sec = doc.sections[0]
sec.top_margin = sec.bottom_margin = Cm(2.2)
sec.left_margin = sec.right_margin = Cm(2.3)
normal = doc.styles["Normal"]
normal.font.name = "Liberation Serif"
normal.font.size = Pt(11)
normal.paragraph_format.space_after = Pt(3)
for st in ("List Bullet", "List Bullet 2", "List Number"):
    doc.styles[st].font.name = "Liberation Serif"
    doc.styles[st].font.size = Pt(11)
doc.core_properties.author = "Ifeoma Castellanos"
doc.core_properties.created = datetime.datetime(2023, 11, 6, 9, 0, 0)
doc.core_properties.modified = datetime.datetime(2023, 11, 6, 17, 0, 0)
GREEN = RGBColor(0x1E, 0x5B, 0x3A)


def field(paragraph, instr):
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    paragraph._p.append(fld)


fp = sec.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
run = fp.add_run("Ifeoma Castellanos — CV — Updated on 2023-11-06 — Page ")
run.font.size = Pt(8.5)
field(fp, "PAGE")
fp.add_run(" of ").font.size = Pt(8.5)
field(fp, "NUMPAGES")

p = doc.add_paragraph()
r = p.add_run("Dr. Ifeoma Castellanos")
r.bold = True
r.font.size = Pt(24)
r.font.color.rgb = GREEN
doc.add_paragraph("Principal Applied Scientist · Causal inference, forecasting and experimentation at scale")
doc.add_paragraph("Boston, MA · ifeoma.castellanos@example.com · (617) 555-0139 · example.org/icastellanos")


def heading(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(14)
    p.paragraph_format.space_after = Pt(4)
    p.paragraph_format.keep_with_next = True
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(13)
    r.font.color.rgb = GREEN


def line(left, right, bold=True, italic=False):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16.9), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(left)
    r.bold, r.italic = bold, italic
    if right:
        p.add_run("\t" + right)
    return p


def bullets(items, style="List Bullet"):
    for it in items:
        if isinstance(it, tuple):
            doc.add_paragraph(it[0], style=style)
            for sub in it[1]:
                doc.add_paragraph(sub, style="List Bullet 2")
        else:
            doc.add_paragraph(it, style=style)


heading("Summary")
doc.add_paragraph(
    "Applied scientist with more than thirteen years of industry and research experience, eleven of them in "
    "machine learning. I lead the experimentation and causal-inference programme at a 6,000-person software "
    "company, set scientific standards across its product lines, and publish and review in the causal "
    "inference and forecasting communities."
)

heading("Experience")
line("Calder Ridge Technologies, Boston, MA", "")
line("Principal Applied Scientist", "April 2020 – Present", bold=False, italic=True)
bullets(
    [
        "Scientific lead for experimentation across all eight product lines; about 1,400 online experiments a year run on the platform I designed.",
        (
            "Introduced variance reduction and sequential testing company-wide:",
            [
                "CUPED-style covariate adjustment cut the median experiment length from 21 to 12 days;",
                "always-valid confidence sequences removed the peeking problem from dashboards.",
            ],
        ),
        "Chair the Applied Science promotion committee and the company's review board for causal claims in launch decisions.",
        "Defined the three-year forecasting roadmap adopted by finance and supply chain.",
        "Mentor 11 scientists, including four who were promoted to senior or staff during 2021–2023.",
    ]
)
line("Senior Applied Scientist", "January 2017 – March 2020", bold=False, italic=True)
bullets(
    [
        "Built uplift models for retention offers; incremental revenue of about $14M in the first year.",
        "Designed the heterogeneous-treatment-effect library (causal forests, meta-learners) now used by 9 teams.",
        "Led the migration of the experimentation pipeline from Hive to Spark.",
        "Taught the internal causal inference course to more than 300 engineers and analysts.",
    ]
)
line("Applied Scientist, Fennimore Retail — Seattle, WA", "July 2014 – December 2016")
bullets(
    [
        "Developed hierarchical demand forecasts for 90k products across 600 stores.",
        "Reduced out-of-stock rate by 2.1 points in the pilot region through better safety-stock estimates.",
        "Built the markdown-optimisation prototype that later became a production service.",
        "Partnered with merchandising to design store-level randomised tests.",
    ]
)

heading("Research Experience")
line("Postdoctoral Fellow, Department of Statistics, Easterbrook University", "September 2012 – June 2014")
bullets(
    [
        "Developed Bayesian nonparametric models for multi-armed bandits with delayed feedback.",
        "Co-supervised two PhD students and taught one graduate seminar.",
        "Published three papers, including one in a leading statistics journal.",
    ]
)
line("Graduate Research Assistant, Easterbrook University", "September 2007 – August 2012")
bullets(
    [
        "Dissertation on sequential Monte Carlo for time-varying causal effects (advisor: Prof. H. Lindqvist-Ames).",
        "Wrote and maintained the group's open-source particle-filter package in R and C++.",
        "Consulted for the university hospital on the design of two clinical trials.",
    ]
)
line("Research Intern, Orison Labs — Cambridge, MA", "May 2010 – August 2010")
bullets(
    [
        "Prototyped contextual bandits for news recommendation on a live traffic slice.",
        "Internship work became a workshop paper and a granted patent.",
    ]
)

heading("Earlier Career")
line("Actuarial Assistant, Pemberton Mutual — Hartford, CT", "June 2005 – August 2007")
bullets(
    [
        "Prepared life-insurance reserving reports and passed the first three actuarial exams.",
    ]
)

heading("Selected Publications")
pubs = [
    "Castellanos, I., Brandt, O. Always-valid inference for online experiments with many metrics. Journal of Applied Experimentation, 2023.",
    "Castellanos, I., Whitcombe, R., Ahn, S. Variance reduction at scale: lessons from 10,000 experiments. Proceedings of an industry track on data science, 2022.",
    "Ahn, S., Castellanos, I. Meta-learners for heterogeneous treatment effects under interference. Workshop on Causal Learning, 2021.",
    "Castellanos, I. Uplift modelling for subscription retention: a field study. Marketing Science Letters, 2019.",
    "Castellanos, I., Lindqvist-Ames, H. Bandits with delayed and censored feedback. Journal of the Statistical Learning Society, 2014.",
    "Castellanos, I., Lindqvist-Ames, H. Particle methods for time-varying causal effects. Bayesian Analysis Reports, 2013.",
    "Castellanos, I., Moreau, P. Contextual bandits for news recommendation. Workshop on Online Learning, 2010.",
    "Lindqvist-Ames, H., Castellanos, I. Sequential Monte Carlo in R: the pfilter package. Journal of Statistical Computing Software, 2011.",
]
for pub in pubs:
    doc.add_paragraph(pub, style="List Number")

heading("Patents")
doc.add_paragraph("US patent (granted 2021) — Method for sequential testing of online experiments with multiple metrics.")
doc.add_paragraph("US patent (granted 2014) — Contextual bandit selection of content with delayed feedback.")

heading("Invited Talks")
doc.add_paragraph(
    "Keynote, Northeast Causal Inference Day (2023); Experimentation Summit (2022, 2019); Boston Forecasting Meetup (2018); Statistics Department Colloquium, Harborview University (2016)."
)

heading("Education")
line("PhD in Statistics, Easterbrook University", "2007 – 2012", bold=False)
line("BSc in Mathematics and Economics, Lekki Peninsula University", "2001 – 2005", bold=False)

heading("Service")
doc.add_paragraph(
    "Reviewer for three statistics journals and for causal-learning and forecasting workshops; regular mentor for first-time authors and for students applying to statistics PhD programmes."
)

heading("Skills")
doc.add_paragraph("Python, R, SQL, Spark, Stan, PyMC, EconML, DoWhy, statsmodels, scikit-learn, PyTorch; experiment design, causal inference, Bayesian modelling, forecasting, technical leadership.")

doc.save(sys.argv[1])
