#!/usr/bin/env bash
# Writes the PDF fonts CapSI embeds, src/report/fonts/Roboto-*.ttf: pdfmake's own Roboto (the same
# four styles it ships) cut down to the Latin characters French text and European names need, and
# without the hinting instructions (PDF viewers draw text without them): a quarter of the full
# files. Run it again only when pdfmake's Roboto or the character list changes, and commit the result;
# tests/unit/report/pdf-fonts.test.ts checks that every character of the app's texts and questionnaires
# is in the fonts.
#
# Needs Debian's python3-fonttools (apt-get install python3-fonttools), run with the system Python.
set -euo pipefail
cd "$(dirname "$0")/.."

SOURCE=node_modules/pdfmake/build/fonts/Roboto
TARGET=src/report/fonts
# Basic Latin and Latin-1 (French accents, « », U+00A0, °, ×), Latin Extended-A (œ Œ Ÿ and the letters
# of European names), spacing modifiers and combining accents, general punctuation (’ – — … •),
# €, ™, − ≈ ≠ ≤ ≥, the replacement character (and arrows, which this Roboto does not have).
UNICODES='U+0000-017F,U+0192,U+0218-021B,U+02BB-02BC,U+02C6-02DD,U+0300-0308,U+0327-0329,U+1E9E,U+2000-206F,U+20AC,U+2122,U+2190-2193,U+2212,U+2215,U+2248,U+2260,U+2264-2265,U+FEFF,U+FFFD'

mkdir -p "$TARGET"
for style in Regular Medium Italic MediumItalic; do
  /usr/bin/python3 -m fontTools.subset "$SOURCE/Roboto-$style.ttf" \
    --unicodes="$UNICODES" \
    --no-hinting --desubroutinize \
    --name-IDs='*' --name-legacy --name-languages='*' \
    --notdef-outline \
    --output-file="$TARGET/Roboto-$style.ttf"
done

# Roboto has no narrow no-break space (U+202F), which French typography puts before ; : ! ? and that
# texts pasted from a word processor carry: it is given the glyph of the thin space (U+2009), as narrow.
/usr/bin/python3 - "$TARGET" <<'PY'
import sys
from fontTools.ttLib import TTFont
for style in ('Regular', 'Medium', 'Italic', 'MediumItalic'):
    path = f'{sys.argv[1]}/Roboto-{style}.ttf'
    font = TTFont(path)
    for table in font['cmap'].tables:
        if table.isUnicode() and 0x2009 in table.cmap:
            table.cmap[0x202F] = table.cmap[0x2009]
    font.save(path)
PY
ls -l "$TARGET"
