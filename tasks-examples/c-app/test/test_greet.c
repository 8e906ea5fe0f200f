#include <stdio.h>
#include <string.h>
#include "greet.h"

static int failures = 0;

static void expect(const char *name, const char *want) {
    char got[128];
    greet(name, got, sizeof got);
    if (strcmp(got, want) != 0) {
        printf("FAIL greet(%s): got \"%s\", want \"%s\"\n", name ? name : "NULL", got, want);
        failures++;
    }
}

int main(void) {
    expect("Ada", "Hello, Ada!");
    expect("", "Hello, world!");
    expect(NULL, "Hello, world!");
    printf("%d passed, %d failed\n", 3 - failures, failures);
    return failures ? 1 : 0;
}
