#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace clientele::app {

struct ServeOptions {
  std::string db_url;
  std::string listen = "127.0.0.1:8080";
  std::string data_dir = "./data";
  std::optional<std::string> web_dir;
  int threads = 4;
  int io_threads = 1;
  std::size_t max_body_bytes = 1 << 20;
  std::size_t max_upload_bytes = 25 * 1024 * 1024;
  std::size_t max_connections = 8192;
  std::size_t max_connections_per_address = 1024;
  std::size_t max_uploads_per_user = 4;
  std::string log_level = "info";
  bool load_demo_if_empty = false;
  std::optional<std::string> public_url;
  std::string registry_fi_url = "https://avoindata.prh.fi";  // PRH / YTJ open data
  std::string registry_no_url = "https://data.brreg.no";     // Brønnøysundregistrene
};

/// Logs go to stderr, so that a command's standard output carries only its answer (an id, a token).
void InitLogging();

/// Each command returns the process exit code: 0 done, 1 failed, 2 bad usage.
int RunServe(const ServeOptions& options, const char* argv0);
int RunMigrate(const std::string& db_url);
int RunOrgAdd(const std::string& db_url, const std::string& name);
int RunUserAdd(const std::string& db_url, const std::string& org, const std::string& email,
               const std::string& name, const std::string& role);
int RunTokenAdd(const std::string& db_url, const std::string& email, const std::string& label);
/// Without a size: the small demo organization. With one (S, M, L, XL): a generated benchmark organization.
int RunDemo(const std::string& db_url, const std::string& size, std::uint64_t seed);

}  // namespace clientele::app
