/* embed.c -- writes a text file as a C string constant, so that data files
 * (the store schema) are compiled into tacitus and it needs nothing at run
 * time. Usage: embed NAME FILE > out.inc */
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: embed NAME FILE\n");
        return 2;
    }
    FILE *f = fopen(argv[2], "rb");
    if (!f) {
        perror(argv[2]);
        return 1;
    }
    /* a byte list, not a string literal: C11 compilers need only accept
     * string literals of 4095 bytes */
    printf("/* generated from %s: do not edit */\nstatic const char %s[] = {", argv[2], argv[1]);
    int c;
    unsigned long n = 0;
    while ((c = getc(f)) != EOF)
        printf("%s%d,", n++ % 20 ? "" : "\n", c);
    printf("\n0};\n");
    int bad = ferror(f);
    fclose(f);
    return bad ? 1 : 0;
}
