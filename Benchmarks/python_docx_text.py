"""The comparison for `make import`: python-docx extracting the plain text (paragraphs and
table cells) of every .docx in a folder, on one core. Prints files/second."""
import sys
import time
from pathlib import Path

from docx import Document


def text_of(path):
    document = Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def main(folder):
    files = sorted(Path(folder).glob("*.docx"))
    start = time.perf_counter()
    characters = sum(len(text_of(f)) for f in files)
    seconds = time.perf_counter() - start
    print(f"python-docx: {len(files)} files in {seconds:.2f} s, {len(files) / seconds:.0f} files/s ({characters} characters)")


if __name__ == "__main__":
    main(sys.argv[1])
