#include <gtest/gtest.h>

#include <filesystem>

#include "features/files/blob_store.hpp"
#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class FilesTest : public ProjectApiTest {
 protected:
  HttpResult Upload(ApiClient& client, const std::string& path, const std::string& query,
                    const std::string& bytes, const std::string& type = "application/octet-stream") {
    return client.Send("POST", path + "/files" + query, bytes, {{"Content-Type", type}});
  }
  json Uploaded(const std::string& path, const std::string& query, const std::string& bytes,
                const std::string& type = "application/octet-stream") {
    auto r = Upload(admin(), path, query, bytes, type);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  static std::string FilePath(const json& file) { return "/api/v1/files/" + std::to_string(IdOf(file)); }
  /// How many blobs the server keeps on disk.
  int Blobs() {
    int count = 0;
    const auto root = server_.data_dir() / "files";
    if (!std::filesystem::exists(root)) return 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root))
      if (entry.is_regular_file()) ++count;
    return count;
  }
  static std::string Binary() {
    std::string bytes;
    for (int i = 0; i < 70000; ++i) bytes += static_cast<char>((i * 7919) % 256);
    return bytes;
  }
};

TEST_F(FilesTest, UploadAndDownloadRoundTripBinaryExactWithAUnicodeName) {
  const std::string bytes = Binary();
  auto file = Uploaded(PathOf(customer_), "?name=Tarjous%20%C3%85%C3%A4%C3%B6%20%F0%9F%9A%80.bin", bytes,
                       "Application/Octet-Stream");
  EXPECT_EQ(file["name"], "Tarjous Åäö 🚀.bin");
  EXPECT_EQ(file["size"], bytes.size());
  EXPECT_EQ(file["contentType"], "application/octet-stream");
  EXPECT_EQ(file["sha256"].get<std::string>().size(), 64u);
  EXPECT_TRUE(file["project"].is_null());
  auto download = admin().Get(FilePath(file) + "/content");
  ASSERT_EQ(download.status, 200);
  EXPECT_TRUE(download.body == bytes) << "binary-exact";
  EXPECT_EQ(download.header("content-type"), "application/octet-stream");
  EXPECT_EQ(download.header("content-disposition"),
            "attachment; filename=\"Tarjous ___ _.bin\"; "
            "filename*=UTF-8''Tarjous%20%C3%85%C3%A4%C3%B6%20%F0%9F%9A%80.bin");
  EXPECT_EQ(download.header("x-content-type-options"), "nosniff");
}

TEST_F(FilesTest, ImagesAndPdfsPreviewInlineUnlessDownloadIsAsked) {
  auto pdf = Uploaded(PathOf(customer_), "?name=offer.pdf", "%PDF-1.4 test", "application/pdf");
  EXPECT_EQ(admin().Get(FilePath(pdf) + "/content").header("content-disposition").rfind("inline;", 0), 0u);
  EXPECT_EQ(admin()
                .Get(FilePath(pdf) + "/content?download=1")
                .header("content-disposition")
                .rfind("attachment;", 0),
            0u);
  auto html = Uploaded(PathOf(customer_), "?name=page.html", "<script>alert(1)</script>", "text/html");
  auto r = admin().Get(FilePath(html) + "/content");
  EXPECT_EQ(r.header("content-disposition").rfind("attachment;", 0), 0u);
  EXPECT_EQ(r.header("content-type"), "text/html");
  EXPECT_EQ(admin().Get(FilePath(pdf) + "/content?download=yes").status, 422);
}

TEST_F(FilesTest, NamesAreSanitizedAndNeverPaths) {
  auto traversal = Uploaded(PathOf(customer_), "?name=..%2F..%2Fetc%2Fpasswd", "x");
  EXPECT_EQ(traversal["name"], "passwd");
  auto windows = Uploaded(PathOf(customer_), "?name=..%5C..%5Cboot.ini", "x");
  EXPECT_EQ(windows["name"], "boot.ini");
  for (const char* bad : {"", "?name=", "?name=..", "?name=%2F", "?name=%FF.txt"}) {
    auto r = Upload(admin(), PathOf(customer_), bad, "x");
    EXPECT_EQ(r.status, 422) << bad;
    EXPECT_TRUE(r.has_field_error("name")) << bad;
  }
  EXPECT_EQ(Upload(admin(), PathOf(customer_), "?name=a.txt&path=/tmp", "x").status, 422);
}

TEST_F(FilesTest, IdenticalUploadsShareOneBlobThatGoesWithTheLastFile) {
  const std::string bytes = Binary();
  auto first = Uploaded(PathOf(customer_), "?name=a.bin", bytes);
  auto second = Uploaded(PathOf(customer_), "?name=b.bin", bytes);
  auto other = Uploaded(PathOf(customer_), "?name=c.bin", "something else");
  EXPECT_EQ(first["sha256"], second["sha256"]);
  EXPECT_EQ(Blobs(), 2);
  EXPECT_EQ(admin().Delete(FilePath(first)).status, 204);
  EXPECT_EQ(Blobs(), 2) << "the second file still has the content";
  EXPECT_TRUE(admin().Get(FilePath(second) + "/content").body == bytes);
  EXPECT_EQ(admin().Delete(FilePath(second)).status, 204);
  EXPECT_EQ(Blobs(), 1);
  EXPECT_EQ(admin().Get(FilePath(second) + "/content").status, 404);
  EXPECT_EQ(admin().Delete(FilePath(other)).status, 204);
  EXPECT_EQ(Blobs(), 0);
}

