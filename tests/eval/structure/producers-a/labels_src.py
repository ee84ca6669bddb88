#!/usr/bin/env python3
"""Hand-written ground truth for the held-out structure set -> labels.json.

Everything here was written by hand from the sources in src/ (and checked against the rendered page images);
nothing is parsed from the PDFs. The only computation is the month arithmetic for years_professional and
years_ml, done from the labelled roles with the corpus conventions:

  * "YYYY-MM" start -> that month; "YYYY-MM" end -> end-exclusive (the month after it);
  * "present" -> as_of + half a month (the corpus labels use this, e.g. Feb 2022 - present at 2026-01 = 3.96 y);
  * year-only "YYYY" -> mid-year (July) for both start and end;
  * overlaps merged; counted roles are marked P (professional) and M (also ML / data science / ML-adjacent).

Run: python3 labels_src.py   (writes labels.json next to it and prints a summary)
"""

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def R(title, org, start, end, kind, flags=""):
    return {"title": title, "org": org, "start": start, "end": end, "kind": kind, "_flags": flags}


def month_index(value, as_of, is_end):
    if value == "present":
        y, m = map(int, as_of.split("-"))
        return y * 12 + (m - 1) + 0.5
    if len(value) == 4:
        return int(value) * 12 + 6
    y, m = map(int, value.split("-"))
    return y * 12 + (m - 1) + (1 if is_end else 0)


def merged_years(roles, as_of, flag):
    spans = sorted((month_index(r["start"], as_of, False), month_index(r["end"], as_of, True)) for r in roles if flag in r["_flags"])
    total, cur = 0.0, None
    for s, e in spans:
        if cur is None or s > cur[1]:
            if cur:
                total += cur[1] - cur[0]
            cur = [s, e]
        else:
            cur[1] = max(cur[1], e)
    if cur:
        total += cur[1] - cur[0]
    return round(total / 12, 2)


