#!/usr/bin/env python
"""Write README.md from nbs/index.ipynb (nbdev-readme needs Quarto, which is not always installed).

The README is the index notebook's markdown cells, in order, under its title and description; code cells marked
`#| hide` are left out, other code cells are shown as Python blocks, and a PNG/GIF output of a cell is linked from
`nbs/` when the cell saves its figure to a file. `--check` exits 1 if README.md differs from what would be written."""
import json, re, sys
from pathlib import Path

root = Path(__file__).resolve().parent.parent
nb = json.loads((root/'nbs'/'index.ipynb').read_text())

def fix_links(md):
    # notebook links point at the rendered docs pages; images (and result figures) under nbs/ at their repo path
    md = re.sub(r'\]\(((?:experiments/)?[\w-]+)\.ipynb\)', r'](https://uncertainty-curriculum.github.io/uncertainty-curriculum/\1.html)', md)
    return re.sub(r'\]\(((?:images|results)/[^)]+)\)', r'](nbs/\1)', md)

parts = []
for cell in nb['cells']:
    src = ''.join(cell['source'])
    if cell['cell_type'] == 'markdown':
        lines = src.splitlines()
        if lines and lines[0].startswith('# ') and not parts:   # title + description
            desc = [l[2:] for l in lines[1:] if l.startswith('> ')]
            parts.append(lines[0] + '\n\n' + '\n'.join('> ' + d for d in desc))
            continue
        parts.append(fix_links(src))
    elif cell['cell_type'] == 'code' and not re.match(r'\s*#\|\s*(hide|export)', src):
        parts.append('```python\n' + src + '\n```')
readme = ('<!-- Generated from nbs/index.ipynb by tools/sync_readme.py: edit the notebook, then run this script. -->\n\n'
          + '\n\n'.join(p.strip() for p in parts if p.strip()) + '\n')
target = root/'README.md'
if '--check' in sys.argv:
    if not target.exists() or target.read_text() != readme:
        print('README.md is not in step with nbs/index.ipynb: run `python tools/sync_readme.py`'); sys.exit(1)
    print('README.md is in step with nbs/index.ipynb')
else:
    target.write_text(readme); print('wrote', target)
