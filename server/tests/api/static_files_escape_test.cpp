// Finding 1 of the security review: no request path reaches a file outside the web folder.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "support/raw_http.hpp"
#include "support/test_server.hpp"

namespace clientele::testing {
namespace {

namespace fs = std::filesystem;

fs::path MakeWebDir() {
  std::random_device random;
  const auto dir = fs::temp_directory_path() / ("clientele-web-" + std::to_string(random()));
  fs::create_directories(dir / "assets");
  std::ofstream(dir / "index.html") << "<!doctype html><title>Clientele</title>";
  std::ofstream(dir / "assets" / "app.js") << "console.log('app')";
  return dir;
}

/// The ways a request path has been written to leave the web folder, for an absolute file name: a second
/// leading slash, an escaped one, dot-dot segments plain, escaped and overlong, and backslashes.
std::vector<std::string> EscapesTo(const fs::path& file) {
  const std::string name = file.string().substr(1);  // without its leading slash
  std::string escaped_slashes, backslashes, up, up_escaped, up_overlong, up_slash_escaped;
  for (char c : name) {
    escaped_slashes += c == '/' ? std::string("%2F") : std::string(1, c);
    backslashes += c == '/' ? std::string("%5C") : std::string(1, c);
  }
  for (int i = 0; i < 12; ++i) {
    up += "../";
    up_escaped += "%2e%2e/";
    up_overlong += "%C0%AE%C0%AE/";
    up_slash_escaped += "..%2F";
  }
  return {"//" + name,
          "///" + name,
          "/%2F" + escaped_slashes,
          "/%2f" + name,
          "/" + up + name,
          "/" + up_escaped + name,
          "/assets/" + up + name,
          "/" + up_slash_escaped + escaped_slashes,
          "/" + up_overlong + name,
          "/%5C" + backslashes,
          "/..%5C..%5C..%5C..%5C..%5C..%5C" + backslashes};
}

class StaticFilesEscapeTest : public ::testing::Test {
 protected:
  StaticFilesEscapeTest() : web_(MakeWebDir()), server_(Options(web_)) {}
  ~StaticFilesEscapeTest() override { fs::remove_all(web_); }

  static TestServer::Options Options(const fs::path& web) {
    TestServer::Options options;
    options.web_dir = web;
    return options;
  }

  /// Asks for `file` in every way; none may answer its content or fall back to the app's shell.
  void ExpectUnreachable(const fs::path& file, const std::string& content_sample) {
    for (const auto& target : EscapesTo(file)) {
      auto response = RawGet(server_.port(), target);
      ASSERT_TRUE(response) << target;
      EXPECT_EQ(response->status, 404) << target;
      EXPECT_EQ(response->body.find(content_sample), std::string::npos) << target;
      EXPECT_EQ(response->body.find("<title>Clientele"), std::string::npos) << target;
    }
  }

  fs::path web_;
  TestServer server_;
};

TEST_F(StaticFilesEscapeTest, ServesTheWebAppItself) {
  auto asset = RawGet(server_.port(), "/assets/app.js");
  ASSERT_TRUE(asset);
  EXPECT_EQ(asset->status, 200);
  EXPECT_EQ(asset->body, "console.log('app')");
  auto route = RawGet(server_.port(), "/customers/42/collaboration");
  ASSERT_TRUE(route);
  EXPECT_EQ(route->status, 200);
  EXPECT_NE(route->body.find("<title>Clientele"), std::string::npos);
}

TEST_F(StaticFilesEscapeTest, NeverServesSystemFiles) {
  ExpectUnreachable("/etc/passwd", "root:");
  ExpectUnreachable("/proc/self/environ", "PATH=");
  ExpectUnreachable("/proc/self/cmdline", "clientele");
}

TEST_F(StaticFilesEscapeTest, NeverServesTheDatabaseOrUploads) {
  const std::string& url = server_.db_url();
  if (url.rfind("sqlite:", 0) == 0) ExpectUnreachable(fs::path(url.substr(7)), "SQLite format 3");
  const auto upload = server_.data_dir() / "files" / "1" / "secret-upload.bin";
  fs::create_directories(upload.parent_path());
  std::ofstream(upload) << "uploaded secret bytes";
  ExpectUnreachable(upload, "uploaded secret");
}

TEST_F(StaticFilesEscapeTest, RefusesNulBytesAndMalformedEscapes) {
  for (const std::string target : {"/%00/etc/passwd", "/assets/app.js%00.png", "/%zz",
                                   "/%C0%AF"
                                   "etc/passwd"}) {
    auto response = RawGet(server_.port(), target);
    ASSERT_TRUE(response) << target;
    EXPECT_TRUE(response->status == 400 || response->status == 404) << target << ": " << response->status;
    EXPECT_EQ(response->body.find("root:"), std::string::npos) << target;
  }
}

}  // namespace
}  // namespace clientele::testing
