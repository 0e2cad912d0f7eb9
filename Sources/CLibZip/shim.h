#ifndef STARLING_CLIBZIP_SHIM_H
#define STARLING_CLIBZIP_SHIM_H
#include <zip.h>
#endif
