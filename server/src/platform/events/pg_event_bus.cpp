#include "platform/events/pg_event_bus.hpp"

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

#include <libpq-fe.h>
#include <spdlog/spdlog.h>

namespace clientele::events {

namespace {

constexpr auto kReconnectDelay = std::chrono::seconds(1);
constexpr auto kStartTimeout = std::chrono::seconds(10);

}  // namespace

/// One libpq connection, closed with its owner.
struct PgEventBus::Connection {
  explicit Connection(const std::string& conninfo) : conn(PQconnectdb(conninfo.c_str())) {}
  ~Connection() { PQfinish(conn); }
  bool ok() const { return conn && PQstatus(conn) == CONNECTION_OK; }
  /// Runs a statement with text parameters; true when it succeeded.
  bool Exec(const char* sql, int n_params = 0, const char* const* params = nullptr) {
    PGresult* result = PQexecParams(conn, sql, n_params, nullptr, params, nullptr, nullptr, 0);
    const auto status = PQresultStatus(result);
    PQclear(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
  }
  PGconn* conn;
};

PgEventBus::PgEventBus(std::string conninfo) : conninfo_(std::move(conninfo)) {
  if (::pipe2(wake_, O_CLOEXEC | O_NONBLOCK) != 0) throw std::runtime_error("event bus: pipe failed");
  listener_ = std::thread([this] { ListenLoop(); });
  std::unique_lock lock(ready_mu_);
  const bool answered = ready_cv_.wait_for(lock, kStartTimeout, [this] { return ready_ || failed_; });
  if (!answered || failed_) {
    lock.unlock();
    StopListening();
    throw std::runtime_error("event bus: cannot LISTEN on the PostgreSQL database");
  }
}

PgEventBus::~PgEventBus() {
  StopListening();
  local_.CloseAll();
}

void PgEventBus::StopListening() {
  if (stopping_.exchange(true)) return;
  const char byte = 1;
  [[maybe_unused]] auto written = ::write(wake_[1], &byte, 1);
  if (listener_.joinable()) listener_.join();
  ::close(wake_[0]);
  ::close(wake_[1]);
}

bool PgEventBus::Notify(const std::string& payload) {
  const char* params[] = {kChannel, payload.c_str()};
  std::lock_guard lock(publish_mu_);
  // A connection of its own: publishing happens after commit, outside any transaction of the pool.
  for (int attempt = 0; attempt < 2; ++attempt) {
    if (!publisher_ || !publisher_->ok()) publisher_ = std::make_unique<Connection>(conninfo_);
    if (publisher_->ok() && publisher_->Exec("SELECT pg_notify($1, $2)", 2, params)) return true;
    publisher_.reset();
  }
  return false;
}

void PgEventBus::Publish(Event event) {
  if (Notify(Serialize(event))) return;
  // The change is committed but its event is lost: close the listeners here, so these pages at least reload.
  spdlog::error("event bus: NOTIFY failed; closing this server's event streams");
  local_.CloseAll();
}

void PgEventBus::Revoke(const Revocation& revocation) {
  // This server's streams end now, without waiting for the round trip; the notification comes back here
  // too and finds nothing left to revoke.
  local_.Revoke(revocation);
  if (Notify(Serialize(revocation))) return;
  // The other servers' streams of this user are not told: they end at their maximum lifetime.
  spdlog::error(
      "event bus: NOTIFY of a revocation failed; other servers keep the user's streams until they expire");
}

void PgEventBus::Deliver(const char* payload) {
  if (auto event = Deserialize(payload))
    local_.Publish(std::move(*event));
  else if (auto revocation = DeserializeRevocation(payload))
    local_.Revoke(*revocation);
  else
    spdlog::warn("event bus: ignored a malformed notification");
}

void PgEventBus::ListenLoop() {
  bool first = true;
  while (!stopping_) {
    if (!ListenOnce() && first) {
      std::lock_guard lock(ready_mu_);
      failed_ = true;
      ready_cv_.notify_all();
      return;
    }
    first = false;
    if (stopping_) return;
    // Whatever was sent while nobody listened is gone: the pages must reload.
    local_.CloseAll();
    pollfd wake{wake_[0], POLLIN, 0};
    ::poll(&wake, 1, static_cast<int>(std::chrono::milliseconds(kReconnectDelay).count()));
  }
}

bool PgEventBus::ListenOnce() {
  Connection connection(conninfo_);
  const std::string listen = std::string("LISTEN ") + kChannel;
  if (!connection.ok() || !connection.Exec(listen.c_str())) {
    spdlog::warn("event bus: cannot LISTEN: {}",
                 connection.conn ? PQerrorMessage(connection.conn) : "no memory");
    return false;
  }
  {
    std::lock_guard lock(ready_mu_);
    ready_ = true;
  }
  ready_cv_.notify_all();
  while (!stopping_) {
    pollfd fds[2] = {{PQsocket(connection.conn), POLLIN, 0}, {wake_[0], POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) continue;
    if (fds[1].revents) return true;
    if (!PQconsumeInput(connection.conn)) {
      spdlog::warn("event bus: the listening connection failed: {}", PQerrorMessage(connection.conn));
      return true;
    }
    while (PGnotify* notify = PQnotifies(connection.conn)) {
      Deliver(notify->extra);
      PQfreemem(notify);
    }
  }
  return true;
}

}  // namespace clientele::events
