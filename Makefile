# The two commands of the README. Both install missing Debian packages first.
BUILD_DIR ?= build
BUILD_TYPE ?= Release
JOBS ?= $(shell nproc)

.PHONY: all deps configure build run test format bench clean

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

format: configure
	@cmake --build $(BUILD_DIR) --target format

bench: build
	@$(BUILD_DIR)/tests/bench/bench_matrix --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_scene --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_open --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_probe --benchmark_min_time=0.5
	@$(BUILD_DIR)/tests/bench/bench_liveprobe
	@$(BUILD_DIR)/tests/bench/bench_report

clean:
	rm -rf $(BUILD_DIR)
