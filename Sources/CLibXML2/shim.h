#ifndef STARLING_CLIBXML2_SHIM_H
#define STARLING_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU, whose headers clash with Foundation's own copy of ICU.
   Starling never touches the ICU-typed encoding structs, so hide ICU from the headers. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlIO.h>
#include <libxml/tree.h>
#include <libxml/entities.h>

/* libxml2 calls its error and I/O hooks through function pointers with
   variadic or context arguments; these helpers keep the C side simple. */

/* Loader that refuses every external resource: DTDs, entities, XIncludes,
   schema imports. libxml2 2.9.14 has no XML_PARSE_NO_XXE, so this is the
   defence that works on it. */
static xmlParserInputPtr starling_refuse_external(const char *url, const char *id,
                                                  xmlParserCtxtPtr ctxt) {
    (void)url; (void)id; (void)ctxt;
    return NULL;
}

static inline void starling_install_no_network_loader(void) {
    xmlSetExternalEntityLoader(starling_refuse_external);
}

/* Silences libxml2's default printing to stderr; errors are collected
   through structured handlers instead. */
static void starling_ignore_generic(void *ctx, const char *msg, ...) {
    (void)ctx; (void)msg;
}

static inline void starling_silence_generic_errors(void) {
    xmlSetGenericErrorFunc(NULL, starling_ignore_generic);
}

/* xmlFree is a macro over a per-thread function pointer when libxml2 is built
   with threads, which Swift cannot call directly. */
static inline void starling_xml_free(void *pointer) {
    xmlFree(pointer);
}

#endif
