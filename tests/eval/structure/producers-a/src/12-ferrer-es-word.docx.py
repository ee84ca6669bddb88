"""Spanish CV (python-docx -> LibreOffice). Bullets are a typed '▪' + tab, as many Word users do.

Visible date "Actualizado: octubre de 2021" is the truth; the PDF is rendered later. Fictional person.
Usage: python3 12-ferrer-es-word.docx.py OUT.docx
"""

import datetime
import sys

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Cm, Pt, RGBColor

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
sec.top_margin = sec.bottom_margin = Cm(1.8)
sec.left_margin = sec.right_margin = Cm(2.0)
normal = doc.styles["Normal"]
normal.font.name = "Liberation Sans"
normal.font.size = Pt(10)
normal.paragraph_format.space_after = Pt(2)
doc.core_properties.author = "Lucía Ferrer Albarrán"
doc.core_properties.language = "es-ES"
doc.core_properties.created = datetime.datetime(2021, 10, 3, 10, 0, 0)
doc.core_properties.modified = datetime.datetime(2021, 10, 17, 18, 30, 0)
RED = RGBColor(0x9B, 0x1C, 0x31)

p = doc.add_paragraph()
r = p.add_run("Lucía Ferrer Albarrán")
r.bold = True
r.font.size = Pt(22)
r.font.color.rgb = RED
p = doc.add_paragraph("Científica de datos · Madrid · lucia.ferrer@example.es · +34 612 555 038")
p = doc.add_paragraph()
r = p.add_run("Actualizado: octubre de 2021")
r.italic = True
r.font.size = Pt(8.5)


def heading(text):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(12)
    p.paragraph_format.space_after = Pt(3)
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(11)
    r.font.color.rgb = RED


def entry(org, title, dates, place, bullets):
    p = doc.add_paragraph()
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17.0), WD_TAB_ALIGNMENT.RIGHT)
    r = p.add_run(org)
    r.bold = True
    p.add_run(" · " + title)
    p.add_run("\t" + dates).italic = True
    q = doc.add_paragraph()
    q.add_run(place).font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    for b in bullets:
        bp = doc.add_paragraph("▪\t" + b)
        pf = bp.paragraph_format
        pf.left_indent = Cm(0.6)
        pf.first_line_indent = Cm(-0.45)
        pf.tab_stops.add_tab_stop(Cm(0.6))


heading("Perfil")
doc.add_paragraph(
    "Matemática y científica de datos con más de tres años de experiencia en el sector asegurador y en consultoría. Me especializo en modelos de tarificación, detección de fraude y series temporales."
)

heading("Experiencia profesional")
entry(
    "Grupo Alcántara Seguros",
    "Científica de Datos Sénior",
    "ene. 2021 – actualidad",
    "Madrid",
    [
        "Responsable de los modelos de detección de fraude en siniestros de automóvil (XGBoost, grafos de relaciones).",
        "Reducción del 18 % en pagos fraudulentos durante el primer semestre de 2021.",
        "Coordino a dos analistas junior y reviso su código.",
        "Diseño de los cuadros de mando de seguimiento de modelos para el área de riesgos.",
    ],
)
entry(
    "Analítica Ibérica Consultores",
    "Científica de Datos",
    "marzo 2018 – diciembre 2020",
    "Madrid",
    [
        "Proyectos de previsión de demanda para clientes de distribución y energía.",
        "Desarrollo de un modelo de abandono de clientes para una operadora de telecomunicaciones (AUC 0,81).",
        "Formación interna en Python y scikit-learn para 30 consultores.",
    ],
)
entry(
    "Banco Mirasierra",
    "Becaria de análisis de datos (prácticas)",
    "sept. 2016 – feb. 2018",
    "Valencia",
    [
        "Automatización de informes de riesgo de crédito con SQL y R.",
        "Apoyo en la validación de modelos de scoring.",
    ],
)

heading("Formación")
doc.add_paragraph("Máster en Ciencia de Datos — Universidad de Levante, 2016 – 2017")
doc.add_paragraph("Grado en Matemáticas — Universidad de Levante, 2012 – 2016")

heading("Idiomas")
doc.add_paragraph("Español (nativo) · Catalán (nativo) · Inglés (C1, Cambridge Advanced) · Francés (B1)")

heading("Conocimientos técnicos")
doc.add_paragraph("Python (pandas, scikit-learn, XGBoost, PyTorch), R, SQL, Spark, Docker, Git, Power BI, AWS")

heading("Voluntariado")
entry(
    "Asociación Datos Abiertos Madrid",
    "Voluntaria",
    "2019 – presente",
    "Madrid",
    [
        "Imparto talleres gratuitos de análisis de datos para ONG del barrio.",
    ],
)

doc.save(sys.argv[1])
