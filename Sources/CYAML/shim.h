#ifndef KIZUNA_CYAML_SHIM_H
#define KIZUNA_CYAML_SHIM_H
#include <yaml.h>
#endif
