#pragma once

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "features/registry/registry_client.hpp"

namespace clientele::testing {

/// The text of a file in server/tests/fixtures/registry (copied from the shared registry fixtures).
std::string ReadRegistryFixture(const std::string& name);

/// A stand-in for both registries (PRH and Brønnøysund) on 127.0.0.1 at a free port. It answers from the
/// fixture files as tests/fixtures/registry/manifest.json routes them, and can be told to answer otherwise,
/// to stall, or to drop connections. It counts the requests it receives.
class FakeRegistry {
 public:
  /// A canned answer.
  struct Answer {
    int status = 200;
    std::string content_type = "application/json";
    std::string body;
    std::map<std::string, std::string> headers;
  };
  /// What the client sent.
  struct Seen {
    std::string method;
    std::string target;
    std::map<std::string, std::string> headers;  // names lower-cased
  };

  FakeRegistry();
  ~FakeRegistry();
  FakeRegistry(const FakeRegistry&) = delete;
  FakeRegistry& operator=(const FakeRegistry&) = delete;

  std::string url() const;
  /// Client settings pointing both registries here.
  registry::RegistryConfig Config(std::chrono::milliseconds timeout = std::chrono::seconds(5)) const;

  /// Answers every request for `country` ("FI" or "NO") with `answer` instead of the manifest.
  void AnswerAll(const std::string& country, Answer answer);
  /// `status` with a fixture file as the body.
  static Answer FromFile(int status, const std::string& file,
                         const std::string& content_type = "application/json");
  /// The manifest's on-demand 429 for FI (text/plain), optionally with a Retry-After header.
  void Throttle(std::optional<std::string> retry_after = std::nullopt);
  /// Holds every request without answering until Release() or the server stops.
  void Stall();
  void Release();
  /// Reads the next `count` requests and closes their connections without answering.
  void DropNext(int count);

  /// Requests received so far (dropped ones included).
  int requests() const;
  std::optional<Seen> last_request() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace clientele::testing
