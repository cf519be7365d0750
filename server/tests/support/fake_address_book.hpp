#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "features/registry/registry.hpp"

namespace clientele::testing {

/// Customers' visiting and postal addresses in memory, behind the registry feature's AddressPort: stands in
/// for the addresses feature in API tests. Thread-safe (the server calls it from its workers).
class FakeAddressBook {
 public:
  struct Applied {
    CustomerId customer;
    registry::AddressKind kind;
    registry::RegistryAddress address;
    std::string source;
  };

  registry::AddressPort Port() {
    registry::AddressPort port;
    port.current = [this](soci::session&, const auth::Principal&, CustomerId id, registry::AddressKind kind) {
      return Get(id, kind);
    };
    port.apply = [this](soci::session&, const auth::Principal&, CustomerId id, registry::AddressKind kind,
                        const registry::RegistryAddress& address, const std::string& source) -> Status {
      std::lock_guard lock(mutex_);
      addresses_[{id.value, kind}] = address;
      applied_.push_back({id, kind, address, source});
      return Ok();
    };
    return port;
  }

  void Set(CustomerId id, registry::AddressKind kind, registry::RegistryAddress address) {
    std::lock_guard lock(mutex_);
    addresses_[{id.value, kind}] = std::move(address);
  }
  std::optional<registry::RegistryAddress> Get(CustomerId id, registry::AddressKind kind) const {
    std::lock_guard lock(mutex_);
    auto it = addresses_.find({id.value, kind});
    if (it == addresses_.end()) return std::nullopt;
    return it->second;
  }
  std::vector<Applied> applied() const {
    std::lock_guard lock(mutex_);
    return applied_;
  }

 private:
  mutable std::mutex mutex_;
  std::map<std::pair<std::int64_t, registry::AddressKind>, registry::RegistryAddress> addresses_;
  std::vector<Applied> applied_;
};

}  // namespace clientele::testing
