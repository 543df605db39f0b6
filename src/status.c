/* status.c -- status messages and the version string. */
#include "tacitus.h"

const char *tac_status_str(tac_status status)
{
    switch (status) {
#define TAC_STATUS_CASE(name, value, text) \
    case name:                             \
        return text;
        TAC_STATUS_LIST(TAC_STATUS_CASE)
#undef TAC_STATUS_CASE
    }
    return "unknown status";
}

const char *tac_version(void)
{
    return TAC_VERSION;
}
