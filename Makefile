# Makefile -- the one build file of tacitus (GNU make, non-recursive).
#
#   make            build build/tacitus and build/libtacitus.a
#   make demo       install missing Debian packages, build, code examples/
#   make test       unit, spec and CLI tests; then the same under ASan+UBSan
#   make bench      throughput on the shared news corpus -> docs/performance.md
#                   (make bench-tabari: only the TABARI dictionaries' line)
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
          -Iinclude -Isrc -Ibuild/gen -I/usr/include/postgresql
LDLIBS  = -lutf8proc -lsqlite3 -lpq -lpthread

LIB_SRC = $(wildcard src/*.c)
B       ?= build
LIB_OBJ = $(patsubst src/%.c,$(B)/obj/%.o,$(LIB_SRC))
GEN     = build/gen/morph_tables.inc build/gen/schema_sql.inc
CLI_SRC = $(wildcard cli/*.c)

.PHONY: lg-experiment all demo test unit spec cli-test actor-breadth tabari-io-test asan-test dict-check bench bench-tabari eval clean deps store-test pg-test stream-test corpus-test \
        hostile-test alloc-test valgrind-test

all: $(B)/tacitus

deps:
	@sh scripts/install-deps.sh

# the generated base-form table is laid out by src/hash.h's tac_hash_bytes;
# the generators build with the library's warnings (-Werror in CI too)
build/gen_morph: tools/gen_morph.c src/hash.h
	@mkdir -p build
	$(CC) -std=c11 $(WARN) -O2 -Isrc -o $@ $<

build/embed: tools/embed.c
	@mkdir -p build
	$(CC) -std=c11 $(WARN) -O2 -o $@ $<

build/gen/schema_sql.inc: data/schema.sql build/embed
	@mkdir -p build/gen
	build/embed tac_schema_sql data/schema.sql > $@.tmp && mv $@.tmp $@

# ... and made from these WordNet files: a new wordnet-base remakes it
WORDNET_FILES = $(wildcard $(addprefix $(WORDNET)/,index.verb index.noun index.adj index.adv \
                  verb.exc noun.exc data.noun))
build/gen/morph_tables.inc: build/gen_morph $(WORDNET_FILES)
	@mkdir -p build/gen
	@test -f $(WORDNET)/index.verb || { echo "WordNet data not found in $(WORDNET): run 'make deps' (Debian package wordnet-base)"; exit 1; }
	build/gen_morph $(WORDNET) > $@.tmp && mv $@.tmp $@

$(B)/obj/%.o: src/%.c $(wildcard src/*.h) $(wildcard include/*.h) $(GEN)
	@mkdir -p $(B)/obj
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(B)/libtacitus.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

$(B)/tacitus: $(CLI_SRC) $(wildcard cli/*.h) $(B)/libtacitus.a
	$(CC) $(ALL_CFLAGS) -Icli -o $@ $(CLI_SRC) $(B)/libtacitus.a $(LDLIBS)

# ---- tests -------------------------------------------------------------
UNIT_SRC = $(wildcard tests/unit/test_*.c)
UNIT_BIN = $(patsubst tests/unit/%.c,$(B)/tests/%,$(UNIT_SRC))

$(B)/tests/%: tests/unit/%.c $(B)/libtacitus.a tests/unit/test.h
	@mkdir -p $(B)/tests
	$(CC) $(ALL_CFLAGS) -Itests/unit -o $@ $< $(B)/libtacitus.a $(LDLIBS)

# The TABARI record reader is CLI code (cli/tabari_text.c): its unit test
# links it beside the library.
$(B)/tests/test_tabari_text: tests/unit/test_tabari_text.c cli/tabari_text.c cli/tabari_text.h \
                             $(B)/libtacitus.a tests/unit/test.h
	@mkdir -p $(B)/tests
	$(CC) $(ALL_CFLAGS) -Itests/unit -Icli -o $@ $< cli/tabari_text.c $(B)/libtacitus.a $(LDLIBS)

# The XML reader of the geocoding suite is CLI code (cli/xml.c) too.
$(B)/tests/test_xml: tests/unit/test_xml.c cli/xml.c cli/xml.h tests/unit/test.h
	@mkdir -p $(B)/tests
	$(CC) $(ALL_CFLAGS) -Itests/unit -Icli -o $@ $< cli/xml.c

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
	sh tests/gazetteer.sh $(B)/tacitus

# Every country's common actor forms, alone and in sentences (tools/actor_breadth.py): fails when
# a phrase or sentence not listed in tests/actor_breadth.known fails. About 2 s.
# After a change that makes a listed one pass: tools/actor_breadth.py --write tests/actor_breadth.known
actor-breadth: $(B)/tacitus
	@if command -v python3 >/dev/null 2>&1; then \
	  python3 tools/actor_breadth.py --tacitus $(B)/tacitus --dict data/dict --check tests/actor_breadth.known; \
	else echo "actor-breadth: skipped (no python3)"; fi

# TABARI records in, TABARI event files out, the TABARI flags (docs/tabari.md).
tabari-io-test: $(B)/tacitus
	SHARED=$(SHARED) sh tests/tabari_io.sh $(B)/tacitus

# The event store (tests/store.sh): SQLite; SMALL=1 uses less news.
store-test: $(B)/tacitus
	SMALL=$(SMALL) sh tests/store.sh $(B)/tacitus

# The same store tests against a throw-away PostgreSQL server (Debian's
# postgresql package; skipped with a message only when it is not installed).
pg-test: $(B)/tacitus
	@d=$$(mktemp -d); url=$$(sh tests/pg-server.sh start $$d/pg); rc=$$?; \
	if [ $$rc -eq 77 ]; then echo "pg-test: $$url"; rm -rf $$d; exit 0; fi; \
	if [ $$rc -ne 0 ]; then echo "pg-test: cannot start PostgreSQL: $$url"; rm -rf $$d; exit 1; fi; \
	SMALL=$(SMALL) sh tests/store.sh $(B)/tacitus "$$url"; rc=$$?; \
	sh tests/pg-server.sh stop $$d/pg; rm -rf $$d; exit $$rc

# tacitus code under GNU parallel --pipe gives the output of one run.
stream-test: $(B)/tacitus
	sh tests/stream.sh $(B)/tacitus

# Every record of the real news corpus coded, in one run (tests/corpus.sh).
corpus-test: $(B)/tacitus
	sh tests/corpus.sh $(B)/tacitus

# Hostile inputs (docs/robustness.md); HOSTILE_ARGS=--asan in sanitizer builds.
hostile-test: $(B)/tacitus
	sh tests/hostile.sh $(B)/tacitus $(HOSTILE_ARGS)

# Allocation-failure injection: a library built with -DTAC_FAULT_INJECTION
# and ASan+LSan, every allocation of a load, a coding run and the writing
# made to fail in turn (tests/alloc_fail.c).
ALLOC_CFLAGS = -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer \
               -fno-sanitize-recover=all -DTAC_FAULT_INJECTION
alloc-test:
	$(MAKE) --no-print-directory B=build/alloc CFLAGS="$(ALLOC_CFLAGS)" \
	  LDLIBS="$(LDLIBS) -fsanitize=address,undefined" build/alloc/alloc_fail
	build/alloc/alloc_fail data/dict
	@if [ -f ../shared/peers/tabari/validation/Validate.project ]; then \
	  build/alloc/alloc_fail ../shared/peers/tabari/validation/Validate.project 7; \
	else echo "alloc_fail: ../shared not found: the TABARI set's run is skipped"; fi

$(B)/alloc_fail: tests/alloc_fail.c $(B)/libtacitus.a
	$(CC) $(ALL_CFLAGS) -o $@ $< $(B)/libtacitus.a $(LDLIBS)

# valgrind memcheck on the unit tests and a few CLI runs (normal build).
VALGRIND = valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite
valgrind-test: $(B)/tacitus $(UNIT_BIN)
	@command -v valgrind >/dev/null 2>&1 || \
	  { echo "valgrind-test: valgrind not found: run 'make deps'"; exit 1; }
	@for t in $(UNIT_BIN); do echo "$(VALGRIND) $$t"; $(VALGRIND) $$t >/dev/null || exit 1; done
	$(VALGRIND) $(B)/tacitus code --dict data/dict examples/ >/dev/null
	$(VALGRIND) $(B)/tacitus code --dict data/dict --format tsv examples/ >/dev/null
	$(VALGRIND) $(B)/tacitus code --dict data/dict --explain -j 2 --stats examples/ >/dev/null
	$(VALGRIND) $(B)/tacitus code --dict data/dict --date 2024-01-02 README.md >/dev/null
	$(VALGRIND) $(B)/tacitus code --dict data/dict --max-doc-bytes 300 examples/ >/dev/null \
	  2>$(B)/valgrind.err; test $$? -eq 1 || { cat $(B)/valgrind.err; exit 1; }
	$(VALGRIND) $(B)/tacitus dict check data/dict >/dev/null
	printf '990101 V1\nPolice arrested\nprotesters. /* a comment */\n\n9913 BAD\ntext\n\n290101 V2\nPolice arrested protesters.\n' \
	  >$(B)/valgrind.tabari
	$(VALGRIND) $(B)/tacitus code --dict data/dict --format tabari -j 2 $(B)/valgrind.tabari \
	  >/dev/null 2>$(B)/valgrind.err; test $$? -eq 1 || { cat $(B)/valgrind.err; exit 1; }
	$(VALGRIND) $(B)/tacitus eval tabari-corpus --shared $(SHARED) >/dev/null; test $$? -le 1
	$(VALGRIND) $(B)/tacitus actor --dict data/dict "Armenian Prime Minister" >/dev/null
	rm -f $(B)/valgrind.db*
	$(VALGRIND) $(B)/tacitus ingest -q --dict data/dict $(B)/valgrind.db examples/
	$(VALGRIND) $(B)/tacitus ingest -q --dict data/dict -j 2 $(B)/valgrind.db examples/
	$(VALGRIND) $(B)/tacitus query $(B)/valgrind.db --mentions --text "talks" >/dev/null
	$(VALGRIND) $(B)/tacitus series $(B)/valgrind.db --by week --svg $(B)/valgrind.svg >/dev/null
	$(VALGRIND) $(B)/tacitus top $(B)/valgrind.db --jsonl --by dyads >/dev/null

# The whole suite: a normal build, then the same tests under ASan+UBSan.
test:
	$(MAKE) --no-print-directory B=build unit spec dict-check cli-test actor-breadth tabari-io-test store-test pg-test \
	  stream-test hostile-test corpus-test valgrind-test
	$(MAKE) --no-print-directory asan-test
	@echo "all tests passed"

asan-test:
	$(MAKE) --no-print-directory B=build/asan \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDLIBS="-lutf8proc -lsqlite3 -lpq -lpthread -fsanitize=address,undefined" unit spec cli-test \
	  tabari-io-test fuzz-replay \
	  hostile-test HOSTILE_ARGS=--asan corpus-test store-test pg-test SMALL=1
	$(MAKE) --no-print-directory alloc-test

demo: deps all
	@echo "== coding examples/ =="
	$(B)/tacitus code --format tsv examples/ | cut -f1,4,6,10,14,16 | column -t -s "$$(printf '\t')"

bench: $(B)/tacitus
	sh bench/bench.sh $(B)/tacitus $(SHARED)

# Only the TABARI part of make bench (prints its table; docs untouched).
bench-tabari: $(B)/tacitus
	sh bench/bench.sh $(B)/tacitus $(SHARED) tabari

eval: $(B)/tacitus
	sh tools/eval.sh $(B)/tacitus $(SHARED)

# ---- experiment: Link Grammar for roles (not built by all, not in test) ----
# Does a syntactic parse pick better sources and targets? Needs Debian's
# liblink-grammar-dev; docs/accuracy.md, "A syntactic parse for roles:
# measured". LG_SPLIT=tune (default) or test (figures only).
LG_SPLIT ?= tune
$(B)/lg_roles: tools/lg_roles.c $(B)/libtacitus.a
	@if [ ! -f /usr/include/link-grammar/link-includes.h ]; then \
	    echo "lg-experiment: Link Grammar is missing (apt-get install liblink-grammar-dev)"; exit 1; fi
	$(CC) $(ALL_CFLAGS) -o $@ tools/lg_roles.c $(B)/libtacitus.a -llink-grammar $(LDLIBS)

lg-experiment: $(B)/tacitus $(B)/lg_roles
	sh tools/lg_experiment.sh $(B) $(SHARED) $(LG_SPLIT)

clean:
	rm -rf build

# ---- fuzzing -------------------------------------------------------------
# One libFuzzer target per untrusted input, fuzz/fuzz_<name>.c; see
# docs/robustness.md. Needs clang and libclang-rt-14-dev; make test does
# not (it runs the replay, built with $(CC)).
#   make fuzz                     build every target into build/fuzz/
#   make fuzz-run T=json SECS=60  fuzz one target on fuzz/corpus/T/; new inputs
#                                 go to build/fuzz/new/T/, findings to
#                                 build/fuzz/artifacts/T/ (FUZZ_OPTS: more flags)
#   make fuzz-replay              every file of fuzz/corpus/T/ and fuzz/crashes/T/
#                                 through every target, without libFuzzer
#                                 (make asan-test runs it under ASan+UBSan)
FUZZ_TARGETS = jsonl dated json token code dict gazetteer
FUZZ_CC     ?= clang
FUZZ_CFLAGS  = -std=c11 $(WARN) -O1 -g -fsanitize=address,undefined \
               -fno-sanitize-recover=all -fno-omit-frame-pointer \
               -D_POSIX_C_SOURCE=200809L -Iinclude -Isrc -Ibuild/gen
FUZZ_LDLIBS  = -lutf8proc -lpthread
# the event store reads no untrusted text and needs the SQL client libraries
FUZZ_LIB_OBJ = $(patsubst src/%.c,build/fuzz/obj/%.o,$(filter-out src/store%,$(LIB_SRC)))
FUZZ_DICT_json  = fuzz/dicts/json.dict
FUZZ_DICT_jsonl = fuzz/dicts/json.dict
FUZZ_DICT_dict  = fuzz/dicts/dict.dict
FUZZ_DICT_dated = fuzz/dicts/text.dict
FUZZ_DICT_token = fuzz/dicts/text.dict
FUZZ_DICT_code  = fuzz/dicts/text.dict
FUZZ_DICT_gazetteer = fuzz/dicts/gazetteer.dict
T    ?= json
SECS ?= 60

.PHONY: fuzz fuzz-run fuzz-replay

fuzz: $(patsubst %,build/fuzz/fuzz_%,$(FUZZ_TARGETS))

build/fuzz/obj/%.o: src/%.c $(wildcard src/*.h) include/tacitus.h $(GEN)
	@mkdir -p build/fuzz/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

build/fuzz/libtacitus.a: $(FUZZ_LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

build/fuzz/fuzz_%: fuzz/fuzz_%.c fuzz/fuzz.h build/fuzz/libtacitus.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -o $@ $< build/fuzz/libtacitus.a $(FUZZ_LDLIBS)

fuzz-run: build/fuzz/fuzz_$(T)
	@mkdir -p build/fuzz/new/$(T) build/fuzz/artifacts/$(T)
	build/fuzz/fuzz_$(T) -max_total_time=$(SECS) -max_len=65536 -timeout=10 \
	  -rss_limit_mb=2048 -artifact_prefix=build/fuzz/artifacts/$(T)/ \
	  $(if $(FUZZ_DICT_$(T)),-dict=$(FUZZ_DICT_$(T))) $(FUZZ_OPTS) \
	  build/fuzz/new/$(T) fuzz/corpus/$(T)

fuzz-replay: $(patsubst %,$(B)/fuzz/replay_%,$(FUZZ_TARGETS))
	@for t in $(FUZZ_TARGETS); do \
	  $(B)/fuzz/replay_$$t $$t fuzz/corpus/$$t fuzz/crashes/$$t || \
	    { echo "fuzz-replay: target $$t FAILED" >&2; exit 1; }; \
	done

$(B)/fuzz/replay_%: fuzz/replay.c fuzz/fuzz_%.c fuzz/fuzz.h $(B)/libtacitus.a
	@mkdir -p $(B)/fuzz
	$(CC) $(ALL_CFLAGS) -o $@ fuzz/replay.c fuzz/fuzz_$*.c $(B)/libtacitus.a $(LDLIBS)
