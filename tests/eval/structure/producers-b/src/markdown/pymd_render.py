"""Render a Markdown resume to standalone HTML with Python-Markdown.

usage: python pymd_render.py IN.md STYLESHEET_URL OUT.html TITLE
"""

import sys

import markdown

src, css, out, title = sys.argv[1:5]
body = markdown.markdown(open(src, encoding="utf-8").read(), extensions=["attr_list", "sane_lists", "smarty"])
with open(out, "w", encoding="utf-8") as fh:
    fh.write(f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title><link rel="stylesheet" href="{css}"></head>
<body style="position:relative">{body}</body></html>""")
