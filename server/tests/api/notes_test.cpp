#include <gtest/gtest.h>

#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class NotesTest : public ProjectApiTest {
 protected:
  json AddNote(ApiClient& client, const std::string& path, const json& body) {
    auto r = client.Post(path + "/notes", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  static std::string NotePath(const json& note) { return "/api/v1/notes/" + std::to_string(IdOf(note)); }
  static std::vector<std::string> Texts(const json& page) {
    std::vector<std::string> out;
    for (const auto& n : page["items"]) out.push_back(n["text"]);
    return out;
  }
};

TEST_F(NotesTest, AProjectsNotesNeedTheProjectItselfToBeVisible) {
  // An organization may narrow its consultants to their own sales cases and projects (owner, sales person or
  // member); the customer itself stays visible to them.
  ASSERT_TRUE(
      server_.db()
          .Write([](soci::session& sql) {
            sql << "UPDATE roles SET sales_view = 'own', projects_view = 'own' WHERE name = 'Consultant'";
            return Status(Ok());
          })
          .ok());
  auto project = AddProject(customer_, "Board work");
  AddNote(admin(), ProjectPath(project), {{"text", "Fee discussion"}});
  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(consultant.Get(PathOf(customer_) + "/card").status, 200);
  EXPECT_EQ(consultant.Get(ProjectPath(project) + "/notes").status, 403);

  auto added = admin().Patch(ProjectPath(project), {{"version", 1}, {"memberIds", {consultant_id_}}});
  ASSERT_EQ(added.status, 200) << added.body;
  auto notes = consultant.Get(ProjectPath(project) + "/notes");
  ASSERT_EQ(notes.status, 200) << notes.body;
  EXPECT_EQ(Texts(notes.json()), std::vector<std::string>{"Fee discussion"});
}

TEST_F(NotesTest, ACustomersListsLeaveOutNotesFilesAndLinksOfProjectsTheCallerMayNotSee) {
  ASSERT_TRUE(
      server_.db()
          .Write([](soci::session& sql) {
            sql << "UPDATE roles SET sales_view = 'own', projects_view = 'own' WHERE name = 'Consultant'";
            return Status(Ok());
          })
          .ok());
  auto hidden = AddProject(customer_, "Board work");
  auto shared = AddProject(customer_, "Website relaunch");
  ASSERT_EQ(admin().Patch(ProjectPath(shared), {{"version", 1}, {"memberIds", {consultant_id_}}}).status,
            200);
  AddNote(admin(), PathOf(customer_), {{"text", "On the customer"}});
  AddNote(admin(), ProjectPath(hidden), {{"text", "Fee discussion"}});
  AddNote(admin(), ProjectPath(shared), {{"text", "Kick-off booked"}});
  for (const auto& project : {hidden, shared})
    ASSERT_EQ(admin().Post(ProjectPath(project) + "/links", {{"url", "https://example.com"}}).status, 201);
  for (const auto& project : {hidden, shared})
    ASSERT_EQ(admin().Send("POST", ProjectPath(project) + "/files?name=a.txt", "a", {}).status, 201);

  auto consultant = server_.SignedIn("consultant@acme.test");
  EXPECT_EQ(Texts(consultant.Get(PathOf(customer_) + "/notes").json()),
            (std::vector<std::string>{"Kick-off booked", "On the customer"}));
  for (const char* list : {"/links", "/files"}) {
    auto page = consultant.Get(PathOf(customer_) + list).json();
    ASSERT_EQ(page["items"].size(), 1u) << list << ": " << page.dump();
    EXPECT_EQ(page["items"][0]["project"], shared) << list;
  }
  // The administrator sees every project, so every note.
  EXPECT_EQ(admin().Get(PathOf(customer_) + "/notes").json()["items"].size(), 3u);
}

TEST_F(NotesTest, CustomerNotesListTheProjectNotesWithTheirProjectAndProjectsOnlyTheirOwn) {
  auto project = AddProject(customer_, "Website relaunch");
  auto on_customer = AddNote(admin(), PathOf(customer_), {{"text", "  Called the CEO  "}});
  EXPECT_EQ(on_customer["text"], "Called the CEO") << "trimmed";
  EXPECT_TRUE(on_customer["project"].is_null());
  EXPECT_EQ(on_customer["author"]["id"], admin_id_);
  EXPECT_EQ(on_customer["version"], 1);
  auto on_project = AddNote(admin(), ProjectPath(project), {{"text", "Kick-off booked"}});
  EXPECT_EQ(on_project["project"], project);
  auto via_customer =
      AddNote(admin(), PathOf(customer_), {{"text", "Scope agreed"}, {"projectId", project["id"]}});
  EXPECT_EQ(via_customer["project"]["name"], "Website relaunch");

  auto customer_list = admin().Get(PathOf(customer_) + "/notes").json();
  EXPECT_EQ(Texts(customer_list),
            (std::vector<std::string>{"Scope agreed", "Kick-off booked", "Called the CEO"}));
  EXPECT_EQ(customer_list["items"][1]["project"], project);
  EXPECT_TRUE(customer_list["items"][2]["project"].is_null());
  auto project_list = admin().Get(ProjectPath(project) + "/notes").json();
  EXPECT_EQ(Texts(project_list), (std::vector<std::string>{"Scope agreed", "Kick-off booked"}));
}

TEST_F(NotesTest, ListsArePagedNewestFirst) {
  for (int i = 0; i < 5; ++i) AddNote(admin(), PathOf(customer_), {{"text", "Note " + std::to_string(i)}});
  std::vector<std::string> seen;
  std::string next = PathOf(customer_) + "/notes?limit=2";
  for (int pages = 0; pages < 5; ++pages) {
    auto page = admin().Get(next).json();
    for (const auto& t : Texts(page)) seen.push_back(t);
    if (page["nextCursor"].is_null()) break;
    next = PathOf(customer_) + "/notes?limit=2&cursor=" + page["nextCursor"].get<std::string>();
  }
  EXPECT_EQ(seen, (std::vector<std::string>{"Note 4", "Note 3", "Note 2", "Note 1", "Note 0"}));
  auto bad = admin().Get(PathOf(customer_) + "/notes?cursor=nonsense");
  EXPECT_EQ(bad.status, 422);
  EXPECT_TRUE(bad.has_field_error("cursor"));
  EXPECT_EQ(admin().Get(PathOf(customer_) + "/notes?sort=text").status, 422);
}

TEST_F(NotesTest, RejectsEmptyTooLongAndMalformedNotes) {
  auto empty = admin().Post(PathOf(customer_) + "/notes", {{"text", "   "}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(empty.has_field_error("text"));
  EXPECT_TRUE(admin().Post(PathOf(customer_) + "/notes", json::object()).has_field_error("text"));
  std::string longest;
  for (int i = 0; i < 10000; ++i) longest += "ä";
  EXPECT_EQ(admin().Post(PathOf(customer_) + "/notes", {{"text", longest}}).status, 201)
      << "10,000 characters";
  auto too_long = admin().Post(PathOf(customer_) + "/notes", {{"text", longest + "a"}});
  EXPECT_EQ(too_long.status, 422);
  EXPECT_TRUE(too_long.has_field_error("text"));
  EXPECT_EQ(admin().Post(PathOf(customer_) + "/notes", {{"text", 5}}).status, 400);
  auto unknown = admin().Post(PathOf(customer_) + "/notes", {{"text", "x"}, {"colour", "red"}});
  EXPECT_EQ(unknown.status, 422);
  EXPECT_TRUE(unknown.has_field_error("colour"));
  auto other_customer = Create({{"name", "Other customer Oy"}});
  auto foreign_project = AddProject(other_customer, "Not this one");
  auto wrong_project =
      admin().Post(PathOf(customer_) + "/notes", {{"text", "x"}, {"projectId", foreign_project["id"]}});
  EXPECT_EQ(wrong_project.status, 422);
  EXPECT_TRUE(wrong_project.has_field_error("projectId"));
}

TEST_F(NotesTest, AuthorsEditWithTheVersionTheyRead) {
  auto note = AddNote(admin(), PathOf(customer_), {{"text", "First"}});
  auto changed = admin().Patch(NotePath(note), {{"version", 1}, {"text", "Second"}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json()["text"], "Second");
  EXPECT_EQ(changed.json()["version"], 2);
  auto stale = admin().Patch(NotePath(note), {{"version", 1}, {"text", "Third"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["text"], "Second");
  auto no_version = admin().Patch(NotePath(note), {{"text", "Third"}});
  EXPECT_EQ(no_version.status, 422);
  EXPECT_TRUE(no_version.has_field_error("version"));
  auto empty = admin().Patch(NotePath(note), {{"version", 2}, {"text", ""}});
  EXPECT_EQ(empty.status, 422);
  EXPECT_TRUE(empty.has_field_error("text"));
  auto manager = server_.SignedIn("manager@acme.test");
  EXPECT_EQ(manager.Patch(NotePath(note), {{"version", 2}, {"text", "Not mine"}}).status, 403);
}

TEST_F(NotesTest, AuthorsDeleteTheirOwnAndEditAllDeletesAny) {
  auto consultant = server_.SignedIn("consultant@acme.test");
  auto own = Create({{"name", "Consultant's Oy"}, {"accountOwnerId", consultant_id_}});
  auto by_consultant = AddNote(consultant, PathOf(own), {{"text", "Mine"}});
  auto by_admin = AddNote(admin(), PathOf(own), {{"text", "The admin's"}});
  EXPECT_EQ(consultant.Delete(NotePath(by_admin)).status, 403) << "edit own customers only, not the author";
  EXPECT_EQ(consultant.Delete(NotePath(by_consultant)).status, 204);
  auto manager = server_.SignedIn("manager@acme.test");
  EXPECT_EQ(manager.Delete(NotePath(by_admin)).status, 204) << "customers edit-all";
  EXPECT_EQ(manager.Delete(NotePath(by_admin)).status, 404);
  EXPECT_EQ(admin().Get(PathOf(own) + "/notes").json()["items"].size(), 0u);
}

TEST_F(NotesTest, ReadersSeeButCannotAddAndOtherOrganizationsGet404) {
  auto project = AddProject(customer_, "Audit");
  auto note = AddNote(admin(), ProjectPath(project), {{"text", "Visible to readers"}});
  auto reader = server_.SignedIn("reader@acme.test");
  EXPECT_EQ(reader.Get(PathOf(customer_) + "/notes").json()["items"].size(), 1u);
  EXPECT_EQ(reader.Get(ProjectPath(project) + "/notes").status, 200);
  EXPECT_EQ(reader.Post(PathOf(customer_) + "/notes", {{"text", "No"}}).status, 403);
  EXPECT_EQ(reader.Post(ProjectPath(project) + "/notes", {{"text", "No"}}).status, 403);
  EXPECT_EQ(reader.Delete(NotePath(note)).status, 403);
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_EQ(other.Get(PathOf(customer_) + "/notes").status, 404);
  EXPECT_EQ(other.Get(ProjectPath(project) + "/notes").status, 404);
  EXPECT_EQ(other.Post(ProjectPath(project) + "/notes", {{"text", "x"}}).status, 404);
  EXPECT_EQ(other.Patch(NotePath(note), {{"version", 1}, {"text", "x"}}).status, 404);
  EXPECT_EQ(other.Delete(NotePath(note)).status, 404);
  EXPECT_EQ(admin().Get("/api/v1/projects/999999/notes").status, 404);
}

TEST_F(NotesTest, ACustomerWithNotesCannotBeDeleted) {
  AddNote(admin(), PathOf(customer_), {{"text", "Keep me"}});
  auto r = admin().Delete(PathOf(customer_));
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(r.body.find("1 note"), std::string::npos) << r.body;
}

}  // namespace
}  // namespace clientele::testing
