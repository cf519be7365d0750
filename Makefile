# Clientele: `make run` serves the app with demo data; `make test` runs every test tier.
BUILD_DIR  ?= build
BUILD_TYPE ?= Release
JOBS       ?= $(shell nproc)
DB         ?= sqlite:./data/clientele.db
LISTEN     ?= 127.0.0.1:8080
CLIENTELE  := $(BUILD_DIR)/server/clientele

.PHONY: run test build web deps configure demo bench fmt clean

run: build web
	$(CLIENTELE) serve --db $(DB) --listen $(LISTEN) --load-demo-if-empty

test: build web
	scripts/run-tests $(BUILD_DIR)

deps:
	@scripts/install-deps

configure: deps
	@test -f $(BUILD_DIR)/build.ninja || cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
		$(if $(CI),-DCLIENTELE_WERROR=ON,)

build: configure
	cmake --build $(BUILD_DIR) --parallel $(JOBS)

# npm ci only when package-lock.json changed since the last install.
web/node_modules/.installed: web/package-lock.json
	cd web && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
	touch $@

web: deps web/node_modules/.installed
	cd web && npm run build

demo: build
	$(CLIENTELE) demo --db $(DB)

# Load scenarios (BENCH_SIZE=S|M|L|XL, BENCH_DB=postgresql://…, see scripts/bench) and micro-benchmarks.
bench: build
	$(BUILD_DIR)/server/clientele_micro_bench --benchmark_min_time=0.2
	scripts/bench $(BUILD_DIR)

fmt:
	find server -name '*.cpp' -o -name '*.hpp' | xargs clang-format -i
	cd web && npm run fmt

clean:
	rm -rf $(BUILD_DIR)
