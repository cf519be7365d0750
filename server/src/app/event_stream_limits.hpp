#pragma once

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

#include "platform/events/event_bus.hpp"
#include "platform/util/ids.hpp"

namespace clientele::app {

/// Counts open event streams per user and per organization, so that one user (or one organization) cannot
/// take every place the server has for streams.
class StreamQuota {
 public:
  /// One stream's place; given back when the ticket is destroyed. Holds the counts it came from, so it may
  /// outlive the quota.
  class Ticket {
   public:
    ~Ticket();
    Ticket(const Ticket&) = delete;
    Ticket& operator=(const Ticket&) = delete;

   private:
    friend class StreamQuota;
    struct Counts;
    Ticket(std::shared_ptr<Counts> counts, OrgId org, UserId user)
        : counts_(std::move(counts)), org_(org), user_(user) {}
    std::shared_ptr<Counts> counts_;
    OrgId org_;
    UserId user_;
  };

  StreamQuota(std::size_t max_per_user, std::size_t max_per_org);

  /// A place for one more stream of `user` in `org`; null when either already holds its maximum.
  std::unique_ptr<Ticket> Take(OrgId org, UserId user);

 private:
  const std::size_t max_per_user_;
  const std::size_t max_per_org_;
  std::shared_ptr<Ticket::Counts> counts_;
};

/// Ends event streams at their maximum lifetime, also when nothing is sent on them: one thread closes each
/// subscription when its time is up, which wakes its stream to finish.
class StreamDeadlines {
 public:
  using Clock = std::chrono::steady_clock;

  StreamDeadlines();
  ~StreamDeadlines();
  StreamDeadlines(const StreamDeadlines&) = delete;
  StreamDeadlines& operator=(const StreamDeadlines&) = delete;

  /// Closes `subscription` at `at` unless it was removed first. Returns the key for Remove.
  std::uint64_t Add(Clock::time_point at, std::weak_ptr<events::Subscription> subscription);
  /// Forgets a stream that ended by itself, so that a busy server does not keep an entry an hour per stream.
  void Remove(Clock::time_point at, std::uint64_t key);

 private:
  void Run();

  std::mutex mu_;
  std::condition_variable cv_;
  std::map<std::pair<Clock::time_point, std::uint64_t>, std::weak_ptr<events::Subscription>> due_;
  std::uint64_t next_key_ = 0;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace clientele::app
