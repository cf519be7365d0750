#include "app/upload_slots.hpp"

namespace clientele::app {

std::shared_ptr<void> UploadSlots::TryAcquire(UserId user) {
  {
    std::lock_guard lock(state_->mu);
    std::size_t& count = state_->in_progress[user.value];
    if (count >= state_->max_per_user) return nullptr;
    ++count;
  }
  // The slot owns nothing but its release: the deleter gives the place back and deletes nothing.
  return std::shared_ptr<void>(state_.get(), [state = state_, user](void*) {
    std::lock_guard lock(state->mu);
    auto it = state->in_progress.find(user.value);
    if (it != state->in_progress.end() && --it->second == 0) state->in_progress.erase(it);
  });
}

}  // namespace clientele::app
