"""Build the Word-style resumes with python-docx (and one OpenDocument file with odfpy).

usage: python build_word.py OUTDIR
Writes oluwaseun-adebayo-clarke.docx, priscilla-navarro.docx, nikos-papadimitriou.docx
and farah-haddad.odt into OUTDIR; make.py converts them to PDF with LibreOffice.
"""

import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
OUT.mkdir(parents=True, exist_ok=True)


def set_margins(doc, top=1.5, bottom=1.5, left=1.8, right=1.8):
    for s in doc.sections:
        s.top_margin, s.bottom_margin = Cm(top), Cm(bottom)
        s.left_margin, s.right_margin = Cm(left), Cm(right)


def base_font(doc, name="Calibri", size=10.5):
    st = doc.styles["Normal"]
    st.font.name = name
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), name)
    st.paragraph_format.space_after = Pt(2)


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


def cell_border(cell, edge="right", color="1F3864", size=8):
    tcPr = cell._tc.get_or_add_tcPr()
    b = OxmlElement("w:tcBorders")
    el = OxmlElement(f"w:{edge}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:color"), color)
    b.append(el)
    tcPr.append(b)


def para(container, text="", bold=False, italic=False, size=None, color=None, style=None, align=None, space_after=None, space_before=None):
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
        if color:
            r.font.color.rgb = RGBColor.from_string(color)
    if align is not None:
        p.alignment = align
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if space_before is not None:
        p.paragraph_format.space_before = Pt(space_before)
    return p


def heading(container, text, color="1F3864", size=12.5, rule=True):
    p = para(container, text, bold=True, size=size, color=color, space_before=8, space_after=3)
    p.paragraph_format.keep_with_next = True
    if rule:
        pPr = p._p.get_or_add_pPr()
        bdr = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        bottom.set(qn("w:val"), "single")
        bottom.set(qn("w:sz"), "6")
        bottom.set(qn("w:space"), "1")
        bottom.set(qn("w:color"), color)
        bdr.append(bottom)
        pPr.append(bdr)
    return p


def first_paragraph(cell, text, **kw):
    """Use the empty paragraph every new cell has."""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = kw.get("bold", False)
    r.italic = kw.get("italic", False)
    if kw.get("size"):
        r.font.size = Pt(kw["size"])
    if kw.get("color"):
        r.font.color.rgb = RGBColor.from_string(kw["color"])
    return p


