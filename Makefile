# Makefile -- the one build file of tacitus (GNU make, non-recursive).
#
#   make            build build/tacitus and build/libtacitus.a
#   make demo       install missing Debian packages, build, code examples/
#   make test       unit, spec and CLI tests; then the same under ASan+UBSan
#   make bench      throughput on the shared news corpus -> docs/performance.md
#   make eval       accuracy tables (needs ../shared)
#   make clean

CC      ?= cc
WORDNET ?= /usr/share/wordnet
SHARED  ?= ../shared
WARN    = -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes \
          -Wmissing-prototypes -Wformat=2
ifeq ($(CI),true)
WARN   += -Werror
endif
CFLAGS  ?= -O2 -g
ALL_CFLAGS = -std=c11 $(WARN) $(CFLAGS) -fvisibility=hidden -D_POSIX_C_SOURCE=200809L \
          -Iinclude -Isrc -Ibuild/gen
LDLIBS  = -lutf8proc -lpthread

LIB_SRC = $(wildcard src/*.c)
B       ?= build
LIB_OBJ = $(patsubst src/%.c,$(B)/obj/%.o,$(LIB_SRC))
GEN     = build/gen/morph_tables.inc

.PHONY: all demo test unit spec cli-test asan-test dict-check bench eval clean deps

all: $(B)/tacitus

deps:
	@sh scripts/install-deps.sh

build/gen_morph: tools/gen_morph.c
	@mkdir -p build
	$(CC) -std=c11 -O2 -o $@ $<

$(GEN): build/gen_morph
	@mkdir -p build/gen
	@test -f $(WORDNET)/index.verb || { echo "WordNet data not found in $(WORDNET): run 'make deps' (Debian package wordnet-base)"; exit 1; }
	build/gen_morph $(WORDNET) > $@.tmp && mv $@.tmp $@

$(B)/obj/%.o: src/%.c $(wildcard src/*.h) include/tacitus.h $(GEN)
	@mkdir -p $(B)/obj
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/libtacitus.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(B)/tacitus: cli/main.c $(B)/libtacitus.a
	$(CC) $(ALL_CFLAGS) -o $@ cli/main.c $(B)/libtacitus.a $(LDLIBS)

# ---- tests -------------------------------------------------------------
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))

$(B)/tests/%: tests/unit/%.c $(B)/libtacitus.a tests/unit/test.h
	@mkdir -p $(B)/tests
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(B)/libtacitus.a $(LDLIBS)

$(B)/spec_runner: tests/spec_runner.c $(B)/libtacitus.a
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libtacitus.a $(LDLIBS)

unit: $(UNIT_BIN)
	@for t in $(UNIT_BIN); do $$t || exit 1; done

spec: $(B)/spec_runner
	$(B)/spec_runner data/dict tests/spec/*.spec

dict-check: $(B)/tacitus
	$(B)/tacitus dict check data/dict

cli-test: $(B)/tacitus
	sh tests/cli.sh $(B)/tacitus

# The whole suite: a normal build, then the same tests under ASan+UBSan.
test:
	$(MAKE) --no-print-directory B=build unit spec dict-check cli-test
	$(MAKE) --no-print-directory asan-test
	@echo "all tests passed"

asan-test:
	$(MAKE) --no-print-directory B=build/asan \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDLIBS="-lutf8proc -lpthread -fsanitize=address,undefined" unit spec cli-test

demo: deps all
	@echo "== coding examples/ =="
	$(B)/tacitus code --format tsv examples/ | cut -f1,4,6,10,14,16 | column -t -s "$$(printf '\t')"

bench: $(B)/tacitus
	sh bench/bench.sh $(B)/tacitus $(SHARED)

eval: $(B)/tacitus
	sh tools/eval.sh $(B)/tacitus $(SHARED)

clean:
	rm -rf build
