#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>

#include "platform/util/ids.hpp"

namespace clientele::app {

/// Counts each user's uploads in progress, so that one account cannot fill the spool folder and every worker
/// with parallel uploads. A slot is held from the upload's head until its request is done.
class UploadSlots {
 public:
  explicit UploadSlots(std::size_t max_per_user) : state_(std::make_shared<State>(max_per_user)) {}

  /// A slot for one more upload by `user`, released when the last copy of the pointer goes; null when the
  /// user already has the maximum in progress.
  std::shared_ptr<void> TryAcquire(UserId user);

 private:
  struct State {
    explicit State(std::size_t max) : max_per_user(max) {}
    const std::size_t max_per_user;
    std::mutex mu;
    std::map<std::int64_t, std::size_t> in_progress;  // by user id
  };
  std::shared_ptr<State> state_;  // shared with the slots, which may outlive this object
};

}  // namespace clientele::app
