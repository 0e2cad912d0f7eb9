/* The C-speed lower bound for reading a .docx: open the zip with libzip, inflate XML
   parts and walk each with libxml2's reader, building nothing. Starling's document model
   and import are measured against this.

   Usage: baseline [--parts all|needed|document] FILE...
     all       every XML part in the package (the default)
     needed    the parts Starling's reader reads: content types, relationships, the main
               part, styles, numbering, comments, headers, footers, foot- and endnotes
     document  word/document.xml only */
#include <libxml/xmlreader.h>
#include <zip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int needed(const char *name) {
    static const char *exact[] = {"[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels", "word/document.xml",
                                  "word/styles.xml", "word/numbering.xml", "word/comments.xml", "word/footnotes.xml",
                                  "word/endnotes.xml", NULL};
    for (int k = 0; exact[k]; k++) if (strcmp(name, exact[k]) == 0) return 1;
    return strncmp(name, "word/header", 11) == 0 || strncmp(name, "word/footer", 11) == 0;
}

int main(int argc, char **argv) {
    long nodes = 0;
    int failed = 0;
    const char *parts = "all";
    int first = 1;
    if (argc > 2 && strcmp(argv[1], "--parts") == 0) { parts = argv[2]; first = 3; }
    for (int i = first; i < argc; i++) {
        int err = 0;
        zip_t *za = zip_open(argv[i], ZIP_RDONLY, &err);
        if (!za) { failed++; continue; }
        zip_int64_t entries = zip_get_num_entries(za, 0);
        for (zip_int64_t e = 0; e < entries; e++) {
            zip_stat_t st;
            zip_stat_init(&st);
            if (zip_stat_index(za, e, 0, &st) != 0) continue;
            size_t len = strlen(st.name);
            if (!(len > 4 && (strcmp(st.name + len - 4, ".xml") == 0 || strcmp(st.name + len - 5, ".rels") == 0))) continue;
            if (strcmp(parts, "needed") == 0 && !needed(st.name)) continue;
            if (strcmp(parts, "document") == 0 && strcmp(st.name, "word/document.xml") != 0) continue;
            zip_file_t *zf = zip_fopen_index(za, e, 0);
            char *buffer = malloc(st.size + 1);
            zip_int64_t n = zip_fread(zf, buffer, st.size);
            zip_fclose(zf);
            xmlTextReaderPtr reader = xmlReaderForMemory(buffer, (int)n, st.name, NULL, XML_PARSE_NONET);
            while (xmlTextReaderRead(reader) == 1) nodes++;
            xmlFreeTextReader(reader);
            free(buffer);
        }
        zip_discard(za);
    }
    printf("%d files, %ld nodes, %d failed\n", argc - first, nodes, failed);
    return failed ? 1 : 0;
}
