# Starling: the two commands a newcomer runs are `make run` and `make test`.
# Both install missing system packages first when they can (Debian, as root).

SWIFT      ?= swift
STORE      ?= starling.sqlite
BIN         = .build/release/starling
# Needed to build: the C libraries Starling wraps, and pkg-config to find them.
BUILD_DEPS  = pkg-config:pkg-config libxml2-dev:libxml-2.0 libzip-dev:libzip libsqlite3-dev:sqlite3
# Needed by the tests only: pandoc cross-checks the text Starling reads; Python's jsonschema
# checks import's output against Schemas/records.schema.json.
TEST_TOOLS  = pandoc
PYTHON_JSONSCHEMA = /usr/bin/python3 -c 'import jsonschema' 2>/dev/null || python3 -c 'import jsonschema' 2>/dev/null

.PHONY: all deps test-deps build run test bench samples clean fuzz

all: build

deps:
	@missing=""; \
	for pair in $(BUILD_DEPS); do \
	  pkg=$${pair%%:*}; pc=$${pair##*:}; \
	  if [ "$$pc" = pkg-config ]; then command -v pkg-config >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	  else pkg-config --exists $$pc 2>/dev/null || missing="$$missing $$pkg"; fi; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "Missing system packages:$$missing"; \
	    echo "Install them with: sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi

test-deps: deps
	@missing=""; for tool in $(TEST_TOOLS); do command -v $$tool >/dev/null 2>&1 || missing="$$missing $$tool"; done; \
	$(PYTHON_JSONSCHEMA) || missing="$$missing python3-jsonschema"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "Installing test tools:$$missing"; \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null || \
	      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null); \
	  else \
	    echo "Test tools missing:$$missing (install them with: sudo apt-get install -y$$missing;"; \
	    echo "  without pandoc its cross-check is skipped; without python3-jsonschema the records schema test fails)"; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c release --product starling

# Imports and validates every sample form into the embedded SQLite store ($(STORE)) and
# prints a summary. Some samples are inadmissible on purpose, so validate's exit code 1 is
# expected here.
run: build
	@mkdir -p out
	@echo "== Migrating Samples/ into $(STORE) =="
	@$(BIN) migrate Samples --store $(STORE)
	@echo "== What the store holds =="
	@$(BIN) stats --store $(STORE)
	@echo "== Admissibility of each sample =="
	@$(BIN) validate Samples | grep -E ': (admissible|inadmissible)|checked' || true
	@$(BIN) import Samples --out out/records.json
	@echo "Records also written to out/records.json"

# The store tests run against SQLite and a real PostgreSQL server on loopback.
export STARLING_TEST_POSTGRES_URL ?= postgres://starling:starling@127.0.0.1:5432/postgres
# Where that script leaves a client certificate for the role that logs in only with one.
export STARLING_TEST_POSTGRES_TLS ?= /var/lib/postgresql/starling-test-tls

# The fidelity suite's small run (Tests/Fidelity): forms in every layout family written by
# python-docx, pandoc and the suite's own WordprocessingML writer, read by the debug build
# and held to issue 11's thresholds. The larger run, with LibreOffice, is `make fidelity`.
FIDELITY_TEST_COUNT ?= 90
FIDELITY_TEST_SEED  ?= 7
FIDELITY_THRESHOLDS  = --min-fields 99 --min-statements 99 --min-actions 98 --min-text 99.5 \
                       --min-blocking-precision 97 --min-blocking-recall 97 --max-clean-blocked 1

test: test-deps
	@scripts/postgres-for-tests.sh
	$(SWIFT) build --build-tests
	@python3 -c 'import docx' 2>/dev/null || python3 -m pip install -q python-docx
	@dir=$$(mktemp -d /tmp/starling-fidelity.XXXXXX); \
	python3 Tests/Fidelity/generate.py --out $$dir --count $(FIDELITY_TEST_COUNT) --seed $(FIDELITY_TEST_SEED) --no-libreoffice >/dev/null && \
	python3 Tests/Fidelity/score.py $$dir --starling .build/debug/starling $(FIDELITY_THRESHOLDS) >$$dir/score.txt 2>&1; \
	rc=$$?; grep -A2 '^total' $$dir/score.txt; tail -n 3 $$dir/score.txt; \
	if [ $$rc -ne 0 ]; then cat $$dir/score.txt; echo "Fidelity below the thresholds; forms kept in $$dir"; exit $$rc; fi; rm -rf $$dir
	$(SWIFT) test --skip-build

bench: build
	$(MAKE) -C Benchmarks

samples:
	python3 Samples/generator/generate.py

clean:
	rm -rf .build

# Fidelity suite (Tests/Fidelity/README.md): generates ~160 forms in every layout family with
# a fixed seed, reads them with the release binary and prints how much it got right, per family
# and per program; `make test` runs a smaller set. FIDELITY_ARGS passes thresholds to the scorer.
FIDELITY_COUNT ?= 160
FIDELITY_SEED  ?= 2026
FIDELITY_ARGS  ?= $(FIDELITY_THRESHOLDS)
.PHONY: fidelity
fidelity: test-deps
	@python3 -c 'import docx' 2>/dev/null || python3 -m pip install -q python-docx || \
	  echo "python-docx missing: its forms are written by the suite's own writer instead"
	@command -v soffice >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui >/dev/null 2>&1; } || \
	  echo "soffice missing: no LibreOffice round trip"
	$(SWIFT) build -c release --product starling
	@dir=$$(mktemp -d /tmp/starling-fidelity.XXXXXX); \
	python3 Tests/Fidelity/generate.py --out $$dir --count $(FIDELITY_COUNT) --seed $(FIDELITY_SEED) && \
	python3 Tests/Fidelity/score.py $$dir --starling $(BIN) --json $$dir/fidelity.json $(FIDELITY_ARGS); \
	rc=$$?; echo "Forms, truth and details: $$dir"; exit $$rc

# libFuzzer harnesses for every reader of untrusted bytes (Fuzz/README.md): each runs for
# FUZZ_SECONDS (default 300), or FUZZ_RUNS executions; exit 1 when one finds a crash.
fuzz: deps
	@scripts/fuzz.sh