TEST_F(FilesTest, ProjectFilesShowOnBothCards) {
  auto project = AddProject(customer_, "Migration");
  auto on_customer = Uploaded(PathOf(customer_), "?name=customer.txt", "c", "text/plain");
  auto on_project = Uploaded(ProjectPath(project), "?name=project.txt", "p", "text/plain; charset=UTF-8");
  EXPECT_EQ(on_project["project"], project);
  EXPECT_EQ(on_project["contentType"], "text/plain; charset=utf-8");
  auto customer_list = admin().Get(PathOf(customer_) + "/files").json()["items"];
  ASSERT_EQ(customer_list.size(), 2u);
  EXPECT_EQ(customer_list[0]["project"], project);
  EXPECT_TRUE(customer_list[1]["project"].is_null());
  auto project_list = admin().Get(ProjectPath(project) + "/files").json()["items"];
  ASSERT_EQ(project_list.size(), 1u);
  EXPECT_EQ(project_list[0]["name"], "project.txt");
}

TEST_F(FilesTest, RenameAndDescribeWithTheCurrentVersion) {
  auto file = Uploaded(PathOf(customer_), "?name=draft.txt", "x");
  auto renamed =
      admin().Patch(FilePath(file), {{"version", 1}, {"name", "../final.txt"}, {"description", "Signed"}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_EQ(renamed.json()["name"], "final.txt");
  EXPECT_EQ(renamed.json()["description"], "Signed");
  auto stale = admin().Patch(FilePath(file), {{"version", 1}, {"name", "x.txt"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["name"], "final.txt");
  EXPECT_TRUE(admin().Patch(FilePath(file), {{"name", "x.txt"}}).has_field_error("version"));
  EXPECT_TRUE(admin().Patch(FilePath(file), {{"version", 2}, {"name", ".."}}).has_field_error("name"));
  EXPECT_TRUE(admin().Patch(FilePath(file), {{"version", 2}, {"size", 1}}).has_field_error("size"));
  EXPECT_EQ(admin().Get(FilePath(file) + "/content").header("content-disposition"),
            "attachment; filename=\"final.txt\"; filename*=UTF-8''final.txt");
}

TEST_F(FilesTest, ViewersDownloadButOnlyEditorsUploadAndOtherOrganizationsSee404) {
  auto file = Uploaded(PathOf(customer_), "?name=a.txt", "x");
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/files").status, 200);
  EXPECT_EQ(reader.Get(FilePath(file) + "/content").status, 200);
  EXPECT_EQ(Upload(reader, PathOf(customer_), "?name=b.txt", "x").status, 403);
  EXPECT_EQ(reader.Patch(FilePath(file), {{"version", 1}, {"name", "b.txt"}}).status, 403);
  EXPECT_EQ(reader.Delete(FilePath(file)).status, 403);
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(PathOf(customer_) + "/files").status, 404);
  EXPECT_EQ(other.Get(FilePath(file) + "/content").status, 404);
  EXPECT_EQ(Upload(other, PathOf(customer_), "?name=b.txt", "x").status, 404);
  EXPECT_EQ(other.Delete(FilePath(file)).status, 404);
  auto r = admin().Delete(PathOf(customer_));
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(r.body.find("1 file"), std::string::npos) << r.body;
}

TEST(FilesLimit, UploadsBeyondTheLimitAre413AndJsonKeepsItsOwnLimit) {
  TestServer::Options options;
  options.max_body_bytes = 64 * 1024;
  options.max_upload_bytes = 256 * 1024;
  TestServer server(options);
  server.CreateOrg("Acme");
  server.CreateUser("admin@acme.test", "Administrator");
  auto admin = server.SignedIn("admin@acme.test");
  auto customer = admin.Post("/api/v1/customers", {{"name", "Big Files Oy"}}).json();
  const std::string path = "/api/v1/customers/" + std::to_string(customer["id"].get<long long>());
  auto fits = admin.Send("POST", path + "/files?name=fits.bin", std::string(200 * 1024, 'a'),
                         {{"Content-Type", "application/octet-stream"}});
  EXPECT_EQ(fits.status, 201) << "above the JSON limit, within the upload limit";
  auto too_large = admin.Send("POST", path + "/files?name=big.bin", std::string(256 * 1024 + 1, 'a'),
                              {{"Content-Type", "application/octet-stream"}});
  EXPECT_EQ(too_large.status, 413);
  EXPECT_EQ(too_large.error_code(), "payload_too_large");
  auto big_note = admin.Post(path + "/notes", {{"text", std::string(100 * 1024, 'a')}});
  EXPECT_EQ(big_note.status, 413) << "JSON routes keep the general limit";
}

TEST_F(FilesTest, UploadsPassThroughTheSpoolFolderAndLeaveNothingBehind) {
  const auto spool = server_.data_dir() / "spool";
  auto spooled_files = [&] {
    int n = 0;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(spool, ec)) n += entry.is_regular_file();
    return n;
  };
  const std::string bytes = Binary();
  auto file = Uploaded(PathOf(customer_), "?name=a.bin", bytes);
  EXPECT_EQ(file["size"], bytes.size());
  EXPECT_EQ(file["sha256"], files::BlobStore::Digest(bytes)) << "hashed while it was written";
  auto again = Uploaded(PathOf(customer_), "?name=b.bin", bytes);
  EXPECT_EQ(Blobs(), 1) << "the second copy's spool file was dropped, not stored twice";
  auto viewer = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(Upload(viewer, PathOf(customer_), "?name=c.bin", bytes).status, 403);
  EXPECT_EQ(Upload(admin(), PathOf(customer_), "?name=..", bytes).status, 422);
  EXPECT_EQ(spooled_files(), 0) << "refused uploads' spool files are removed too";

  auto head = admin().Send("HEAD", FilePath(file) + "/content", std::nullopt);
  EXPECT_EQ(head.status, 200);
  EXPECT_EQ(head.headers["content-length"], std::to_string(bytes.size()));
}

}  // namespace
}  // namespace clientele::testing
