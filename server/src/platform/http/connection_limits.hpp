#pragma once

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace clientele::http {

class ConnectionLimits;

/// One open connection counted against the caps; closing it (destroying the slot) gives its place back.
class ConnectionSlot {
 public:
  ConnectionSlot(std::shared_ptr<ConnectionLimits> limits, std::string address)
      : limits_(std::move(limits)), address_(std::move(address)) {}
  ~ConnectionSlot();
  ConnectionSlot(const ConnectionSlot&) = delete;
  ConnectionSlot& operator=(const ConnectionSlot&) = delete;

  const std::string& address() const { return address_; }

 private:
  std::shared_ptr<ConnectionLimits> limits_;  // outlives the server, as a connection's frame may
  std::string address_;
};

/// Counts open connections, in all and per client address, so that one client cannot take every socket
/// and file descriptor of the process. A cap of 0 means no cap.
class ConnectionLimits : public std::enable_shared_from_this<ConnectionLimits> {
 public:
  ConnectionLimits(std::size_t max_total, std::size_t max_per_address)
      : max_total_(max_total), max_per_address_(max_per_address) {}

  /// A slot for a new connection from `address`, or null when it would exceed a cap.
  std::shared_ptr<ConnectionSlot> TryOpen(std::string address);

  std::size_t open() const;

 private:
  friend class ConnectionSlot;
  void Close(const std::string& address);

  const std::size_t max_total_;
  const std::size_t max_per_address_;
  mutable std::mutex mu_;
  std::size_t total_ = 0;
  std::unordered_map<std::string, std::size_t> per_address_;
};

}  // namespace clientele::http