# ---------------------------------------------------------------------------
# 1. Two-column table layout (sidebar left, main right)
# ---------------------------------------------------------------------------
def oluwaseun():
    doc = Document()
    base_font(doc, "Carlito", 10)
    set_margins(doc, 1.2, 1.2, 1.3, 1.3)
    doc.core_properties.author = "Oluwaseun Adebayo-Clarke"
    doc.core_properties.title = "CV"

    t = doc.add_table(rows=1, cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    no_borders(t)
    left, right = t.rows[0].cells
    left.width, right.width = Cm(5.6), Cm(12.8)
    shade(left, "E8EEF4")

    first_paragraph(left, "OLUWASEUN ADEBAYO-CLARKE", bold=True, size=15, color="17365D")
    para(left, "ML Platform Engineer", italic=True, size=10.5, color="17365D", space_after=8)
    for h, lines in [
        ("CONTACT", ["Manchester, United Kingdom", "+44 7700 900 871", "seun.adebayo.clarke@example.com", "linkedin.com/in/seun-ac", "github.com/seun-ac"]),
        ("SKILLS", ["Python, Scala, SQL", "Spark, Kafka, Airflow", "Kubeflow, MLflow, Feast", "AWS (EMR, EKS, S3), Terraform", "PostgreSQL, Oracle, Cassandra"]),
        ("CERTIFICATIONS", ["AWS Certified Big Data - Specialty (2018)", "Oracle Database SQL Certified Associate (2016)"]),
        ("LANGUAGES", ["English - native", "Yoruba - native", "French - basic"]),
    ]:
        heading(left, h, color="17365D", size=11)
        for ln in lines:
            para(left, ln, size=9.5, space_after=1)
    para(left, "")
    para(left, "Updated 11/2019", italic=True, size=8.5, color="595959")

    first_paragraph(right, "PROFILE", bold=True, size=12.5, color="17365D")
    para(
        right,
        "Data engineer moving into machine-learning infrastructure. Four years of building the pipes that credit and pricing models depend on, first in Lagos fintech and now in UK retail.",
        space_after=4,
    )

    heading(right, "WORK HISTORY")
    jobs = [
        (
            "ML Platform Engineer",
            "Redbrick Retail Group, Manchester",
            "07/2019 – present",
            ["Building the company's first model-serving platform on Kubeflow and EKS", "Migrated six pricing models from analyst laptops to scheduled, monitored pipelines"],
        ),
        (
            "Data Engineer",
            "Ikoyi Fintech Ltd, Lagos",
            "03/2017 – 06/2019",
            [
                "Designed the Kafka and Spark pipeline that feeds daily feature tables to the credit-scoring team",
                "Cut the nightly loan-book ETL from five hours to forty minutes",
                "Introduced data-quality tests (Great Expectations) across 120 tables",
            ],
        ),
        (
            "Junior Database Administrator",
            "Ikoyi Fintech Ltd, Lagos",
            "09/2015 – 02/2017",
            ["Administered Oracle and PostgreSQL clusters for the core lending system", "Automated backups and restore drills"],
        ),
        ("NYSC Corps Member, ICT Unit", "Ogun State Ministry of Finance, Abeokuta", "08/2014 – 07/2015", []),
    ]
    for title, org, dates, bullets in jobs:
        para(right, title, bold=True, size=10.5, space_before=4, space_after=0)
        para(right, f"{org}  |  {dates}", italic=True, size=9.5, color="404040", space_after=1)
        for b in bullets:
            para(right, b, style="List Bullet", space_after=0)
    para(right, "National Youth Service year: maintained the ministry's payroll database and trained staff on Excel.", size=9.5, space_after=2)

    heading(right, "EDUCATION")
    para(right, "MSc Data Science (distance learning, part-time)", bold=True, space_after=0)
    para(right, "Northbridge Open University  |  2018 – 2020 (expected)", italic=True, size=9.5, color="404040")
    para(right, "BSc Computer Science, Second Class Upper", bold=True, space_after=0, space_before=3)
    para(right, "Ogunmola University of Technology, Abeokuta  |  2009 – 2013", italic=True, size=9.5, color="404040")

    heading(right, "VOLUNTEERING")
    para(right, "Mentor, AfroData Circle Manchester (2019 – present): monthly career clinics for African students in the North West.", space_after=2)
    doc.save(OUT / "oluwaseun-adebayo-clarke.docx")


# ---------------------------------------------------------------------------
# 2. Single column with right-aligned tab-stop dates
# ---------------------------------------------------------------------------
def priscilla():
    doc = Document()
    base_font(doc, "Liberation Serif", 10.5)
    set_margins(doc, 1.6, 1.6, 2.0, 2.0)
    doc.core_properties.author = "Priscilla Navarro"
    sec = doc.sections[0]
    width = sec.page_width - sec.left_margin - sec.right_margin
    hp = sec.header.paragraphs[0]
    hp.text = "Last updated: February 14, 2020"
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8.5)
    hp.runs[0].italic = True

    para(doc, "PRISCILLA NAVARRO", bold=True, size=20, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "Austin, TX  •  (512) 555-0146  •  p.navarro.data@example.com  •  linkedin.com/in/pnavarro-ds", size=9.5, align=WD_ALIGN_PARAGRAPH.CENTER, space_after=6)

    def sec_head(text):
        heading(doc, text, color="000000", size=11.5)

    def line(left_text, right_text, bold=True, italic_right=False):
        p = doc.add_paragraph()
        p.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
        p.paragraph_format.space_after = Pt(0)
        r = p.add_run(left_text)
        r.bold = bold
        r2 = p.add_run("\t" + right_text)
        r2.bold = bold and not italic_right
        r2.italic = italic_right
        return p

    sec_head("SUMMARY")
    para(
        doc,
        "Senior data scientist with eight years in public health, retail and energy analytics. "
        "I build forecasting and experimentation tools that operations teams actually use, and I came back "
        "from an eighteen-month career break with a deep-learning specialization.",
        space_after=2,
    )

    sec_head("PROFESSIONAL EXPERIENCE")
    line("Bluebonnet Energy Cooperative, Austin, TX", "Jan 2019 – Present")
    line("Senior Data Scientist", "", bold=False).runs[0].italic = True
    para(doc, "Responsibilities:", bold=True, size=10, space_after=0)
    para(doc, "Own load forecasting for 310,000 member meters:", style="List Bullet", space_after=0)
    for b in ["hourly system load, 14 days ahead", "substation-level peaks for the grid operations desk"]:
        para(doc, b, style="List Bullet 2", space_after=0)
    for b in ["Design and analyze demand-response experiments with the rates team", "Mentor two junior analysts through their first forecasting projects"]:
        para(doc, b, style="List Bullet", space_after=0)
    para(doc, "Achievements:", bold=True, size=10, space_after=0)
    for b in ["Reduced day-ahead forecast MAPE from 6.8% to 3.9% with gradient boosting and weather ensembles", "Saved an estimated $2.4M in peak purchases during the 2019 summer heat wave"]:
        para(doc, b, style="List Bullet", space_after=0)

    line("Career Break", "Jun 2017 – Dec 2018")
    para(doc, "Full-time caregiver for a family member. Completed the Deep Learning Specialization (Coursera) and two Kaggle competitions during this time.", italic=True, space_after=2)

    line("Lonestar Outfitters, Austin, TX", "Aug 2014 – May 2017")
    line("Data Scientist", "", bold=False).runs[0].italic = True
    para(doc, "Responsibilities:", bold=True, size=10, space_after=0)
    for b in ["Built weekly demand forecasts for 4,000 SKUs across 60 stores", "Ran A/B tests for the e-commerce checkout and email programs"]:
        para(doc, b, style="List Bullet", space_after=0)
    para(doc, "Achievements:", bold=True, size=10, space_after=0)
    for b in ["Markdown-pricing model lifted seasonal clearance margin by 4 points", "Created the company's first customer lifetime value model"]:
        para(doc, b, style="List Bullet", space_after=0)

    line("Travis Hills Public Health District, Austin, TX", "Jun 2011 – Jul 2014")
    line("Statistical Analyst", "", bold=False).runs[0].italic = True
    for b in ["Maintained the weekly influenza-like-illness surveillance report", "Wrote SAS and R programs for the county's maternal health dashboard"]:
        para(doc, b, style="List Bullet", space_after=0)

    line("Hill Country State University, San Marcos, TX", "Sep 2009 – May 2011")
    line("Graduate Research Assistant, Department of Mathematics", "", bold=False).runs[0].italic = True
    para(doc, "Bayesian small-area estimation for county health indicators (thesis work).", space_after=2)

    sec_head("SELECTED PROJECTS")
    for b in [
        "Open-source load-forecasting benchmark for Texas cooperatives (Python, 2019)",
        "Solar-adoption propensity model for the cooperative's rebate program (2019)",
        "Kaggle: ASHRAE Great Energy Predictor III, top 6% (2019)",
    ]:
        para(doc, b, style="List Number", space_after=0)

    sec_head("EDUCATION")
    line("M.S. Statistics, Hill Country State University", "2011")
    line("B.S. Mathematics, minor in Economics, Pecos Valley College, Fort Stockton", "2009")

    sec_head("CERTIFICATIONS")
    para(doc, "Deep Learning Specialization, Coursera (2018)  •  SAS Certified Advanced Programmer (2013)")

    sec_head("TECHNICAL SKILLS")
    para(doc, "Python (pandas, scikit-learn, LightGBM, PyTorch), R, SQL, SAS, Spark, Tableau, AWS SageMaker, Git")

    sec_head("VOLUNTEERING")
    line("Open Data Austin Collective", "2016 – Present")
    line("Data Ambassador", "", bold=False).runs[0].italic = True
    for b in ["Teach a quarterly 'Intro to R' workshop for nonprofit staff", "Maintain the collective's cleaned dataset of city 311 requests"]:
        para(doc, b, style="List Bullet", space_after=0)

    sec_head("REFERENCES")
    para(doc, "Available upon request.")
    doc.save(OUT / "priscilla-navarro.docx")


