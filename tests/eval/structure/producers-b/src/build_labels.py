"""Hand-written structure labels for the resumes in this folder; computes the year figures.

usage: python3 src/build_labels.py      (writes ../labels.json)

Only the labelled roles and as_of are used for the arithmetic:
  - a "YYYY-MM" start is the first day of that month; a "YYYY-MM" end is the middle of that month
    (the midpoint of the end-exclusive and end-inclusive readings: Jan 2020 - Mar 2020 = 2.5 months);
  - "present" runs to the middle of the as_of month;
  - a year-only value ("YYYY", also used for seasons) is mid-year (Y + 6 months);
  - ranges counted are merged before summing, so overlaps are not double counted.
Per role, P marks it as counted in years_professional (job, founder, post-PhD research) and M as
counted in years_ml; the flags are the judgement calls, explained in each file's notes.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def mstart(v):
    if len(v) == 4:
        return int(v) * 12 + 6
    y, m = v.split("-")
    return int(y) * 12 + int(m) - 1


def mend(v, as_of):
    if v == "present":
        return mstart(as_of) + 0.5
    if len(v) == 4:
        return int(v) * 12 + 6
    return mstart(v) + 0.5


def years(roles, as_of, flag):
    spans = []
    cap = mstart(as_of) + 0.5
    for r in roles:
        if flag in r.get("_count", ""):
            s, e = mstart(r["start"]), min(mend(r["end"], as_of), cap)
            if e > s:
                spans.append((s, e))
    spans.sort()
    merged = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return sum(e - s for s, e in merged) / 12


def R(title, org, start, end, kind, count=""):
    return {"title": title, "org": org, "start": start, "end": end, "kind": kind, "_count": count}


DOCS = []


def doc(file, as_of, as_of_source, headings, roles, bullets, level, acceptable, notes, tolerance=None, years_ml=None, years_professional=None):
    DOCS.append(
        dict(
            file=file,
            as_of=as_of,
            as_of_source=as_of_source,
            headings=headings,
            roles=roles,
            bullets=bullets,
            level=level,
            acceptable=acceptable,
            notes=notes,
            tolerance=tolerance,
            years_ml=years_ml,
            years_professional=years_professional,
        )
    )


# 1 ---------------------------------------------------------------------------------------------
doc(
    "rendercv-classic-ananya-krishnamurthy.pdf",
    "2021-06",
    "visible-date",
    ["Summary", "Experience", "Projects", "Education", "Publications", "Skills"],
    [
        R("Senior Machine Learning Engineer", "Kestrel Freight Systems", "2020-04", "present", "job", "PM"),
        R("Machine Learning Engineer", "Kestrel Freight Systems", "2018-07", "2020-03", "job", "PM"),
        R("Data Scientist", "Tamarind Analytics Pvt. Ltd.", "2016-01", "2018-06", "job", "PM"),
        R("Research Intern", "Centre for Vision Studies, Anand Institute of Technology", "2015-05", "2015-07", "internship"),
    ],
    12,
    "senior",
    ["mid", "senior"],
    "RenderCV 2.3 classic theme (Typst). 'Last updated in June 2021' at top right comes from "
    "rendercv_settings.date (2021-06-15); the PDF CreationDate is the day it was rendered (2026-12-07, "
    "Typst stamps today), so a reader that trusts metadata is five years off. Entry line is 'ORG, Title' "
    "(org bold) with location, date range and a RenderCV time span ('1 year 3 months', '2 years 6 months', "
    "'3 months') stacked in the right column; the spans are RenderCV's own arithmetic, not labels. "
    "Promotion = the same company in two consecutive entries. Month abbreviations 'June', 'July', 'Sept' "
    "next to 'Apr', 'Mar'; 'present' lower case. Tamarind has 2 bullets + 2 nested '-' sub-items "
    "(made by RenderCV from ' - ' inside one highlight). Bullets: Experience 3+2+4+1 = 10, Projects 1+1 "
    "= 2; the Education GPA bullet is not counted. Publication date Aug 2020 and project dates are not "
    "roles. The summary's 'five years' matches the 5.4 years computed.",
)

# 2 ---------------------------------------------------------------------------------------------
doc(
    "rendercv-sb2nov-jonas-vogelsang.pdf",
    "2019-11",
    "visible-date",
    ["Education", "Research Positions", "Industry Experience", "Teaching", "Publications", "Invited Talks", "Service and Reviewing", "Skills"],
    [
        R("Postdoctoral Researcher, Machine Listening Group", "Rhein-Main Institute for Learning Systems", "2018-01", "present", "research", "PM"),
        R("Doctoral Researcher, Chair of Signal Processing", "Technische Hochschule Lahnfeld", "2014-10", "2017-12", "research"),
        R("Student Research Assistant", "Institute for Speech Processing, TH Lahnfeld", "2012", "2013", "research"),
        R("Research Intern", "Alpenglow Audio AG", "2016-06", "2016-09", "internship"),
        R("Teaching Assistant, Machine Learning I and Probabilistic Graphical Models", "TH Lahnfeld", "2015-04", "2017-07", "teaching"),
        R("Lecturer (Lehrauftrag), Deep Learning for Audio", "TH Lahnfeld", "2019", "2019", "teaching"),
    ],
    7,
    "junior",
    ["junior", "mid"],
    "RenderCV 2.3 sb2nov theme; 'Last updated in Nov 2019' from rendercv_settings.date (PDF CreationDate is "
    "the 2026 render day). Experience is split into custom sections 'Research Positions' and 'Industry "
    "Experience' (YAML keys research_positions, industry_experience); title on line 1 (bold), org on line 2 "
    "(italic), location and dates right-aligned in italics. Only the postdoc counts toward years (post-PhD "
    "research position): 1.9 years; the PhD (Doctoral Researcher, same dates as the Dr. rer. nat. in "
    "Education), the year-only HiWi job '2012 – 2013', the internship and both teaching entries are "
    "excluded. The Lehrauftrag is dated 'Summer Semester 2019' (a German term, about Apr-Jul), labelled "
    "'2019'. The TA title wraps onto a second line ('...Probabilistic Graphical / Models'). Teaching entries "
    "are prose (0 bullets). Bullets: Research Positions 3+2+1 = 6, Industry Experience 1; the thesis bullet "
    "in Education and the two 'Service and Reviewing' bullets are not counted. Level: junior by years, but "
    "a PhD plus postdoc is often hired as mid.",
)

# 3 ---------------------------------------------------------------------------------------------
doc(
    "rendercv-moderncv-tyrell-okafor.pdf",
    "2022-03",
    "visible-date",
    ["Profile", "Experience", "Military Service", "Projects", "Education", "Certifications", "Skills"],
    [
        R("Machine Learning Engineer", "Brightwater Mutual Insurance", "2021-08", "present", "job", "PM"),
        R("Data Analyst", "Harbor & Pine Credit Union", "2019-06", "2021-07", "job", "P"),
        R("Sergeant (E-5), Infantry Team Leader", "United States Army, 2nd Battalion, 8th Infantry Regiment", "2011", "2016", "job", "P"),
    ],
    9,
    "junior",
    ["junior", "mid"],
    "RenderCV 2.3 moderncv theme: dates in a left column ('Aug 2021 – present', 'June 2019 – July 2021', "
    "'2011 – 2016'), 'Title, Org – Location' on the right. 'Last updated in Mar 2022' from "
    "rendercv_settings.date; PDF CreationDate is the 2026 render day. The Army career (year-only, "
    "'Military Service' section, location 'Fort Carson, CO; deployed to Afghanistan 2013') is counted as a "
    "job, so years_professional 7.75 (+/-0.5 for the year-only range) although he is an entry-level ML "
    "engineer: level by ML experience is junior. years_ml counts only the ML Engineer role (0.62); the Data "
    "Analyst job is dashboards and SQL reporting (2.75 if read as ML-adjacent). BS 2016-2019 on the GI Bill "
    "and a 'Summer 2019' bootcamp are in Education, not roles; the 2019 project is a bootcamp capstone. "
    "Bullets: Experience 2+3, Military Service 2, Projects 1+1 = 9; Education (1) and Certifications (2) "
    "bullets not counted.",
)

# 4 ---------------------------------------------------------------------------------------------
doc(
    "jsonresume-even-mei-lin-hsu.pdf",
    "2026-12",
    "pdf-creation",
    ["Work", "Volunteer", "Education", "Awards", "Publications", "Skills", "Languages", "Interests", "References"],
    [
        R("Staff Machine Learning Engineer", "Northvane Robotics", "2023-02", "present", "job", "PM"),
        R("Co-founder & CTO", "Lumen Sift", "2019-05", "2023-01", "founder", "PM"),
        R("Senior Software Engineer, Risk ML", "Cedarline Payments", "2016-03", "2019-04", "job", "PM"),
        R("Software Engineer", "Cedarline Payments", "2014-07", "2016-02", "job", "P"),
        R("Software Engineering Intern", "Orcas Telecom", "2013-05", "2013-08", "internship"),
        R("Mentor, Women in ML evening program", "Code Harbour Society", "2017-09", "present", "volunteer"),
    ],
    11,
    "staff",
    ["staff", "principal"],
    "JSON Resume, jsonresume-theme-even 0.26.1 render() -> HTML -> headless Chromium; 3 pages, section "
    "names in a left gutter ('Work', 'Volunteer', ...). Written as of December 2026: no date is printed, so "
    "as_of is the Chromium CreationDate (the latest content date is the Nov 2024 award); rebuilding later "
    "moves it. Even groups consecutive positions at one company: the two Cedarline roles sit under one "
    "'Cedarline Payments' heading with the titles as sub-headings, while the other entries put the title "
    "first and the org on the next line ('Northvane Robotics · Warehouse picking robots, 900 employees'). "
    "Missing endDate prints 'Present'; the duration web component (time-duration) prints nothing in the "
    "PDF. Lumen Sift (founder) was acquired by Northvane, so the founder and staff roles are contiguous. "
    "years_ml from Mar 2016 (Risk ML) on; the 2014-2016 backend role is not ML. Bullets: Work 3+3+2+1+1 = "
    "10, Volunteer 1; the first entry and the volunteer entry also have a summary paragraph (0). Award and "
    "publication dates are not roles.",
)

# 5 ---------------------------------------------------------------------------------------------
doc(
    "jsonresume-flat-rafael-souza.pdf",
    "2020-08",
    "visible-date",
    ["Contact", "About", "Profiles", "Work", "Volunteer", "Education", "Awards", "Skills", "Languages", "Interests", "References"],
    [
        R("Machine Learning Engineer", "Grupo Aratu", "2019-02", "present", "job", "PM"),
        R("Data Science Consultant (self-employed)", "Freelance", "2017-06", "2019-12", "job", "PM"),
        R("Data Analyst (part-time, 20 h/week)", "Cooperativa Agroindustrial Vale Verde", "2017-03", "2018-11", "job", "P"),
        R("Undergraduate Research Fellow (Iniciação Científica, CNPq)", "Universidade Estadual de Itapira", "2015-03", "2016-12", "research"),
        R("Meetup co-organiser", "PyBahia", "2018", "2020", "volunteer"),
    ],
    9,
    "mid",
    ["mid"],
    "JSON Resume, jsonresume-theme-flat 0.3.7 (Handlebars) -> Chromium, 4 pages of large type. The only "
    "date is the sentence 'CV updated August 2020.' at the end of the About paragraph (PDF CreationDate is "
    "the 2026 build). Flat prints the JSON date strings raw: '2017-06 — 2019-12' (em dash), and the current "
    "job, which has no endDate, prints '2019-02 —' with nothing after it (= present). Every list is preceded "
    "by a bold 'Highlights' label, which is not a section. Org line first (with the right-aligned dates), "
    "then the website, then the title. Three overlapping jobs: the freelance consulting (Jun 2017-Dec 2019) "
    "ran alongside the part-time analyst job and then the full-time ML job; merged, 3.46 years. years_ml: "
    "3.21 counting the consulting and the ML job, 3.46 if the part-time data-analyst job counts as "
    "data-adjacent; the label is the midpoint. The undergraduate research fellowship (prose, 0 bullets) is "
    "excluded. pdftotext also emits a second, hidden copy of the education date ('2012 03 2016 12'). "
    "Bullets: Work 3+3+2 = 8, Volunteer 1 = 9; the skill keyword lists are not counted.",
    years_ml=None,
)

# 6 ---------------------------------------------------------------------------------------------
doc(
    "jsonresume-stackoverflow-aoife-brennan.pdf",
    "2026-12",
    "pdf-creation",
    ["Summary", "Skills", "Work Experience", "Projects", "Volunteer", "Education", "Awards", "Certificates", "Languages", "Interests", "References"],
    [
        R("Data Scientist", "Ferncastle Health Analytics", "2025-09", "present", "job", "PM"),
        R("Data Science Intern", "Ferncastle Health Analytics", "2024-06", "2024-08", "internship"),
        R("Undergraduate Teaching Assistant, Introduction to Programming", "Corrib University, School of Computer Science", "2023-09", "2024-04", "teaching"),
        R("Mentor", "CoderDojo Salthill", "2022-01", "2024-06", "volunteer"),
    ],
    9,
    "junior",
    ["junior"],
    "JSON Resume, jsonresume-theme-stackoverflow 3.3.0 (Svelte) -> Chromium. Written as of December 2026 with "
    "no printed date (latest content date: a certificate dated Mar 2026), so as_of is the Chromium "
    "CreationDate. Headings are small letter-spaced capitals that pdftotext splits ('S U M M A RY', "
    "'E D U C AT I O N', 'AWA R D S', 'C E R T I F I C AT E S'). Entry lines read 'Title at Org' with the "
    "range right-aligned in en-GB short months ('Sept 2025 - Current', 'Jun 2024 - Aug 2024'): 'Current' "
    "means present. The long TA title wraps ('...at Corrib / University, School of Computer Science'). "
    "Projects and the degree are dated exactly like jobs but are not roles. The internship at the same "
    "company is excluded: years 1.29 from the Data Scientist job only. Bullets: Work 3+2, Projects 2+1, "
    "Volunteer 1 = 9; TA entry prose.",
)

# 7 ---------------------------------------------------------------------------------------------
doc(
    "latex-moderncv-oldstyle-giulia-ferraresi.pdf",
    "2021-09",
    "pdf-creation",
    ["Profilo", "Esperienza professionale", "Istruzione", "Pubblicazioni", "Competenze informatiche", "Lingue", "Interessi"],
    [
        R("Senior Data Scientist", "Ardesia Assicurazioni S.p.A.", "2021-03", "present", "job", "PM"),
        R("Data Scientist", "Ardesia Assicurazioni S.p.A.", "2018-01", "2021-02", "job", "PM"),
        R("Consulente freelance", "Libera professione (partita IVA)", "2016-10", "2017-12", "job", "PM"),
        R("Tirocinio curriculare", "Osservatorio Meteo-Agrario dell’Emilia", "2014-03", "2014-08", "internship"),
    ],
    5,
    "mid",
    ["mid", "senior"],
    "Italian CV, moderncv 2.3.1 style 'oldstyle' (pdfLaTeX, babel italian), 2 pages: contact block in a "
    "narrow left column, sections on the right. No visible date: CreationDate 2021-09-15 is set with "
    "hyperref's pdfcreationdate. Each entry is one run-in line 'Title, Org, City. date' with the date at "
    "the end in bold ('Senior Data Scientist, Ardesia Assicurazioni S.p.A., Bologna. da marzo 2021'), and "
    "long lines wrap so the date sits mid-line. Italian dates: 'da marzo 2021' (since March 2021, no end "
    "word = present), 'gen. 2018 – feb. 2021', 'ott. 2016 – dic. 2017', 'mar. 2014 – ago. 2014'. The "
    "oldstyle bullet glyph extracts as '{'. Promotion Data Scientist -> Senior at Ardesia; the freelance "
    "period (statistics, dashboards, a demand forecast) is counted as job and as data science. Tirocinio = "
    "internship; its org wraps ('Osservatorio Meteo-Agrario' / 'dell’Emilia') around the date. Bullets 3+2 = 5; the freelance and internship entries are prose. Year-only education "
    "(2014 – 2016, 2011 – 2014), the 2019 publication, 'IELTS 7.5 (2015)' and the GDPR consent sentence "
    "('D.Lgs. 196/2003', 'Regolamento UE 2016/679') are not roles. 4.9 years: mid/senior boundary; the "
    "'Senior' title and team coordination make senior acceptable.",
)

# 8 ---------------------------------------------------------------------------------------------
doc(
    "latex-europasscv-pl-katarzyna-wroblewska.pdf",
    "2022-02",
    "visible-date",
    ["DANE OSOBOWE", "STANOWISKO", "DOŚWIADCZENIE ZAWODOWE", "WYKSZTAŁCENIE I SZKOLENIA", "UMIEJĘTNOŚCI OSOBISTE", "DODATKOWE INFORMACJE", "KLAUZULA"],
    [
        R("Inżynier danych w zespole platformy uczenia maszynowego", "Odra Analytics sp. z o.o.", "2019-10", "present", "job", "PM"),
        R("Młodszy programista BI", "Wodociągi Dolnośląskie S.A.", "2017-09", "2019-09", "job", "P"),
        R("Stażystka w dziale analityki danych", "Bank Spółdzielczy Ziemi Oleśnickiej", "2017-02", "2017-07", "internship"),
    ],
    6,
    "mid",
    ["mid"],
    "Polish Europass CV made with the europasscv LaTeX class (option polish, pdfLaTeX), 2 pages. The footer "
    "of each page prints the build date '14 lutego 2022' (\\today with SOURCE_DATE_EPOCH, which also sets "
    "CreationDate 2022-02-14), the copyright line '© Unia Europejska, 2002 – 2022' and 'Strona internetowa "
    "1 / 2' (the class's Polish page label). Section titles are upper-cased by the class in a right-aligned "
    "left column; dates 'MM.YYYY' in the left column ('10.2019 – obecnie', obecnie = present); title on the "
    "right, then 'Employer, address (Polska)'. Letters with ogonek are built from a base letter plus an "
    "accent, so pdftotext gives 'Wodociagi ˛ Dolnoślaskie ˛' and 'UMIEJETNO ˛ ŚCI', and other accented letters "
    "come out decomposed (z + U+0307 for 'ż', S + U+0301 for 'Ś'): NFC-normalise before matching. Name surname-first "
    "('Wróblewska Katarzyna'). 'Rodzaj działalności lub sektor' lines, the language grid and the digital "
    "skills line are fields, not bullets. years_ml counts the ML-platform data-engineering job (feature "
    "pipelines and retraining for forecasting models), not the BI job. The 2021 certificate row in "
    "WYKSZTAŁCENIE is not a role; the internship is excluded. Bullets: 3+2 in DOŚWIADCZENIE ZAWODOWE + 1 "
    "project under DODATKOWE INFORMACJE / Projekty = 6.",
)

# 9 ---------------------------------------------------------------------------------------------
doc(
    "latex-deedy-style-kwame-asante-boateng.pdf",
    "2022-04",
    "visible-date",
    ["Education", "Links", "Skills", "Awards", "Languages", "Experience", "Projects", "Publications"],
    [
        R("Senior Machine Learning Engineer", "Quillfeather", "2021-01", "present", "job", "PM"),
        R("Machine Learning Engineer", "Sankofa Mobile Money", "2018-09", "2020-12", "job", "PM"),
        R("Software Engineer", "Sankofa Mobile Money", "2016-07", "2018-08", "job", "P"),
        R("Teaching Assistant, Data Structures", "Volta University of Science", "2015", "2016", "teaching"),
        R("Software Engineering Intern", "Adinkra Labs", "2015", "2015", "internship"),
    ],
    9,
    "senior",
    ["mid", "senior"],
    "Hand-made XeLaTeX two-column resume in the Deedy style (Lato Light + Open Sans Condensed): left "
    "minipage Education/Links/Skills/Awards/Languages, right minipage Experience/Projects/Publications; "
    "headings listed left column first. 'Last Updated on 4th April 2022' top right; the PDF CreationDate "
    "is the build day (2026), not the writing date. Role line 'Org | Title', dates on their own line with "
    "the city: 'Jan. 2021 – Present', 'Sept. 2018 — Dec. 2020' and 'July 2016 — Aug. 2018' (em dashes), "
    "'2015 – 2016', 'Summer 2015' (labelled '2015'). Hyphens extract as U+2010 ('transaction‐risk'). Skill "
    "sub-labels 'Expert:', 'Comfortable:', 'Methods:' are not sections; award years and 'Part-time, 2019' "
    "(graduate certificate) are not roles. Promotion Software Engineer -> ML Engineer at Sankofa. The "
    "bullet text is grey (colour leaks from the title macro). Bullets: Experience 3+2+2 = 7, Projects 2 = 9; "
    "the internship line is prose, the TA line has no description.",
)

# 10 --------------------------------------------------------------------------------------------
doc(
    "latex-table-dates-left-emiko-sandstrom.pdf",
    "2022-10",
    "pdf-creation",
    ["APPOINTMENTS", "EDUCATION", "SELECTED PUBLICATIONS", "PATENTS", "KEYNOTES AND INVITED TALKS", "PROFESSIONAL SERVICE", "LANGUAGES"],
    [
        R("Principal Research Scientist, Head of Vision Foundation Models", "Hokuto Vision K.K.", "2021", "present", "job", "PM"),
        R("Director of Applied Machine Learning", "Norrsken Data AB", "2015", "2021", "job", "PM"),
        R("Senior Research Engineer, Imaging Research Laboratory", "Seiran Electronics Corp.", "2011", "2015", "job", "PM"),
        R("Adjunct Lecturer (part-time), Computer Vision", "Stockholm School of Computing", "2016", "2019", "teaching"),
        R("Postdoctoral Fellow, Department of Information Technology", "Uppland Institute of Technology", "2009", "2011", "research", "PM"),
    ],
    8,
    "principal",
    ["staff", "principal"],
    "Hand-made pdfLaTeX CV, tabularx rows with year-only dates in a right-aligned left column: 'since 2021', "
    "'2015–2021', '2011–2015', '2016–2019', '2009–2011'. No printed date: CreationDate 2022-10-03 from "
    "SOURCE_DATE_EPOCH (latest content: a 2022 keynote and CVPR 2022 paper). Experience is headed "
    "'APPOINTMENTS'; the part-time adjunct lectureship (teaching, overlaps the Director job) sits between "
    "the 2011–2015 job and the postdoc, so the list is not strictly reverse-chronological. Title line 'Title, "
    "unit' in bold, org on the next line in italics. The postdoc counts (post-PhD); the PhD 2005–2009 is in "
    "EDUCATION. Year-only ranges join mid-year to mid-year: 2009.5 to Oct 2022 = 13.3 years, +/-0.5. "
    "Principal: sets the research agenda for a 28-person group, company-wide backbone, standards body seat. "
    "Numbered SELECTED PUBLICATIONS (4 items) are not counted; 'since 2019 Area chair' and '2017–2020 Board "
    "member' in PROFESSIONAL SERVICE and the 2014 patent row are not roles. Bullets 3+3+2 = 8; adjunct and "
    "postdoc entries are prose.",
)

# 11 --------------------------------------------------------------------------------------------
doc(
    "docx-twocolumn-table-oluwaseun-adebayo-clarke.pdf",
    "2019-11",
    "visible-date",
    ["CONTACT", "SKILLS", "CERTIFICATIONS", "LANGUAGES", "PROFILE", "WORK HISTORY", "EDUCATION", "VOLUNTEERING"],
    [
        R("ML Platform Engineer", "Redbrick Retail Group", "2019-07", "present", "job", "PM"),
        R("Data Engineer", "Ikoyi Fintech Ltd", "2017-03", "2019-06", "job", "PM"),
        R("Junior Database Administrator", "Ikoyi Fintech Ltd", "2015-09", "2017-02", "job", "P"),
        R("NYSC Corps Member, ICT Unit", "Ogun State Ministry of Finance", "2014-08", "2015-07", "other"),
        R("Mentor", "AfroData Circle Manchester", "2019", "present", "volunteer"),
    ],
    7,
    "mid",
    ["mid"],
    "python-docx document converted by LibreOffice: the whole page is one borderless table row with a shaded "
    "left cell (name, CONTACT, SKILLS, CERTIFICATIONS, LANGUAGES and 'Updated 11/2019' at its foot) and a "
    "right cell (PROFILE, WORK HISTORY, EDUCATION, VOLUNTEERING); pdftotext -layout prints the two cells "
    "side by side. PDF CreationDate is the 2026 build. Entries: bold title, then 'Org, City  |  MM/YYYY – "
    "present' in italics ('07/2019 – present', '03/2017 – 06/2019'). Bullets are Word list paragraphs "
    "(List Bullet). The NYSC year is Nigeria's mandatory national youth service (kind other; +0.96 years if "
    "read as a job); the payroll-database note under it is prose. Promotion DBA -> Data Engineer at Ikoyi. "
    "years_ml counts the Data Engineer job (daily feature tables for the credit-scoring team) as "
    "ML-adjacent plus the ML platform job; strictly ML only 0.38. MSc '2018 – 2020 (expected)' is part-time "
    "education, not a role. The volunteering entry is prose with its dates '(2019 – present)' inside the "
    "sentence. Bullets: 2+3+2 = 7.",
)

# 12 --------------------------------------------------------------------------------------------
PRISCILLA_ROLES = [
    R("Senior Data Scientist", "Bluebonnet Energy Cooperative", "2019-01", "present", "job", "PM"),
    R("Career Break", "", "2017-06", "2018-12", "other"),
    R("Data Scientist", "Lonestar Outfitters", "2014-08", "2017-05", "job", "PM"),
    R("Statistical Analyst", "Travis Hills Public Health District", "2011-06", "2014-07", "job", "P"),
    R("Graduate Research Assistant, Department of Mathematics", "Hill Country State University", "2009-09", "2011-05", "research"),
    R("Data Ambassador", "Open Data Austin Collective", "2016", "present", "volunteer"),
]
PRISCILLA_NOTES = (
    "Word-style single column with the date range after a right-aligned tab stop on the org line "
    "('Bluebonnet Energy Cooperative, Austin, TX<TAB>Jan 2019 – Present'), title in italics on the next "
    "line, then 'Responsibilities:' and 'Achievements:' labels (not bullets, not sections) over bullet "
    "lists. 'Last updated: February 14, 2020' is in the page header, repeated on page 2. A 'Career Break' "
    "entry (Jun 2017 – Dec 2018, caregiving; kind other, org empty) sits between jobs and is not employment: "
    "years are 7.04, not 8.7 as a first-to-last reading gives (the summary's 'eight years' is the "
    "first-to-last span). years_ml counts the two data-scientist roles "
    "(3.92); the statistical-analyst job (public-health surveillance reports) would add 3.1 if read as "
    "adjacent. The graduate research assistantship is excluded; its thesis line is prose. Bullets: "
    "Bluebonnet 1 + 2 nested (List Bullet 2) + 2 + 2 = 7, Lonestar 2+2, Travis Hills 2 -> 13 in PROFESSIONAL "
    "EXPERIENCE; SELECTED PROJECTS is a numbered list of 3; VOLUNTEERING 2 -> 18. Education lines carry "
    "year-only dates (2011, 2009) after the tab; 'References: Available upon request.'"
)
doc(
    "docx-tabstops-priscilla-navarro.pdf",
    "2020-02",
    "visible-date",
    ["SUMMARY", "PROFESSIONAL EXPERIENCE", "SELECTED PROJECTS", "EDUCATION", "CERTIFICATIONS", "TECHNICAL SKILLS", "VOLUNTEERING", "REFERENCES"],
    PRISCILLA_ROLES,
    18,
    "senior",
    ["mid", "senior"],
    "PDF exported by LibreOffice from the .docx beside it (CreationDate is the 2026 build; use the header date). " + PRISCILLA_NOTES,
)
doc(
    "docx-tabstops-priscilla-navarro.docx",
    "2020-02",
    "visible-date",
    ["SUMMARY", "PROFESSIONAL EXPERIENCE", "SELECTED PROJECTS", "EDUCATION", "CERTIFICATIONS", "TECHNICAL SKILLS", "VOLUNTEERING", "REFERENCES"],
    PRISCILLA_ROLES,
    18,
    "senior",
    ["mid", "senior"],
    "The .docx itself (python-docx 1.2), source of docx-tabstops-priscilla-navarro.pdf; same labels. The "
    "'Last updated' line lives in the header part (word/header1.xml), not the body. Headings are bold "
    "Normal paragraphs with a bottom border, not Heading styles. Bullets are List Bullet / List Bullet 2 / "
    "List Number paragraphs whose markers come from numbering.xml, so the text has no bullet characters; "
    "dates follow a TAB character in the same run sequence. core_properties dates are the build time. " + PRISCILLA_NOTES,
)

# 13 --------------------------------------------------------------------------------------------
doc(
    "docx-europass-nikos-papadimitriou.pdf",
    "2017-05",
    "visible-date",
    ["Personal information", "Desired employment / Occupational field", "Work experience", "Education and training", "Personal skills and competences", "Additional information"],
    [
        R("Data Scientist", "Kyma Telecommunications S.A.", "2015-10", "present", "job", "PM"),
        R("Software Developer", "Hermes Logistics Software Ltd", "2013-03", "2015-09", "job", "P"),
        R("Military service (conscript), Signals Corps", "Hellenic Army", "2011-09", "2012-06", "other"),
    ],
    3,
    "mid",
    ["junior", "mid"],
    "Old-format (2004-2012) Europass CV in English built as a borderless two-column Word table (python-docx "
    "-> LibreOffice): right-aligned labels in the left column with a vertical rule, values on the right. "
    "Each position is a block of label rows 'Dates' / 'Occupation or position held' / 'Main activities and "
    "responsibilities' / 'Name and address of employer' / 'Type of business or sector'; these labels are "
    "field names, not headings (the headings are the bold larger labels). Dates are written out with a "
    "hyphen ('October 2015 - present', 'March 2013 - September 2015'). The only date of writing is the "
    "closing 'Athens, 12/05/2017' (day/month: 12 May 2017); the PDF CreationDate is the 2026 build. "
    "Conscript military service (mandatory, 9 months) is kind other (+0.77 years if counted as a job). The "
    "part-time MSc 2014 - 2016 overlaps the jobs and is education. Name is surname-first; the footer "
    "'Curriculum vitae of Papadimitriou Nikolaos' repeats on both pages; 'Personal skills and competences' "
    "is split by the page break. Bullets: 3 under the Data Scientist job; the other activity fields are "
    "prose. years_ml counts only the data-scientist job (1.62).",
)

# 14 --------------------------------------------------------------------------------------------
doc(
    "odt-odfpy-farah-haddad.pdf",
    "2022-10",
    "visible-date",
    ["Profile", "Employment", "Training", "Skills", "Languages", "Interests"],
    [
        R("Machine Learning Engineer", "Rhodanie Vision SAS", "2021", "present", "job", "PM"),
        R("Freelance Data Annotator and Python Tutor", "self-employed", "2020", "2021", "job", "P"),
        R("Career break", "relocation to France", "2019", "2020", "other"),
        R("Mathematics Teacher", "Collège Saint-Élie", "2015", "2019", "job", "P"),
    ],
    5,
    "junior",
    ["junior", "mid"],
    "OpenDocument text written with odfpy and exported to PDF by LibreOffice (CreationDate is the 2026 "
    "build); 'CV — October 2022' under the contact line. Entry lines are 'Title, Org<TAB>dates' with a "
    "right tab stop, org in italics, and only year-level dates: 'since 2021' (= 2021 – present), "
    "'2020 – 2021', '2019 – 2020', '2015 – 2019'. The 'Career break, relocation to France' entry is not "
    "employment. The school mathematics teacher job counts as professional time (a salaried job, not a "
    "TA-ship): years 6.3 +/-0.5, but as an ML engineer she is junior. years_ml counts the ML engineer job "
    "only (1.29); the freelance annotation work would add 1.0 as ML-adjacent. Education is headed "
    "'Training' (bootcamp 2020, M.Sc. 2013 – 2015, B.Sc. 2010 – 2013). Bullets: 3+2 = 5 (en-dash markers); "
    "freelance and career-break entries are prose.",
)

# 15 --------------------------------------------------------------------------------------------
LIAM_ROLES = [
    R("Staff ML Platform Engineer", "Wattle & Gum Marketplace", "2020-09", "present", "job", "PM"),
    R("Senior Software Engineer", "Wattle & Gum Marketplace", "2018-03", "2020-08", "job", "PM"),
    R("Software Engineer", "Coral Sea Travel Tech", "2014-02", "2018-02", "job", "P"),
    R("Summer Vacation Scholar", "Southern Cross Research Agency", "2013", "2013", "internship"),
]
LIAM_NOTES = (
    "Company as a level-3 heading ('Wattle & Gum Marketplace — Melbourne'), then '**Title** · "
    "2020-09 – present' lines: two titles under one employer (promotion), ISO year-month dates with an "
    "en dash. 'Last updated: November 2022' in italics under the contact lines. 'Summer 2013' (an "
    "Australian summer, Dec 2012 - Feb 2013) is labelled '2013'. '(2016–2018)' inside a bullet and "
    "'(since 2019)' in the Open Source list are not roles (the kelpie maintainer line is a list item, not "
    "an entry). years_ml counts the Senior Software Engineer role as ML-adjacent (feature pipelines and "
    "serving for the search-ranking model) plus the Staff role: 4.67; strictly ML-titled only 2.21. "
    "Bullets: Experience 4 + 2 nested + 2 + 2 = 10, Open Source 2 = 12; Talks (numbered, 2) and Skills (4) "
    "not counted; the internship is prose. Unusual heading 'How I Work'."
)
doc(
    "md-pandoc-liam-whitcombe.pdf",
    "2022-11",
    "visible-date",
    ["ABOUT", "EXPERIENCE", "OPEN SOURCE", "TALKS", "EDUCATION", "SKILLS", "HOW I WORK"],
    LIAM_ROLES,
    12,
    "staff",
    ["senior", "staff"],
    "pandoc 2.17 Markdown -> standalone HTML with a print stylesheet -> Chromium (CreationDate is the 2026 "
    "build). The CSS upper-cases and letter-spaces the h2 headings, so pdftotext splits some ('TA L K S', "
    "'E D U C AT I O N'). The two contact lines of the source run together into one paragraph. " + LIAM_NOTES,
)
doc(
    "md-pandoc-liam-whitcombe.md",
    "2022-11",
    "visible-date",
    ["About", "Experience", "Open Source", "Talks", "Education", "Skills", "How I Work"],
    LIAM_ROLES,
    12,
    "staff",
    ["senior", "staff"],
    "Markdown source of md-pandoc-liam-whitcombe.pdf; same labels (headings in the source's mixed case). "
    "A YAML front-matter block sets only pagetitle. '#' name, '##' sections, '###' employers; nested "
    "bullets indented four spaces. " + LIAM_NOTES,
)

# 16 --------------------------------------------------------------------------------------------
doc(
    "md-python-markdown-trang-nguyen.pdf",
    "2026-11",
    "visible-date",
    ["Summary", "Industry Experience", "Research & Teaching", "Projects", "Education", "Publications", "Skills", "Honors & Awards", "Volunteering"],
    [
        R("Machine Learning Engineer I", "Lotus Health Tech", "2025-07", "present", "job", "PM"),
        R("ML Research Intern", "Mekong AI Lab", "2024", "2024", "internship"),
        R("Graduate Research Assistant", "Cascadia Institute of Technology", "2023-09", "2025-05", "research"),
        R("Teaching Assistant, CS 5400 Machine Learning", "Cascadia Institute of Technology", "2024", "2024", "teaching"),
        R("Organizer", "Vietnamese Students in AI, Seattle chapter", "2023", "2025", "volunteer"),
    ],
    12,
    "junior",
    ["junior"],
    "Python-Markdown (attr_list, sane_lists, smarty) -> HTML with a stylesheet -> Chromium. 'Last updated: "
    "2026-11-28' is positioned at the top right by CSS (it comes after the contact lines in the text); the "
    "PDF CreationDate is a week later (2026-12), so as_of is 2026-11. Each entry is '### Title — Org, City' "
    "with the date as its own paragraph, pulled up and right-aligned by CSS: '2025-07 – present', "
    "'Summer 2024', '09/2023 – 05/2025', 'Spring 2024', '2023 – 2025' (seasons labelled by year). Only the "
    "ML Engineer I job counts (1.38 years); the research assistantship, TA-ship and internship are "
    "excluded. Bullets: Industry Experience 3 + 2 nested + 2 = 7, Research & Teaching 2, Projects 2 "
    "(numbered), Volunteering 1 = 12; Honors & Awards bullets (2) not counted.",
)


def main():
    out = []
    for d in DOCS:
        roles = d["roles"]
        counted = [r for r in roles if "P" in r["_count"]]
        yearonly = any(len(r["start"]) == 4 or (r["end"] not in ("present",) and len(r["end"]) == 4) for r in counted)
        yp = years(roles, d["as_of"], "P")
        ym = years(roles, d["as_of"], "M")
        if d["file"].startswith("jsonresume-flat-rafael"):
            # midpoint of the strict (consulting + ML job) and data-adjacent (+ part-time analyst) readings
            strict = ym
            adjacent = years([dict(r, _count=r["_count"] + ("M" if "Data Analyst" in r["title"] else "")) for r in roles], d["as_of"], "M")
            ym = (strict + adjacent) / 2
        tol = d["tolerance"] or (0.5 if yearonly else 0.2)
        out.append(
            {
                "file": d["file"],
                "as_of": d["as_of"],
                "as_of_source": d["as_of_source"],
                "headings": d["headings"],
                "roles": [{k: v for k, v in r.items() if k != "_count"} for r in roles],
                "bullets": d["bullets"],
                "years_professional": round(yp, 2),
                "years_tolerance": tol,
                "years_ml": round(ym, 2),
                "level_at_as_of": d["level"],
                "acceptable": d["acceptable"],
                "notes": d["notes"],
            }
        )
    (HERE / "labels.json").write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for o in out:
        print(f"{o['file']:<52} {o['as_of']} {o['years_professional']:>6} ±{o['years_tolerance']} ml {o['years_ml']:>6} {o['level_at_as_of']:<9} b={o['bullets']} roles={len(o['roles'])}")


if __name__ == "__main__":
    main()
