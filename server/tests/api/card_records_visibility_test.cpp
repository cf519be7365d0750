// Notes, files and links of a project fetched by id: a caller who may not see the project gets 404 on every
// by-id route, before any version check, and never the record itself (security review, issue 23, item 7).
#include <gtest/gtest.h>

#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

constexpr const char* kNoteText = "Fee discussion: 1200 a day";
constexpr const char* kFileName = "board-minutes.txt";
constexpr const char* kFileBytes = "the board's minutes";
constexpr const char* kLinkUrl = "https://intra.example.com/board";

/// Consultants see only their own sales cases and projects. The consultant owns the customer and was a member
/// of its project when they added a note, a file and a link to it; then the administrator took them off the
/// project, so they still see and edit the customer but no longer that project or its records.
class CardRecordsVisibilityTest : public ProjectApiTest {
 protected:
  void SetUp() override {
    ProjectApiTest::SetUp();
    ASSERT_TRUE(
        server_.db()
            .Write([](soci::session& sql) {
              sql << "UPDATE roles SET sales_view = 'own', sales_edit = 'own', projects_view = 'own', "
                     "projects_edit = 'own' WHERE name = 'Consultant'";
              return Status(Ok());
            })
            .ok());
    own_customer_ = Create({{"name", "Consultant's Oy"}, {"accountOwnerId", consultant_id_}});
    project_ = AddProject(own_customer_, "Board work");
    ASSERT_EQ(admin().Patch(ProjectPath(project_), {{"version", 1}, {"memberIds", {consultant_id_}}}).status,
              200);
    consultant_ = std::make_unique<ApiClient>(server_.SignedIn("consultant@acme.test"));
    note_ = Created(consultant_->Post(ProjectPath(project_) + "/notes", {{"text", kNoteText}}));
    file_ = Created(consultant_->Send("POST", ProjectPath(project_) + "/files?name=" + kFileName, kFileBytes,
                                      {{"Content-Type", "text/plain"}}));
    link_ = Created(consultant_->Post(ProjectPath(project_) + "/links", {{"url", kLinkUrl}}));
    // While a member, the consultant reaches every record by id.
    ASSERT_EQ(consultant_->Get(FilePath() + "/content").status, 200);
    ASSERT_EQ(admin().Patch(ProjectPath(project_), {{"version", 2}, {"memberIds", json::array()}}).status,
              200);
  }

