# The commands of the README. They install missing Debian packages first.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
ASAN_DIR ?= build-asan
FUZZ_DIR ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_COV_DIR ?= build-fuzz-cov
JOBS ?= $(shell nproc)
# Any sanitizer report ends the program with an error, so the test that ran it fails. Leaks count too: the suite has
# none, and what Qt and fontconfig still hold at exit is reachable, which LeakSanitizer does not report.
SANITIZER_ENV = ASAN_OPTIONS=halt_on_error=1:detect_leaks=1 \
	UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

.PHONY: all deps configure build run test test-asan fuzz-build fuzz fuzz-regress fuzz-coverage format package bench \
	clean

all: build

deps:
	@./scripts/install-deps

configure: deps
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

# The window, with the default deployment (Exchange 2019 with an Edge Transport server).
run: build
	@$(BUILD_DIR)/bin/portolan

test: build
	@cmake --build $(BUILD_DIR) --target check-format
	@cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The whole suite again, built (Debug) with AddressSanitizer and UndefinedBehaviorSanitizer in a build dir of its own.
test-asan: deps
	@cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPORTOLAN_SANITIZE=ON \
		-DPORTOLAN_BUILD_BENCHMARKS=OFF >/dev/null
	@cmake --build $(ASAN_DIR) -j $(JOBS)
	@cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen $(SANITIZER_ENV) ctest --output-on-failure -j $(JOBS)

# The Debian package of the programs: $(BUILD_DIR)/portolan_<version>_<arch>.deb (cmake/debianpackage.cmake).
package: build
	@cd $(BUILD_DIR) && cpack -G DEB

# The libFuzzer harnesses of fuzz/ (clang, AddressSanitizer and UndefinedBehaviorSanitizer) in a build dir of their own
# that holds only the model, the probe and the harnesses. `make fuzz` runs each for FUZZ_SECONDS, two at a time;
# `make fuzz-regress` runs every seed input once through its harness (fuzz/run).
fuzz-build: deps
	@cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ -DPORTOLAN_FUZZ=ON \
		-DPORTOLAN_BUILD_BENCHMARKS=OFF >/dev/null
	@cmake --build $(FUZZ_DIR) -j $(JOBS)

fuzz: fuzz-build
	@fuzz/run fuzz $(FUZZ_DIR) $(FUZZ_SECONDS)

fuzz-regress: fuzz-build
	@fuzz/run regress $(FUZZ_DIR)

# What the harnesses reach in the source: the same harnesses built for llvm-cov (no sanitizers) in a build dir of their
# own, run over their seeds and what `make fuzz` found in $(FUZZ_DIR); a report per target, the total over model/ and
# probe/, and $(FUZZ_COV_DIR)/coverage/html/index.html (fuzz/run coverage). Not part of CI.
fuzz-coverage: deps
	@cmake -S . -B $(FUZZ_COV_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=clang++ -DPORTOLAN_FUZZ=ON \
		-DPORTOLAN_FUZZ_COVERAGE=ON -DPORTOLAN_BUILD_BENCHMARKS=OFF >/dev/null
	@cmake --build $(FUZZ_COV_DIR) -j $(JOBS)
	@fuzz/run coverage $(FUZZ_COV_DIR) $(FUZZ_DIR)

format: configure
	@cmake --build $(BUILD_DIR) --target format

bench: build
	@$(BUILD_DIR)/tests/bench/bench_matrix --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_firewallplan --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_grade --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_firewall --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_scene --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_open --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_probe --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_filtered
	@$(BUILD_DIR)/tests/bench/bench_liveprobe
	@$(BUILD_DIR)/tests/bench/bench_report

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR) $(FUZZ_COV_DIR)
