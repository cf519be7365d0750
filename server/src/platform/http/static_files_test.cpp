#include "platform/http/static_files.hpp"

#include <fstream>
#include <random>

#include <gtest/gtest.h>

namespace clientele::http {
namespace {

namespace fs = std::filesystem;

TEST(SafeRelativePath, KeepsOrdinaryPaths) {
  EXPECT_EQ(SafeRelativePath("/"), "");
  EXPECT_EQ(SafeRelativePath("/index.html"), "index.html");
  EXPECT_EQ(SafeRelativePath("/assets/app-1a2b.js"), "assets/app-1a2b.js");
  EXPECT_EQ(SafeRelativePath("/customers/42/collaboration"), "customers/42/collaboration");
  EXPECT_EQ(SafeRelativePath("/asiakkaat/\xC3\xA4"), "asiakkaat/\xC3\xA4");
}

// Request paths arrive percent-decoded: "/%2Fetc%2Fpasswd" is "//etc/passwd" here, "%2e%2e" is "..",
// "..%2F" is "../", "%5C" is a backslash and "%C0%AE" the overlong form of ".".
TEST(SafeRelativePath, RefusesEveryWayOutOfTheWebFolder) {
  for (const char* path : {"//etc/passwd", "///etc/passwd", "/a//b", "/..", "/../etc/passwd",
                           "/assets/../../x", "/assets/./app.js", "/.", "/a/..", "/..\\etc", "/a\\b",
                           "/\\etc\\passwd", "/\xC0\xAE\xC0\xAE/etc/passwd",
                           "/\xC0\xAF"
                           "etc",
                           "/\xE0\x80\xAF"
                           "etc",
                           "/\xFF", "/a\nb", "/a\x7F"}) {
    EXPECT_EQ(SafeRelativePath(path), std::nullopt) << path;
  }
  EXPECT_EQ(SafeRelativePath(std::string_view("/a\0b", 4)), std::nullopt);
  EXPECT_EQ(SafeRelativePath("etc/passwd"), std::nullopt);
  EXPECT_EQ(SafeRelativePath(""), std::nullopt);
}

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device random;
    base_ = fs::temp_directory_path() / ("clientele-static-" + std::to_string(random()));
    web_ = base_ / "web";
    fs::create_directories(web_ / "assets");
    Write(web_ / "index.html", "<html>shell</html>");
    Write(web_ / "assets" / "app.js", "console.log(1)");
    Write(base_ / "secret.txt", "top secret");
    fs::create_directory_symlink(base_, web_ / "outside");
    fs::create_symlink(base_ / "secret.txt", web_ / "assets" / "linked.js");
  }
  void TearDown() override { fs::remove_all(base_); }

  static void Write(const fs::path& file, const std::string& text) { std::ofstream(file) << text; }

  std::optional<Response> Get(const std::string& path) const {
    Request request;
    request.path = path;
    return StaticFiles(web_).Serve(request);
  }

  fs::path base_;
  fs::path web_;
};

TEST_F(StaticFilesTest, StreamsFilesFromTheWebFolderWithTheirType) {
  auto asset = Get("/assets/app.js");
  ASSERT_TRUE(asset);
  EXPECT_EQ(asset->file, fs::canonical(web_ / "assets" / "app.js"));
  EXPECT_TRUE(asset->body.empty());
  EXPECT_EQ(asset->headers.Get("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(asset->headers.Get("Cache-Control"), "public, max-age=31536000, immutable");
  auto root = Get("/");
  ASSERT_TRUE(root);
  EXPECT_EQ(root->file, fs::canonical(web_ / "index.html"));
}

TEST_F(StaticFilesTest, AnswersClientRoutesWithTheShellButNotMissingAssets) {
  auto route = Get("/customers/42/collaboration");
  ASSERT_TRUE(route);
  EXPECT_EQ(route->file, fs::canonical(web_ / "index.html"));
  EXPECT_EQ(route->headers.Get("Cache-Control"), "no-cache");
  EXPECT_FALSE(Get("/assets/missing.js"));
  EXPECT_FALSE(Get("/missing.png"));
}

TEST_F(StaticFilesTest, NeverServesAFileOutsideTheWebFolder) {
  const std::string secret = (base_ / "secret.txt").string();
  const std::vector<std::string> paths = {
      "/" + secret,          "//" + secret.substr(1), "/../secret.txt", "/assets/../../secret.txt",
      "/outside/secret.txt", "/assets/linked.js",     "//etc/passwd",   "/..\\secret.txt"};
  for (const auto& path : paths) {
    EXPECT_FALSE(Get(path)) << path;  // and no fallback to the shell either
  }
}

}  // namespace
}  // namespace clientele::http
