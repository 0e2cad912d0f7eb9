/* The C-speed lower bound for reading a .docx: open the zip with libzip, inflate every
   XML part (the model reads content types, relationships, the main part, comments,
   styles…) and walk each with libxml2's reader, building nothing. Starling's document
   model is measured against this. Usage: baseline FILE... */
#include <libxml/xmlreader.h>
#include <zip.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    long nodes = 0;
    int failed = 0;
    for (int i = 1; i < argc; i++) {
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
    printf("%d files, %ld nodes, %d failed\n", argc - 1, nodes, failed);
    return failed ? 1 : 0;
}
