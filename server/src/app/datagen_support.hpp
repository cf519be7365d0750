#pragma once
// What every part of the data generator shares: progress on stderr, batched transactions and the skew that
// picks a record's customer (app/datagen.cpp, datagen_notes.cpp, …).

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <random>
#include <string>

#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::app::datagen {

constexpr std::int64_t kBatch = 5000;

/// Progress on stderr, only when a person watches it.
class Progress {
 public:
  Progress(std::string what, std::int64_t total)
      : what_(std::move(what)), total_(total), start_(std::chrono::steady_clock::now()), tty_(isatty(2)) {}
  void Update(std::int64_t done) {
    if (!tty_) return;
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = secs > 0 ? done / secs : 0;
    const double eta = rate > 0 ? (total_ - done) / rate : 0;
    std::fprintf(stderr, "\r%-10s %9lld / %lld  %8.0f rows/s  ETA %4.0fs", what_.c_str(),
                 static_cast<long long>(done), static_cast<long long>(total_), rate, eta);
  }
  void Done() {
    if (tty_) std::fprintf(stderr, "\n");
  }

 private:
  std::string what_;
  std::int64_t total_;
  std::chrono::steady_clock::time_point start_;
  bool tty_;
};

/// The key accounts: the first 1 in 300 customers (at least one). scripts/bench's skewed scenarios aim at
/// the same ones (server/bench/wrk/common.lua).
inline std::size_t HeavyCustomers(std::size_t count) { return std::max<std::size_t>(1, count / 300); }

/// A record's customer, skewed as real data is but the same at every size: a quarter of all records go to the
/// key accounts (so each holds about as many at S as at L: thousands of tasks, hundreds of contacts and
/// notes), a quarter to the next 5 % of customers, and half spread over everyone.
inline std::size_t PickCustomer(std::mt19937_64& rng, std::size_t count) {
  const std::size_t heavy = HeavyCustomers(count);
  const std::size_t medium = std::max<std::size_t>(1, std::min(count - heavy, count / 20));
  const auto tier = rng() % 4;
  if (tier == 0) return rng() % heavy;
  if (tier == 1 && count > heavy) return heavy + rng() % medium;
  return rng() % count;
}

/// Runs `write(sql, i)` for i in [0, total) in transactions of kBatch rows, with progress.
template <class F>
Result<std::int64_t> InBatches(db::Database& db, const char* what, std::int64_t total, F&& write) {
  Progress progress(what, total);
  for (std::int64_t done = 0; done < total;) {
    const std::int64_t end = std::min(total, done + kBatch);
    auto written = db.Write([&](soci::session& sql) -> Result<std::int64_t> {
      for (std::int64_t i = done; i < end; ++i) write(sql, i);
      return end - done;
    });
    if (!written.ok()) return std::move(written).error();
    done = end;
    progress.Update(done);
  }
  progress.Done();
  return total;
}

}  // namespace clientele::app::datagen