  static json Created(const HttpResult& r) {
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  std::string NotePath() const { return "/api/v1/notes/" + std::to_string(IdOf(note_)); }
  std::string FilePath() const { return "/api/v1/files/" + std::to_string(IdOf(file_)); }
  std::string LinkPath() const { return "/api/v1/links/" + std::to_string(IdOf(link_)); }

  /// A 404 that says nothing of the record: none of its values, no `current` copy.
  static void ExpectHidden(const HttpResult& r, const std::string& content) {
    EXPECT_EQ(r.status, 404) << r.body;
    EXPECT_EQ(r.body.find(content), std::string::npos) << r.body;
    EXPECT_EQ(r.body.find("\"current\""), std::string::npos) << r.body;
    EXPECT_EQ(r.body.find("\"version\""), std::string::npos) << r.body;
  }
  /// The record is still on the project's list as the administrator sees it.
  void ExpectKept(const std::string& list, const json& record) {
    auto items = admin().Get(ProjectPath(project_) + "/" + list).json()["items"];
    ASSERT_EQ(items.size(), 1u) << list;
    EXPECT_EQ(items[0]["id"], record["id"]);
    EXPECT_EQ(items[0]["version"], record["version"]);
  }

  json own_customer_, project_, note_, file_, link_;
  std::unique_ptr<ApiClient> consultant_;
};

TEST_F(CardRecordsVisibilityTest, TheCustomerStaysVisibleButTheProjectsRecordsLeaveItsLists) {
  EXPECT_EQ(consultant_->Get(PathOf(own_customer_) + "/card").status, 200);
  EXPECT_EQ(consultant_->Get(PathOf(own_customer_) + "/notes").json()["items"].size(), 0u);
  EXPECT_EQ(consultant_->Get(PathOf(own_customer_) + "/files").json()["items"].size(), 0u);
  EXPECT_EQ(consultant_->Get(PathOf(own_customer_) + "/links").json()["items"].size(), 0u);
}

TEST_F(CardRecordsVisibilityTest, NoteOfAHiddenProjectIs404OnPatch) {
  ExpectHidden(consultant_->Patch(NotePath(), {{"version", 1}, {"text", "Changed"}}), kNoteText);
  ExpectKept("notes", note_);
}

TEST_F(CardRecordsVisibilityTest, NoteOfAHiddenProjectIs404OnAStaleVersionPatch) {
  ExpectHidden(consultant_->Patch(NotePath(), {{"version", 7}, {"text", "Changed"}}), kNoteText);
  ExpectKept("notes", note_);
}

TEST_F(CardRecordsVisibilityTest, NoteOfAHiddenProjectIs404OnDelete) {
  ExpectHidden(consultant_->Delete(NotePath()), kNoteText);
  ExpectKept("notes", note_);
}

TEST_F(CardRecordsVisibilityTest, FileOfAHiddenProjectIs404OnDownload) {
  ExpectHidden(consultant_->Get(FilePath() + "/content"), kFileBytes);
  ExpectHidden(consultant_->Get(FilePath() + "/content?download=1"), kFileBytes);
  auto head = consultant_->Send("HEAD", FilePath() + "/content", std::nullopt);
  EXPECT_EQ(head.status, 404);
  EXPECT_EQ(head.headers.count("content-disposition"), 0u);
}

TEST_F(CardRecordsVisibilityTest, FileOfAHiddenProjectIs404OnPatch) {
  ExpectHidden(consultant_->Patch(FilePath(), {{"version", 1}, {"name", "renamed.txt"}}), kFileName);
  ExpectKept("files", file_);
}

TEST_F(CardRecordsVisibilityTest, FileOfAHiddenProjectIs404OnAStaleVersionPatch) {
  ExpectHidden(consultant_->Patch(FilePath(), {{"version", 7}, {"name", "renamed.txt"}}), kFileName);
  ExpectKept("files", file_);
}

TEST_F(CardRecordsVisibilityTest, FileOfAHiddenProjectIs404OnDelete) {
  ExpectHidden(consultant_->Delete(FilePath()), kFileName);
  ExpectKept("files", file_);
  EXPECT_EQ(admin().Get(FilePath() + "/content").body, kFileBytes);
}

TEST_F(CardRecordsVisibilityTest, LinkOfAHiddenProjectIs404OnPatch) {
  ExpectHidden(consultant_->Patch(LinkPath(), {{"version", 1}, {"title", "Board"}}), kLinkUrl);
  ExpectKept("links", link_);
}

TEST_F(CardRecordsVisibilityTest, LinkOfAHiddenProjectIs404OnAStaleVersionPatch) {
  ExpectHidden(consultant_->Patch(LinkPath(), {{"version", 7}, {"title", "Board"}}), kLinkUrl);
  ExpectKept("links", link_);
}

TEST_F(CardRecordsVisibilityTest, LinkOfAHiddenProjectIs404OnDelete) {
  ExpectHidden(consultant_->Delete(LinkPath()), kLinkUrl);
  ExpectKept("links", link_);
}

TEST_F(CardRecordsVisibilityTest, BackOnTheProjectTheConsultantReachesTheRecordsAgain) {
  ASSERT_EQ(admin().Patch(ProjectPath(project_), {{"version", 3}, {"memberIds", {consultant_id_}}}).status,
            200);
  EXPECT_EQ(consultant_->Get(FilePath() + "/content").body, kFileBytes);
  EXPECT_EQ(consultant_->Patch(NotePath(), {{"version", 7}, {"text", "Changed"}}).status, 409);
  EXPECT_EQ(consultant_->Patch(LinkPath(), {{"version", 1}, {"title", "Board"}}).status, 200);
  EXPECT_EQ(consultant_->Delete(FilePath()).status, 204);
}

}  // namespace
}  // namespace clientele::testing