# ---------------------------------------------------------------------------
# 3. Europass-like (2004-2012 format): labels in a left column
# ---------------------------------------------------------------------------
def nikos():
    doc = Document()
    base_font(doc, "Liberation Sans", 9.5)
    set_margins(doc, 1.5, 1.5, 1.5, 1.5)
    doc.core_properties.author = "Nikolaos Papadimitriou"
    fp = doc.sections[0].footer.paragraphs[0]
    fp.text = "Curriculum vitae of Papadimitriou Nikolaos"
    fp.runs[0].font.size = Pt(8)

    t = doc.add_table(rows=0, cols=2)
    t.autofit = False
    no_borders(t)
    LEFT, RIGHT = Cm(5.8), Cm(12.2)

    def row(label="", value="", label_bold=False, value_bold=False, label_size=9.5, value_size=9.5, bullets=None, big=False, gap=False):
        c1, c2 = t.add_row().cells
        c1.width, c2.width = LEFT, RIGHT
        cell_border(c1, "right", "1F3864", 6)
        p1 = first_paragraph(c1, label, bold=label_bold, size=label_size)
        p1.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p2 = first_paragraph(c2, value, bold=value_bold, size=(13 if big else value_size))
        if gap:
            p1.paragraph_format.space_before = Pt(8)
            p2.paragraph_format.space_before = Pt(8)
        for b in bullets or []:
            para(c2, b, style="List Bullet", space_after=0, size=9.5)

    first = t.add_row().cells
    first[0].width, first[1].width = LEFT, RIGHT
    cell_border(first[0], "right", "1F3864", 6)
    p = first_paragraph(first[0], "europass", bold=True, size=16, color="1F3864")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    first_paragraph(first[1], "Curriculum Vitae", bold=True, size=16)

    row("Personal information", "", label_bold=True, label_size=11, gap=True)
    row("Surname(s) / First name(s)", "Papadimitriou Nikolaos", value_bold=True, big=True)
    row("Address", "12 Kallidromiou Street, 114 73 Athens, Greece")
    row("Telephone", "+30 210 555 0163      Mobile: +30 694 555 0109")
    row("E-mail", "n.papadimitriou@example.gr")
    row("Nationality", "Greek")

    row("Desired employment / Occupational field", "Data Scientist - machine learning for telecommunications", label_bold=True, value_bold=True, gap=True)

    row("Work experience", "", label_bold=True, label_size=11, gap=True)
    row("Dates", "October 2015 - present", gap=True)
    row("Occupation or position held", "Data Scientist", value_bold=True)
    row(
        "Main activities and responsibilities",
        "Churn prediction and network-fault analytics for the consumer mobile division:",
        bullets=[
            "gradient-boosted churn model for 3.1 million subscribers, used for monthly retention campaigns",
            "anomaly detection on cell-tower KPIs, flagging outages on average 40 minutes before customer complaints",
            "training the BI team in Python and Spark",
        ],
    )
    row("Name and address of employer", "Kyma Telecommunications S.A., 48 Kifisias Avenue, 151 25 Marousi, Athens")
    row("Type of business or sector", "Telecommunications")

    row("Dates", "March 2013 - September 2015", gap=True)
    row("Occupation or position held", "Software Developer", value_bold=True)
    row(
        "Main activities and responsibilities",
        "Development of route-planning and warehouse modules in Java and PostgreSQL; maintenance of the customer reporting portal; on-site support for clients in Northern Greece.",
    )
    row("Name and address of employer", "Hermes Logistics Software Ltd, 21 Egnatia Street, 546 30 Thessaloniki")
    row("Type of business or sector", "Software for transport and logistics")

    row("Dates", "September 2011 - June 2012", gap=True)
    row("Occupation or position held", "Military service (conscript), Signals Corps", value_bold=True)
    row("Main activities and responsibilities", "Radio and network equipment maintenance at a regional signals unit.")
    row("Name and address of employer", "Hellenic Army, Larissa")

    row("Education and training", "", label_bold=True, label_size=11, gap=True)
    row("Dates", "2014 - 2016", gap=True)
    row("Title of qualification awarded", "MSc in Data Science (part-time)", value_bold=True)
    row("Principal subjects / occupational skills covered", "Machine learning, statistical learning, big-data systems; thesis on churn prediction with call-detail records")
    row("Name and type of organisation providing education and training", "Aegean Open Polytechnic, School of Science and Technology (distance-learning university)")
    row("Dates", "2006 - 2011", gap=True)
    row("Title of qualification awarded", "Diploma in Electrical and Computer Engineering (5-year degree)", value_bold=True)
    row("Name and type of organisation providing education and training", "University of Central Macedonia, Polytechnic School")

    row("Personal skills and competences", "", label_bold=True, label_size=11, gap=True)
    row("Mother tongue(s)", "Greek", value_bold=True, gap=True)
    row("Other language(s)", "English (C2, Certificate of Proficiency), German (B1)")
    row("Computer skills and competences", "Python (scikit-learn, pandas, XGBoost), Spark, SQL, Java, Linux, Git")
    row("Driving licence", "B")
    row("Additional information", "Member of the Hellenic Association of Data Engineers. Speaker at the Athens ML Meetup, 2016.", label_bold=True, label_size=11, gap=True)
    row("", "Athens, 12/05/2017", gap=True)
    # LibreOffice reads the grid, not only the cell widths
    for col, w in zip(t.columns, (LEFT, RIGHT), strict=True):
        col.width = w
    doc.save(OUT / "nikos-papadimitriou.docx")


