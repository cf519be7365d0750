#include "platform/http/connection_limits.hpp"

namespace clientele::http {

ConnectionSlot::~ConnectionSlot() { limits_->Close(address_); }

std::shared_ptr<ConnectionSlot> ConnectionLimits::TryOpen(std::string address) {
  {
    std::lock_guard lock(mu_);
    if (max_total_ != 0 && total_ >= max_total_) return nullptr;
    std::size_t& from_address = per_address_[address];
    if (max_per_address_ != 0 && from_address >= max_per_address_) return nullptr;
    ++from_address;
    ++total_;
  }
  return std::make_shared<ConnectionSlot>(shared_from_this(), std::move(address));
}

std::size_t ConnectionLimits::open() const {
  std::lock_guard lock(mu_);
  return total_;
}

void ConnectionLimits::Close(const std::string& address) {
  std::lock_guard lock(mu_);
  --total_;
  auto it = per_address_.find(address);
  if (it != per_address_.end() && --it->second == 0) per_address_.erase(it);
}

}  // namespace clientele::http
