#include "app/event_stream_limits.hpp"

#include <vector>

namespace clientele::app {

struct StreamQuota::Ticket::Counts {
  std::mutex mu;
  std::map<std::pair<std::int64_t, std::int64_t>, std::size_t> by_user;  // by (organization, user)
  std::map<std::int64_t, std::size_t> by_org;
};

namespace {

/// Counts down and drops a key at zero, so that the maps hold only users and organizations with streams.
template <class Key>
void Release(std::map<Key, std::size_t>& counts, const Key& key) {
  auto it = counts.find(key);
  if (it != counts.end() && --it->second == 0) counts.erase(it);
}

}  // namespace

StreamQuota::Ticket::~Ticket() {
  std::lock_guard lock(counts_->mu);
  Release(counts_->by_user, std::make_pair(org_.value, user_.value));
  Release(counts_->by_org, org_.value);
}

StreamQuota::StreamQuota(std::size_t max_per_user, std::size_t max_per_org)
    : max_per_user_(max_per_user), max_per_org_(max_per_org), counts_(std::make_shared<Ticket::Counts>()) {}

std::unique_ptr<StreamQuota::Ticket> StreamQuota::Take(OrgId org, UserId user) {
  std::lock_guard lock(counts_->mu);
  const auto user_key = std::make_pair(org.value, user.value);
  auto& for_user = counts_->by_user[user_key];
  auto& for_org = counts_->by_org[org.value];
  if (for_user >= max_per_user_ || for_org >= max_per_org_) {
    if (for_user == 0) counts_->by_user.erase(user_key);
    if (for_org == 0) counts_->by_org.erase(org.value);
    return nullptr;
  }
  ++for_user;
  ++for_org;
  return std::unique_ptr<Ticket>(new Ticket(counts_, org, user));
}

StreamDeadlines::StreamDeadlines() : thread_([this] { Run(); }) {}

StreamDeadlines::~StreamDeadlines() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  cv_.notify_all();
  thread_.join();
}

std::uint64_t StreamDeadlines::Add(Clock::time_point at, std::weak_ptr<events::Subscription> subscription) {
  std::uint64_t key = 0;
  bool earliest = false;
  {
    std::lock_guard lock(mu_);
    key = ++next_key_;
    auto it = due_.emplace(std::make_pair(at, key), std::move(subscription)).first;
    earliest = it == due_.begin();
  }
  if (earliest) cv_.notify_all();
  return key;
}

void StreamDeadlines::Remove(Clock::time_point at, std::uint64_t key) {
  std::lock_guard lock(mu_);
  due_.erase({at, key});
}

void StreamDeadlines::Run() {
  std::unique_lock lock(mu_);
  while (!stopping_) {
    if (due_.empty()) {
      cv_.wait(lock);
      continue;
    }
    const auto next = due_.begin()->first.first;
    if (Clock::now() < next) {
      cv_.wait_until(lock, next);
      continue;
    }
    std::vector<std::weak_ptr<events::Subscription>> expired;
    while (!due_.empty() && due_.begin()->first.first <= Clock::now()) {
      expired.push_back(std::move(due_.begin()->second));
      due_.erase(due_.begin());
    }
    // Closing wakes the stream through its strand; done without the lock, as Add may be waiting for it.
    lock.unlock();
    for (auto& weak : expired)
      if (auto subscription = weak.lock()) subscription->Close();
    lock.lock();
  }
}

}  // namespace clientele::app