# ---------------------------------------------------------------------------
# 4. OpenDocument text made with odfpy
# ---------------------------------------------------------------------------
def farah():
    from odf.opendocument import OpenDocumentText
    from odf.style import ListLevelProperties, MasterPage, PageLayout, PageLayoutProperties, ParagraphProperties, Style, TabStop, TabStops, TextProperties
    from odf.text import H, List, ListItem, ListLevelStyleBullet, ListStyle, P, Span, Tab

    doc = OpenDocumentText()
    pl = PageLayout(name="pm1")
    pl.addElement(PageLayoutProperties(pagewidth="21cm", pageheight="29.7cm", margintop="1.8cm", marginbottom="1.8cm", marginleft="2cm", marginright="2cm"))
    doc.automaticstyles.addElement(pl)
    doc.masterstyles.addElement(MasterPage(name="Standard", pagelayoutname=pl))

    name = Style(name="Name", family="paragraph")
    name.addElement(TextProperties(fontsize="22pt", fontweight="bold", fontfamily="Open Sans", color="#2E4A3F"))
    name.addElement(ParagraphProperties(marginbottom="0.1cm"))
    doc.styles.addElement(name)
    body = Style(name="Body", family="paragraph")
    body.addElement(TextProperties(fontsize="10pt", fontfamily="Open Sans"))
    body.addElement(ParagraphProperties(marginbottom="0.12cm"))
    doc.styles.addElement(body)
    h1 = Style(name="Heading 1", family="paragraph", defaultoutlinelevel="1")
    h1.addElement(TextProperties(fontsize="13pt", fontweight="bold", fontfamily="Open Sans", color="#2E4A3F"))
    h1.addElement(ParagraphProperties(margintop="0.35cm", marginbottom="0.12cm", borderbottom="0.5pt solid #2E4A3F"))
    doc.styles.addElement(h1)
    entry = Style(name="Entry", family="paragraph")
    entry.addElement(TextProperties(fontsize="10.5pt", fontweight="bold", fontfamily="Open Sans"))
    tabs = TabStops()
    tabs.addElement(TabStop(position="17cm", type="right"))
    entry_pp = ParagraphProperties(margintop="0.15cm", marginbottom="0.05cm")
    entry_pp.addElement(tabs)
    entry.addElement(entry_pp)
    doc.styles.addElement(entry)
    small = Style(name="Small", family="paragraph")
    small.addElement(TextProperties(fontsize="9pt", fontstyle="italic", fontfamily="Open Sans", color="#555555"))
    doc.styles.addElement(small)
    ital = Style(name="Ital", family="text")
    ital.addElement(TextProperties(fontstyle="italic", fontweight="normal"))
    doc.styles.addElement(ital)

    bullets = ListStyle(name="Dash")
    lvl = ListLevelStyleBullet(level=1, bulletchar="–")
    lvl.addElement(ListLevelProperties(spacebefore="0.3cm", minlabelwidth="0.4cm"))
    bullets.addElement(lvl)
    doc.automaticstyles.addElement(bullets)

    def p(text, style=body):
        doc.text.addElement(P(stylename=style, text=text))

    def ul(items):
        lst = List(stylename=bullets)
        for it in items:
            li = ListItem()
            li.addElement(P(stylename=body, text=it))
            lst.addElement(li)
        doc.text.addElement(lst)

    def entry_line(left, right, sub=None):
        e = P(stylename=entry)
        e.addText(left)
        if sub:
            e.addElement(Span(stylename=ital, text=", " + sub))
        e.addElement(Tab())
        e.addText(right)
        doc.text.addElement(e)

    p("Farah Haddad", name)
    p("Machine Learning Engineer  ·  Lyon, France  ·  farah.haddad.ml@example.fr  ·  +33 6 55 50 12 84")
    p("CV — October 2022", small)

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Profile"))
    p(
        "Former mathematics teacher, now a machine learning engineer working on visual quality control. "
        "I moved from Beirut to Lyon in 2019 and retrained through a data science bootcamp and freelance work."
    )

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Employment"))
    entry_line("Machine Learning Engineer", "since 2021", "Rhodanie Vision SAS, Lyon")
    ul(
        [
            "Train and deploy defect-detection models (PyTorch, ONNX) for textile and glass production lines",
            "Built the active-learning loop that chooses which images operators label each week",
            "Reduced false rejects on the glass line by 31%",
        ]
    )
    entry_line("Freelance Data Annotator and Python Tutor", "2020 – 2021", "self-employed")
    p("Image and text annotation projects for two AI start-ups through a French platform; Python and maths tutoring for engineering-school students.")
    entry_line("Career break", "2019 – 2020", "relocation to France")
    p("Intensive French course (DELF B2) and the data science bootcamp listed below.")
    entry_line("Mathematics Teacher", "2015 – 2019", "Collège Saint-Élie, Beirut")
    ul(["Taught algebra and statistics to grades 9 to 12 (French Baccalaureate programme)", "Started the school's first programming club (Python and Scratch)"])

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Training"))
    entry_line("Data Science and AI Bootcamp (RNCP level 6)", "2020", "École Numérique du Rhône, Lyon")
    entry_line("M.Sc. Applied Mathematics", "2013 – 2015", "Levant University, Beirut")
    entry_line("B.Sc. Mathematics", "2010 – 2013", "Levant University, Beirut")

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Skills"))
    p("Python, PyTorch, torchvision, OpenCV, ONNX Runtime, scikit-learn, SQL, Docker, Label Studio, Git")

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Languages"))
    p("Arabic (native)  ·  French (fluent, DELF B2)  ·  English (fluent)")

    doc.text.addElement(H(outlinelevel=1, stylename=h1, text="Interests"))
    p("Long-distance running (Lyon half-marathon 2022), Levantine cooking, teaching maths to kids on weekends.")
    doc.save(str(OUT / "farah-haddad.odt"))


if __name__ == "__main__":
    oluwaseun()
    priscilla()
    nikos()
    farah()
    print("built", sorted(x.name for x in OUT.iterdir() if x.suffix in (".docx", ".odt")))