DOCS = [
    dict(
        file="01-okafor-jake.pdf",
        as_of="2025-02",
        as_of_source="pdf-creation",
        headings=["Education", "Relevant Experience", "Selected Projects", "Technical Skills", "Leadership"],
        roles=[
            R("Machine Learning Engineer", "Halvorsen Analytics", "2024-07", "present", "job", "PM"),
            R("Machine Learning Intern", "Brightwater Logistics", "2023-05", "2023-08", "internship"),
            R("Undergraduate Research Assistant", "Vision & Learning Lab, Marlow State University", "2022-09", "2024-05", "research"),
            R("President", "Marlow AI Society", "2023-09", "2024-05", "other"),
        ],
        bullets=13,
        tol=0.2,
        level="junior",
        acceptable=["junior"],
        notes="pdflatex, Jake's-resume style: small-caps headings with a rule; role line is bold TITLE + right-aligned dates, "
        "second line italic ORG + right-aligned city (title/org order reversed w.r.t. Jake's original, which the Education "
        "entry still uses: school first, degree second). No visible date; \\pdfinfo CreationDate 2025-02-10 is the truth. "
        "'--' in the source renders as en-dash; 'Aug.'/'Sep.' abbreviations with a full stop. The RA role overlaps the "
        "internship and is research (excluded); 'Leadership' holds one dated student-club role whose description is a "
        "prose line outside the list (0 bullets). pdftotext inserts blank lines between bullets. Bullets: Relevant "
        "Experience 9 (4+3+2), Selected Projects 4 (2+2); project headings carry a single month-year date and are not roles.",
    ),
    dict(
        file="02-lindqvist-moderncv-like.pdf",
        as_of="2024-03",
        as_of_source="visible-date",
        headings=["Profile", "Work History", "Teaching", "Education", "Skills"],
        roles=[
            R("Lead Data Scientist", "Nordvik Energi AB", "2020", "present", "job", "PM"),
            R("Data Scientist", "Kestrel Försäkring", "2018", "2020", "job", "PM"),
            R("Actuarial Analyst", "Bramhall & Pike", "2015", "2018", "job", "P"),
            R("Sessional Lecturer, Applied Statistics", "Lakemont University", "2013", "2015", "teaching"),
        ],
        bullets=6,
        tol=0.5,
        level="senior",
        acceptable=["senior", "staff"],
        notes="Hand-built moderncv-classic look in pdflatex: a narrow left column holds the dates (and a coloured bar left of "
        "each heading), the body column holds 'Title, Org, City'. All dates are year-only: 'Since 2020' (open-ended, no "
        "'Present' word), '2018–2020', '2015–2018', so years use mid-year to mid-year. 'Last updated: March 2024' bottom "
        "right, and \\pdfinfo says 2024-03-15 (they agree). Actuarial Analyst entry is a prose paragraph (0 bullets) and "
        "is counted as professional but not ML (GLM pricing). The sessional lectureship during the master's is teaching, "
        "excluded. Skills has row labels (Modelling/Engineering/Languages) in the date column; 'Languages' there is a "
        "row label, not a section. Bullets: Work History 6 (3+3+0).",
    ),
    dict(
        file="03-marchetti-awesome-like.pdf",
        as_of="2019-05",
        as_of_source="pdf-creation",
        headings=["Summary", "Experience", "Patents & Talks", "Education", "Skills"],
        roles=[
            R("Staff Machine Learning Engineer", "Corvid Labs", "2018-01", "present", "job", "PM"),
            R("Senior Machine Learning Engineer", "Corvid Labs", "2016-10", "2017-12", "job", "PM"),
            R("Software Engineer, Search Relevance", "Tandem Search", "2012-06", "2016-09", "job", "PM"),
            R("Software Engineer", "Pellucid Systems", "2010-06", "2012-05", "job", "P"),
            R("Research Intern", "Alder Institute for Computing", "2009", "2009", "internship"),
        ],
        bullets=15,
        tol=0.2,
        level="staff",
        acceptable=["senior", "staff"],
        notes="OLD document: no visible date; \\pdfinfo CreationDate 2019-05-20 is the truth, so 'Present' = May 2019. "
        "awesome-cv look: headings have their first three letters in red ('Exp'+'erience') followed by \\hrulefill; "
        "role line 'Title ... dates' over 'ORG (small caps) ... location'. Promotion at Corvid Labs is written as a "
        "company line with the overall span 'Oct 2016 -- Present' (LaTeX source) above two titled sub-roles with their "
        "own dates; the company line is not a role. FontAwesome5 icons in the contact line extract as junk glyphs. "
        "Nested sub-bullets (2, open circles) under the second Staff bullet. Summer-only internship 'Summer 2009' is a "
        "prose entry. Pellucid (billing software) counted professional, not ML; Tandem search relevance counted ML. "
        "Bullets: 6 (4+2 nested) + 3 + 4 + 2 + 0.",
    ),
    dict(
        file="04-tanabe-holm-sidebar.pdf",
        as_of="2023-09",
        as_of_source="pdf-creation",
        headings=["CONTACT", "EDUCATION", "SKILLS", "LANGUAGES", "Research Experience", "Industry Experience", "Teaching", "Selected Publications"],
        roles=[
            R("Postdoctoral Researcher", "Institute for Adaptive Systems, Halden University", "2022-02", "present", "research", "PM"),
            R("Doctoral Research Fellow (PhD)", "Computational Perception Group, Halden University", "2017-09", "2022-01", "research"),
            R("Research Intern", "Aurora Robotics", "2019-06", "2019-09", "internship"),
            R("Software Engineer (Computer Vision)", "Tessaract Medical Imaging", "2015-07", "2017-08", "job", "PM"),
            R("Teaching Assistant, INF4820 Machine Learning", "Halden University", "2018", "2020", "teaching"),
        ],
        bullets=10,
        tol=0.2,
        level="mid",
        acceptable=["mid", "senior"],
        notes="Two-column pdflatex page: shaded left sidebar (tikz background, two minipages) with CONTACT/EDUCATION/SKILLS/"
        "LANGUAGES in uppercase, main column with Research Experience, Industry Experience, Teaching, Selected "
        "Publications. pdftotext -layout interleaves the columns line by line. Entries are ORG first (bold) with dates "
        "right, TITLE second (italic) with place right. Date is set with hyperref pdfcreationdate (2023-09-18); no "
        "visible date. The postdoc (kind research) is counted in years; the PhD fellowship and the internship that "
        "overlaps it are excluded, the TA-ship too (year-only '2018 -- 2020', prose). Sidebar Education dates are "
        "year-only. Years = postdoc 19.5 mo + 26 mo industry job. Bullets: Research 6 (3+3), Industry 4 (2+2); the "
        "publication list is not counted.",
    ),
    dict(
        file="05-bakhtiari-xelatex.pdf",
        as_of="2023-11",
        as_of_source="pdf-creation",
        headings=["Professional Experience", "Open Source", "Education", "Certifications", "Skills"],
        roles=[
            R("Senior MLOps Engineer", "Quillfeather Health", "2023-06", "present", "job", "PM"),
            R("MLOps Engineer", "Tidewater Payments", "2021-02", "2023-05", "job", "PM"),
            R("Site Reliability Engineer", "Parcelon B.V.", "2019-09", "2021-01", "job", "P"),
            R("Core Maintainer (volunteer)", "featherstore", "2020", "present", "volunteer"),
        ],
        bullets=13,
        tol=0.2,
        level="mid",
        acceptable=["mid"],
        notes="XeLaTeX with system fonts (Charis SIL body, Inter headings). The range separators are NOT en-dashes: "
        "'June 2023 ‐ Present' uses U+2010 HYPHEN, 'Feb 2021 ‑ May 2023' U+2011 NON-BREAKING HYPHEN, "
        "'Sep 2019 − Jan 2021' and the education years U+2212 MINUS SIGN; the open-source entry '2020 ‐ present' U+2010. "
        "Role line is 'Company — Title' then right-aligned dates, location on its own grey line. Bullets are en-dash "
        "labels. hyperref pdfcreationdate 2023-11-06 is the truth; no visible date. Open-source maintainer role is "
        "volunteer (excluded). SRE counted professional, not ML; MLOps counted ML-adjacent. 'scikit-learn' is hyphen-"
        "broken across lines in Skills. Bullets: 11 experience (4+4+3) + 2 open source.",
    ),
    dict(
        file="06-pennington-word-plain.pdf",
        as_of="2026-12",
        as_of_source="pdf-creation",
        headings=["Professional Summary", "Professional Experience", "Previous Career", "Education", "Skills", "Volunteer", "References"],
        roles=[
            R("Machine Learning Engineer", "Ashgrove Retail Group", "2022-07", "present", "job", "PM"),
            R("Data Analyst", "Fenwick Council Transport Unit", "2020-03", "2022-06", "job", "PM"),
            R("Mathematics Teacher", "St Aldhelm's Academy", "2012-09", "2020-02", "job", "P"),
            R("Volunteer Tutor", "Code Club Hartside", "2018", "2021", "volunteer"),
        ],
        bullets=10,
        tol=0.2,
        level="senior",
        acceptable=["mid", "senior"],
        notes="python-docx with built-in Heading 1/Heading 2/List Bullet styles, converted by LibreOffice (Letter, 2 pages). "
        "Career changer: the dated non-tech teaching job sits under its own heading 'Previous Career' and counts as "
        "professional time (7.5 y), so years_professional 14.3 but years_ml only 6.8 (analyst role counted as "
        "data-science-adjacent: it built a demand forecast). Each role is ONE line 'Title, Company – City' (Heading 2) "
        "with the dates on their own line below: '07/2022 - Till Date', '03/2020 - 06/2022', '09/2012 - 02/2020', "
        "'2018 - 2021'. Word's List Bullet glyph is a Symbol-font private-use character (U+F0B7) in the text layer. "
        "References section names two referees, 'Julia Spark' and 'Ray Torres', with their titles; they are not roles "
        "and their names must not become skills (Spark) or people. No visible date: written and rendered December 2026 "
        "(PDF CreationDate 2026-12-07). Bullets: 9 experience (4+3+2) + 1 volunteer.",
    ),
    dict(
        file="07-vo-word-table.pdf",
        as_of="2026-11",
        as_of_source="visible-date",
        headings=["CONTACT", "SKILLS", "LANGUAGES", "EDUCATION", "PROFILE", "CAREER", "INTERNSHIPS", "AWARDS"],
        roles=[
            R("Senior Machine Learning Engineer", "Lumora Mobility", "2022-09", "present", "job", "PM"),
            R("Machine Learning Engineer", "Kitebird Commerce", "2021-08", "2022-08", "job", "PM"),
            R("Data Engineer", "Sundara Telecom", "2019-03", "2021-07", "job", "P"),
            R("Data Science Intern", "Sundara Telecom", "2018-06", "2018-09", "internship"),
        ],
        bullets=14,
        tol=0.2,
        level="senior",
        acceptable=["senior"],
        notes="Word table layout (python-docx, one borderless row: shaded 5.6 cm sidebar cell + main cell), LibreOffice PDF. "
        "Headings are bold coloured paragraphs, not Heading styles; sidebar (CONTACT, SKILLS, LANGUAGES, EDUCATION) "
        "then main (PROFILE, CAREER, INTERNSHIPS, AWARDS). Dates right-aligned by a tab stop: '09.2022-now', "
        "'2021/08 ~ 2022/08', '2019/03 ~ 2021/07', '2018/06 ~ 2018/09'; education '2015/09 ~ 2019/06'. Under each role "
        "'Responsibilities:' and 'Key results:' labels (not bullets) head sub-lists, and a 'Tools: ...' line (not a "
        "bullet). Key results are a Word numbered list whose numbering CONTINUES across roles (1., 2., then 3.). "
        "'Last updated: 2026-11-20' under the name is the truth; the PDF CreationDate (2026-12-07) is a few weeks "
        "later. Data Engineer counted professional, not ML. Bullets: Career 12 (3+2, 3+1, 3) + Internships 2.",
    ),
    dict(
        file="08-oriordain-word-prose.pdf",
        as_of="2018-03",
        as_of_source="visible-date",
        headings=["PROFILE", "EMPLOYMENT", "EDUCATION", "INTERESTS"],
        roles=[
            R("Data Scientist", "Brackenridge Media", "2015-04", "present", "job", "PM"),
            R("Quantitative Analyst", "Orrin & Vale Capital", "2012-09", "2015-03", "job", "P"),
            R("Intern (pricing team)", "Fáilte Travel", "2011", "2011", "internship"),
        ],
        bullets=0,
        tol=0.2,
        level="mid",
        acceptable=["mid", "senior"],
        notes="OLD document: 'Last updated: March 2018' at the bottom right is the truth; the PDF was rendered by LibreOffice "
        "in December 2026, so its CreationDate is misleading (docx core properties say March 2018). Whole document is "
        "prose, no bullets. The first two roles have a bold lead-in 'Org, City — Title (Month YYYY – present)' with "
        "full month names; the 2011 internship exists only inside a sentence ('spent the summer of 2011 as an intern "
        "in the pricing team at Fáilte Travel'), title paraphrased. Name and places contain Irish accents (Ó, á). "
        "Quant analyst work is market-risk reporting: professional, not ML. years_ml = Brackenridge only.",
    ),
    dict(
        file="09-achterberg-html-gutter.pdf",
        as_of="2026-12",
        as_of_source="pdf-creation",
        headings=["Where I’ve worked", "Things I’ve built", "Schooling", "Toolbox"],
        roles=[
            R("Senior Data Scientist", "Fernhill Marketplaces", "2023-09", "present", "job", "PM"),
            R("Data Scientist", "Gullwing Travel", "2021-03", "2023-08", "job", "PM"),
            R("Co-founder & ML Lead", "Pollenpath UG", "2019-08", "present", "founder", "PM"),
            R("Data Analyst", "Cobalt Survey Co.", "2018-06", "2019-07", "job", "P"),
        ],
        bullets=12,
        tol=0.2,
        level="senior",
        acceptable=["senior", "staff"],
        notes="Chromium HTML/CSS, dates in a left gutter column (CSS grid). Headings a vocabulary will not know: "
        "'Where I’ve worked', 'Things I’ve built', 'Schooling', 'Toolbox' (curly apostrophe U+2019). Two-digit years: "
        "\"Sep '23 – Present\", \"Mar '21 – Aug '23\", \"Aug '19 – Now\", 'Jun ’18 – Jul ’19' (curly apostrophe). "
        "One line per role 'Title · Org, City'. The part-time co-founder role (Aug 2019 – Now) overlaps both data-"
        "science jobs and is listed third, out of start order; merging it closes the 2019-08..2021-03 gap, so years = "
        "8.54 (without the founder role a reader would get 6.96). Chromium draws list discs as graphics: bullets have "
        "no glyph in the text layer. No visible date; written/rendered December 2026. Analyst job counted "
        "professional, not ML. Bullets: 10 experience (3+3+2+2) + 2 in 'Things I’ve built' (the first project is prose).",
    ),
    dict(
        file="10-karimova-html-band-sidebar.pdf",
        as_of="2024-03",
        as_of_source="visible-date",
        headings=["SKILLS", "EDUCATION", "LANGUAGES", "CERTIFICATIONS", "SUMMARY", "PROFESSIONAL EXPERIENCE", "LEADERSHIP & SERVICE"],
        roles=[
            R("Principal Machine Learning Scientist", "Veridian Grid Systems", "2019-01", "present", "job", "PM"),
            R("Senior Research Scientist", "Veridian Grid Systems", "2016-04", "2018-12", "job", "PM"),
            R("Research Scientist", "Halcyon Speech Technologies", "2011-09", "2016-03", "job", "PM"),
            R("Program Chair (volunteer)", "ML for Energy Systems Workshop", "2021", "2023", "volunteer"),
        ],
        bullets=12,
        tol=0.2,
        level="principal",
        acceptable=["staff", "principal"],
        notes="Chromium: dark header band (name, tagline, FontAwesome 4 icon-font glyphs in the contact row, private-use "
        "code points in the text layer), shaded left sidebar (SKILLS, EDUCATION, LANGUAGES, CERTIFICATIONS) and main "
        "column (SUMMARY, PROFESSIONAL EXPERIENCE, LEADERSHIP & SERVICE). Headings are uppercase via CSS with "
        "letter-spacing, so pdftotext prints them spaced out ('P RO F E S S I O N A L'). Company line above the "
        "titles; promotion at Veridian (two titles, own dates, 'Jan 2019 – Present'). Bullets are CSS ::before "
        "'▪' (text) with '–' nested sub-bullets. 'Last updated: March 2024' in a fixed footer is the truth; the PDF "
        "CreationDate is December 2026. Industry 'Research Scientist' titles are jobs. Leadership entry is prose. "
        "Bullets: 6 (4+2 nested) + 3 + 3.",
    ),
    dict(
        file="11-varga-html-cards.pdf",
        as_of="2026-12",
        as_of_source="pdf-creation",
        headings=["Industry Experience", "Research and Internships", "Academic Projects", "Volunteer", "Education", "Skills"],
        roles=[
            R("Junior ML Engineer", "Brightlane Insurtech", "2026-02", "present", "job", "PM"),
            R("Machine Learning Intern", "Brightlane Insurtech", "2025", "2025", "internship"),
            R("Research Assistant", "Speech & Audio Lab, Carrow University", "2024-01", "2025-12", "research"),
            R("Data Science Intern", "Meridale Health", "2024", "2024", "internship"),
            R("Mentor", "CodeBridge Youth", "2023", "present", "volunteer"),
        ],
        bullets=15,
        tol=0.2,
        level="junior",
        acceptable=["junior"],
        notes="Chromium grid of cards, two cards per row, so reading order runs left card then right card; pdftotext "
        "-layout prints the two cards side by side. Each card has a pill with the date floated right: "
        "'Feb 2026 – Current', 'Summer 2025', 'Summer 2024', 'Jan 2024 – Dec 2025', '2023 – Ongoing'. The intern "
        "card at the same company (Summer 2025) precedes the job. Education and Skills share the last row (Education "
        "left). No visible date; written/rendered December 2026. Only the junior job counts (10.5 months). Bullets: "
        "Industry 5 (3+2), Research and Internships 5 (3+2), Academic Projects 4 (2+2), Volunteer 1.",
    ),
    dict(
        file="12-ferrer-es-word.pdf",
        as_of="2021-10",
        as_of_source="visible-date",
        headings=["PERFIL", "EXPERIENCIA PROFESIONAL", "FORMACIÓN", "IDIOMAS", "CONOCIMIENTOS TÉCNICOS", "VOLUNTARIADO"],
        roles=[
            R("Científica de Datos Sénior", "Grupo Alcántara Seguros", "2021-01", "present", "job", "PM"),
            R("Científica de Datos", "Analítica Ibérica Consultores", "2018-03", "2020-12", "job", "PM"),
            R("Becaria de análisis de datos (prácticas)", "Banco Mirasierra", "2016-09", "2018-02", "internship"),
            R("Voluntaria", "Asociación Datos Abiertos Madrid", "2019", "present", "volunteer"),
        ],
        bullets=10,
        tol=0.2,
        level="mid",
        acceptable=["mid"],
        notes="Spanish CV, python-docx -> LibreOffice. OLD: 'Actualizado: octubre de 2021' under the name is the truth "
        "(PDF rendered December 2026). Role line is 'ORG · Title' then a tab to right-aligned italic Spanish dates: "
        "'ene. 2021 – actualidad', 'marzo 2018 – diciembre 2020', 'sept. 2016 – feb. 2018', '2019 – presente'. Bullets "
        "are a typed '▪' + tab with a hanging indent (not a Word list). Headings are bold red uppercase paragraphs. The "
        "18-month 'Becaria ... (prácticas)' is an internship (a reader counting it as a job would get 5.1 y). Decimal "
        "comma ('AUC 0,81'). Bullets: 9 experience (4+3+2) + 1 volunteer.",
    ),
    dict(
        file="13-grosskreutz-de-lebenslauf.pdf",
        as_of="2020-05",
        as_of_source="visible-date",
        headings=["Persönliche Daten", "Berufserfahrung", "Ausbildung", "Kenntnisse", "Sprachen", "Ehrenamt"],
        roles=[
            R("Senior Data Scientist", "Rheintal Versicherung AG", "2019-03", "present", "job", "PM"),
            R("Data Scientist", "Kranich Logistik GmbH", "2015-07", "2019-02", "job", "PM"),
            R("Werkstudent Datenanalyse", "Institut für Angewandte Datenanalyse", "2013-10", "2015-06", "internship"),
            R("Mentor", "Data-Science-Stammtisch Köln e. V.", "2018-03", "present", "volunteer"),
        ],
        bullets=9,
        tol=0.2,
        level="mid",
        acceptable=["mid", "senior"],
        notes="German tabular Lebenslauf (pdflatex): dates in a 3.3 cm left column, 'Title' bold then 'Org, City' below. "
        "OLD: 'Köln, Stand: Mai 2020' at the bottom and \\pdfinfo 2020-05-12 agree. Dates: 'seit 03/2019' (open-ended, "
        "means present), '07/2015 -- 02/2019', 'Okt. 2013 -- Juni 2015' which WRAPS in the narrow date column "
        "('Okt. 2013 – Juni' / '2015'), 'März 2018 -- heute'. Werkstudent (working student during the M.Sc.) is "
        "treated as an internship. 'Persönliche Daten' block with birth year. Bullets are en-dash labels. Bullets: "
        "Berufserfahrung 8 (3+3+2) + Ehrenamt 1.",
    ),
    dict(
        file="14-desrosiers-fr-html.pdf",
        as_of="2025-02",
        as_of_source="visible-date",
        headings=["Expérience professionnelle", "Enseignement", "Formation", "Compétences", "Langues", "Centres d’intérêt"],
        roles=[
            R("Ingénieure Machine Learning Senior", "Lumiéra Santé", "2021-09", "present", "job", "PM"),
            R("Ingénieure Machine Learning", "Atelier Numérique Brisac", "2019-01", "2021-08", "job", "PM"),
            R("Stagiaire Data Scientist", "Banque Cévenole", "2018-02", "2018-07", "internship"),
            R("Chargée de TD « Apprentissage statistique »", "Université de Valmont", "2022", "present", "teaching"),
        ],
        bullets=9,
        tol=0.2,
        level="senior",
        acceptable=["mid", "senior"],
        notes="French CV, Chromium, EB Garamond. Headings in CSS small caps: pdftotext splits accented small caps "
        "('Expé rience professionnelle', 'Centres d’inté rê t'). 'Mis à jour le 3 février 2025' under the contact "
        "line is the truth (PDF rendered December 2026). French abbreviated months with full stops and a curly "
        "apostrophe in the present word: 'sept. 2021 – aujourd’hui', 'janv. 2019 – août 2021', "
        "'févr. 2018 – juil. 2018', '2022 – aujourd’hui'. Title line with right-aligned dates, org + city on the "
        "next line. The Enseignement entry (teaching, year-only, overlapping the senior job) is prose and excluded "
        "from years. Bullets: 9 (4+3+2).",
    ),
    dict(
        file="15-mwangi-resume.md",
        as_of="2024-03",
        as_of_source="visible-date",
        headings=["Summary", "Employment", "Research", "Publications", "Education", "Skills"],
        roles=[
            R("Research Engineer", "Kelpie AI", "2021-10", "present", "job", "PM"),
            R("Machine Learning Engineer", "Sablewood Analytics", "2019", "2021", "job", "PM"),
            R("Research Assistant", "Kilima University NLP Group", "2017", "2019", "research"),
        ],
        bullets=10,
        tol=0.5,
        level="mid",
        acceptable=["mid"],
        notes="Markdown file kept as is (no rendering). '# Name' is the name, sections are '##', roles are '### Title — Org' "
        "with the dates on their own italic line below ('*Oct 2021 – Present* · Nairobi / remote', '*2019–2021*'). "
        "'_Last updated: 2024-03-02_' near the top is the truth. Mixed bullet forms: '-' list with two nested '  -' "
        "sub-bullets, a '1.'-'3.' numbered list, and numbered Publications (not counted). The year-only MLE role "
        "(2019–2021 -> mid-2019..mid-2021) leaves a 3-month gap before Oct 2021; if read as ending Dec 2021 it would "
        "overlap, hence tolerance 0.5. RA role during the BSc is research (excluded). Bullets: Employment 8 (3+2 "
        "nested, 3 numbered) + Research 2.",
    ),
    dict(
        file="16-ilic-resume.txt",
        as_of="2021-02",
        as_of_source="visible-date",
        headings=["SUMMARY", "EXPERIENCE", "EDUCATION", "SKILLS", "LANGUAGES", "REFERENCES"],
        roles=[
            R("Machine Learning Engineer", "Stellwerk Mobility d.o.o.", "2019-08", "present", "job", "PM"),
            R("Software Developer", "Pixelgrad Studio", "2017-01", "2019-07", "job", "P"),
            R("Teaching Assistant, Digital Signal Processing", "Faculty of Technical Sciences, University of Petrovaradin", "2015-10", "2016-06", "teaching"),
            R("Student Research Assistant, Signal Processing Lab", "Faculty of Technical Sciences, University of Petrovaradin", "2014-03", "2015-09", "research"),
        ],
        bullets=11,
        tol=0.2,
        level="mid",
        acceptable=["junior", "mid"],
        notes="Plain-text file with ALL-CAPS headings. EXPERIENCE has two ALL-CAPS sub-headings, PROFESSIONAL and ACADEMIC, "
        "which look exactly like section headings but are not sections (not listed). Each entry starts with the date "
        "line BEFORE the title: 'Aug-19 to Now' (two-digit year, 'Now'), 'Jan 2017 - Jul 2019', 'Oct 2015 - Jun 2016', "
        "'Mar 2014 - Sep 2015'; then title line, then 'Org, City'. '*' bullets with '-' nested sub-bullets (2). "
        "'Updated on 2021-02-14' under the contact line is the truth. Education lines use year ranges in a column. "
        "'REFERENCES: Available on request.' has no names. Academic TA and student RA excluded. ML only since 2019 "
        "(1.5 y) while professional time is 4.1 y. Bullets: PROFESSIONAL 8 (3+2 nested+3), ACADEMIC 3 (1+2).",
    ),
    dict(
        file="17-castellanos-long-word.pdf",
        as_of="2023-11",
        as_of_source="visible-date",
        headings=["Summary", "Experience", "Research Experience", "Earlier Career", "Selected Publications", "Patents", "Invited Talks", "Education", "Service", "Skills"],
        roles=[
            R("Principal Applied Scientist", "Calder Ridge Technologies", "2020-04", "present", "job", "PM"),
            R("Senior Applied Scientist", "Calder Ridge Technologies", "2017-01", "2020-03", "job", "PM"),
            R("Applied Scientist", "Fennimore Retail", "2014-07", "2016-12", "job", "PM"),
            R("Postdoctoral Fellow", "Department of Statistics, Easterbrook University", "2012-09", "2014-06", "research", "PM"),
            R("Graduate Research Assistant", "Easterbrook University", "2007-09", "2012-08", "research"),
            R("Research Intern", "Orison Labs", "2010-05", "2010-08", "internship"),
            R("Actuarial Assistant", "Pemberton Mutual", "2005-06", "2007-08", "job", "P"),
        ],
        bullets=24,
        tol=0.2,
        level="principal",
        acceptable=["staff", "principal"],
        notes="Three-page Word CV (python-docx -> LibreOffice, Letter). Footer on every page: 'Ifeoma Castellanos — CV — "
        "Updated on 2023-11-06 — Page N of 3'; that footer date is the truth (PDF CreationDate December 2026), and "
        "the footer text repeats inside the extracted text of every page. Full month names ('September 2012 – "
        "June 2014', 'April 2020 – Present'). Promotion: company line 'Calder Ridge Technologies, Boston, MA' with two "
        "italic titles below, each with right-aligned dates; other roles are one line 'Title, Org — City' + dates. The "
        "Research Experience section holds a postdoc (counted), a 5-year GRA (excluded) and an internship overlapping "
        "it. The dated non-ML 'Earlier Career' job counts professional. Section order puts Research Experience and "
        "Earlier Career after Experience, so roles are not in date order. Numbered publications (8), patents, talks "
        "and service are not counted. Bullets: Experience 15 (7 incl. 2 nested, 4, 4), Research 8 (3+3+2), Earlier "
        "Career 1.",
    ),
    dict(
        file="18-delacroix-hayes-founder.pdf",
        as_of="2016-08",
        as_of_source="pdf-creation",
        headings=["Entrepreneurship", "Employment History", "Education", "Awards", "Technical Skills"],
        roles=[
            R("Co-founder & CTO", "Quarry Lane Labs", "2014-10", "present", "founder", "PM"),
            R("Data Engineer", "Hollis & Crane Media", "2011-06", "2014-09", "job", "P"),
            R("Software Engineering Intern", "Hollis & Crane Media", "2010", "2010", "internship"),
        ],
        bullets=8,
        tol=0.2,
        level="mid",
        acceptable=["mid", "senior"],
        notes="OLD plain LaTeX article (pdflatex, Palatino, unnumbered \\section* headings). No visible date: \\pdfinfo "
        "CreationDate 2016-08-22 is the truth, so 'Present' = Aug 2016. Founder role under its own 'Entrepreneurship' "
        "heading, before 'Employment History'. One line per role: '**Title**, *Org, City* ... DATES' with the dates in "
        "small caps, which pdftotext splits ('O CT 2014 – P RESENT', 'S UMMER 2010'); source has 'Oct 2014 -- Present'. "
        "Bullets are ZapfDingbats arrows (pifont \\ding{226}, '➢'). Founder time counted (with ML: recommender); "
        "the data-engineering job is professional, not ML. Bullets: 4 + 3 + 1.",
    ),
]


def main():
    out = []
    for d in DOCS:
        roles = d["roles"]
        rec = {
            "file": d["file"],
            "as_of": d["as_of"],
            "as_of_source": d["as_of_source"],
            "headings": d["headings"],
            "roles": [{k: v for k, v in r.items() if not k.startswith("_")} for r in roles],
            "bullets": d["bullets"],
            "years_professional": merged_years(roles, d["as_of"], "P"),
            "years_tolerance": d["tol"],
            "years_ml": merged_years(roles, d["as_of"], "M"),
            "level_at_as_of": d["level"],
            "acceptable": d["acceptable"],
            "notes": d["notes"],
        }
        out.append(rec)
        print(
            f"{rec['file']:40s} {rec['as_of']} {rec['as_of_source']:13s} roles={len(roles)} bullets={rec['bullets']:2d} "
            f"prof={rec['years_professional']:5.2f} ml={rec['years_ml']:5.2f} {rec['level_at_as_of']}"
        )
    with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
