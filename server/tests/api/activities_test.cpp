#include <gtest/gtest.h>

#include "support/activity_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class ActivitiesTest : public ActivityApiTest {};

TEST_F(ActivitiesTest, ACalendarEntryComesBackInTheContractShape) {
  auto contact = AddContact(customer_, {{"firstName", "Liisa"}, {"lastName", "Korhonen"}});
  auto project = AddProject(customer_, "ERP roll-out");
  const long long meeting_type = TypeId("Meeting");
  auto r = admin().Post(PathOf(customer_) + "/activities", {{"typeId", meeting_type},
                                                            {"name", "  Steering group  "},
                                                            {"location", "Helsinki office"},
                                                            {"startAt", "2026-12-08T08:00:00.000Z"},
                                                            {"endAt", "2026-12-08T09:00:00Z"},
                                                            {"projectId", project["id"]},
                                                            {"participants",
                                                             {{{"type", "user"}, {"id", consultant_id_}},
                                                              {{"type", "contact"}, {"id", IdOf(contact)}},
                                                              {{"type", "user"}, {"id", consultant_id_}}}}});
  ASSERT_EQ(r.status, 201) << r.body;
  const auto a = r.json();
  EXPECT_EQ(a["customerId"], IdOf(customer_));
  EXPECT_EQ(a["kind"], "calendar");
  EXPECT_EQ(a["typeId"], meeting_type);
  EXPECT_EQ(a["type"], (json{{"id", meeting_type}, {"name", "Meeting"}, {"kind", "calendar"}}));
  EXPECT_EQ(a["name"], "Steering group") << "trimmed";
  EXPECT_TRUE(a["description"].is_null());
  EXPECT_EQ(a["location"], "Helsinki office");
  EXPECT_TRUE(a["dueAt"].is_null());
  EXPECT_EQ(a["startAt"], "2026-12-08T08:00:00Z") << "milliseconds dropped";
  EXPECT_EQ(a["endAt"], "2026-12-08T09:00:00Z");
  EXPECT_EQ(a["allDay"], false);
  EXPECT_EQ(a["projectId"], project["id"]);
  EXPECT_EQ(a["project"], project);
  EXPECT_EQ(a["ownerId"], admin_id_) << "the caller by default";
  EXPECT_EQ(a["owner"]["id"], admin_id_);
  ASSERT_EQ(a["participants"].size(), 2u) << "duplicates ignored";
  EXPECT_EQ(a["participants"][0]["type"], "user");
  EXPECT_EQ(a["participants"][0]["id"], consultant_id_);
  EXPECT_EQ(a["participants"][0]["name"], "consultant@acme.test");
  EXPECT_EQ(a["participants"][1],
            (json{{"type", "contact"}, {"id", IdOf(contact)}, {"name", "Liisa Korhonen"}}));
  EXPECT_EQ(a["isDone"], false);
  EXPECT_TRUE(a["doneAt"].is_null());
  EXPECT_EQ(a["createdBy"]["id"], admin_id_);
  EXPECT_EQ(a["updatedBy"]["id"], admin_id_);
  EXPECT_FALSE(a["createdAt"].get<std::string>().empty());
  EXPECT_EQ(a["version"], 1);
  EXPECT_EQ(admin().Get(ActivityPath(a)).json(), a);
}

TEST_F(ActivitiesTest, ATodoHasAnOptionalDueTimeAndCanBeDoneOnCreation) {
  auto todo = AddTodo(PathOf(customer_), "Send the offer", "2026-12-10T12:00:00Z",
                      {{"ownerId", consultant_id_}, {"description", "With prices, and terms"}});
  EXPECT_EQ(todo["kind"], "todo");
  EXPECT_EQ(todo["dueAt"], "2026-12-10T12:00:00Z");
  EXPECT_TRUE(todo["startAt"].is_null());
  EXPECT_TRUE(todo["endAt"].is_null());
  EXPECT_EQ(todo["ownerId"], consultant_id_);
  EXPECT_EQ(todo["description"], "With prices, and terms");
  EXPECT_TRUE(todo["project"].is_null());
  auto undated = AddTodo(PathOf(customer_), "Someday");
  EXPECT_TRUE(undated["dueAt"].is_null());
  auto done = AddTodo(PathOf(customer_), "Already done", "", {{"isDone", true}});
  EXPECT_EQ(done["isDone"], true);
  EXPECT_FALSE(done["doneAt"].is_null());
}

TEST_F(ActivitiesTest, RejectsTimesThatDoNotFitTheKind) {
  const auto path = PathOf(customer_) + "/activities";
  const json meeting = {{"typeId", TypeId("Meeting")}, {"name", "M"}};
  auto post = [&](json body, const char* field) {
    auto r = admin().Post(path, body);
    EXPECT_EQ(r.status, 422) << body.dump() << " " << r.body;
    EXPECT_TRUE(r.has_field_error(field)) << body.dump() << " " << r.body;
  };
  json end_before = meeting;
  end_before["startAt"] = "2026-12-08T09:00:00Z";
  end_before["endAt"] = "2026-12-08T08:00:00Z";
  post(end_before, "endAt");
  json due_on_meeting = meeting;
  due_on_meeting["startAt"] = "2026-12-08T08:00:00Z";
  due_on_meeting["endAt"] = "2026-12-08T09:00:00Z";
  due_on_meeting["dueAt"] = "2026-12-08T09:00:00Z";
  post(due_on_meeting, "dueAt");
  json no_end = meeting;
  no_end["startAt"] = "2026-12-08T08:00:00Z";
  post(no_end, "endAt");
  json not_whole_days = meeting;
  not_whole_days["allDay"] = true;
  not_whole_days["startAt"] = "2026-12-08T08:00:00Z";
  not_whole_days["endAt"] = "2026-12-09T00:00:00Z";
  post(not_whole_days, "startAt");
  json local_time = meeting;
  local_time["startAt"] = "2026-12-08T08:00:00+02:00";
  local_time["endAt"] = "2026-12-08T09:00:00Z";
  post(local_time, "startAt");
  const json todo = {{"typeId", TypeId("To-do")}, {"name", "T"}};
  json start_on_todo = todo;
  start_on_todo["startAt"] = "2026-12-08T08:00:00Z";
  post(start_on_todo, "startAt");
  json all_day_todo = todo;
  all_day_todo["allDay"] = true;
  post(all_day_todo, "allDay");
  json location_on_todo = todo;
  location_on_todo["location"] = "Office";
  post(location_on_todo, "location");
  // An all-day entry: first and last day (inclusive) at midnight.
  auto all_day = admin().Post(path, {{"typeId", TypeId("Customer visit")},
                                     {"name", "Two-day visit"},
                                     {"allDay", true},
                                     {"startAt", "2026-12-08T00:00:00Z"},
                                     {"endAt", "2026-12-09T00:00:00Z"}});
  ASSERT_EQ(all_day.status, 201) << all_day.body;
  EXPECT_EQ(all_day.json()["allDay"], true);
  EXPECT_EQ(all_day.json()["endAt"], "2026-12-09T00:00:00Z");
}

TEST_F(ActivitiesTest, RejectsMissingAndMalformedFields) {
  const auto path = PathOf(customer_) + "/activities";
  auto post = [&](const json& body, const char* field, long status = 422) {
    auto r = admin().Post(path, body);
    EXPECT_EQ(r.status, status) << body.dump() << " " << r.body;
    EXPECT_TRUE(r.has_field_error(field)) << body.dump() << " " << r.body;
  };
  post({{"name", "No type"}}, "typeId");
  post({{"typeId", TypeId("To-do")}}, "name");
  post({{"typeId", TypeId("To-do")}, {"name", "   "}}, "name");
  post({{"typeId", TypeId("To-do")}, {"name", std::string(301, 'a')}}, "name");
  post({{"typeId", TypeId("To-do")}, {"name", "Two\nlines"}}, "name");
  post({{"typeId", TypeId("To-do")}, {"name", "x"}, {"description", std::string(10001, 'a')}}, "description");
  post({{"typeId", 999999}, {"name", "x"}}, "typeId");
  post({{"typeId", TypeId("To-do")}, {"name", "x"}, {"colour", "red"}}, "colour");
  post({{"typeId", TypeId("To-do")}, {"name", "x"}, {"ownerId", 999999}}, "ownerId");
  post({{"typeId", "To-do"}, {"name", "x"}}, "typeId", 400);
  EXPECT_EQ(admin().Send("POST", path, std::string("{not json")).status, 400);
  auto other_customer = Create({{"name", "Other customer Oy"}});
  auto foreign_project = AddProject(other_customer, "Not this one");
  post({{"typeId", TypeId("To-do")}, {"name", "x"}, {"projectId", foreign_project["id"]}}, "projectId");
  auto project = AddProject(customer_, "Ours");
  auto on_project = admin().Post(ProjectPath(project) + "/activities",
                                 {{"typeId", TypeId("To-do")}, {"name", "x"}, {"projectId", project["id"]}});
  EXPECT_EQ(on_project.status, 422) << "the path names the project";
}

TEST_F(ActivitiesTest, RejectsWrongParticipants) {
  const auto path = PathOf(customer_) + "/activities";
  auto other_customer = Create({{"name", "Other customer Oy"}});
  auto their_contact = AddContact(other_customer, {{"firstName", "Not"}, {"lastName", "Ours"}});
  const long long other_org_user =
      server_.CreateUser("someone@other.test", "Consultant", "Other Org").id.value;
  auto post = [&](const json& participants) {
    auto r = admin().Post(path, {{"typeId", TypeId("To-do")}, {"name", "x"}, {"participants", participants}});
    EXPECT_EQ(r.status, 422) << participants.dump() << " " << r.body;
    EXPECT_TRUE(r.has_field_error("participants")) << participants.dump() << " " << r.body;
  };
  post({{{"type", "contact"}, {"id", IdOf(their_contact)}}});
  post({{{"type", "user"}, {"id", other_org_user}}});
  post({{{"type", "user"}, {"id", 999999}}});
  post({{{"type", "robot"}, {"id", 1}}});
  post({{{"type", "user"}}});
  post({{{"type", "user"}, {"id", admin_id_}, {"name", "extra"}}});
  post({"user"});
  json many = json::array();
  for (int i = 0; i < 51; ++i) many.push_back({{"type", "contact"}, {"id", 100000 + i}});
  post(many);
}

TEST_F(ActivitiesTest, PlannedListsGoByDateWithUndatedTodosLastAndDoneListsNewestDoneFirst) {
  const auto c = PathOf(customer_);
  AddTodo(c, "Undated");
  AddMeeting(c, "Meeting 9th", "2026-12-09T08:00:00Z", "2026-12-09T09:00:00Z");
  AddTodo(c, "Due 8th", "2026-12-08T12:00:00Z");
  AddTodo(c, "Due 10th", "2026-12-10T12:00:00Z");
  AddTodo(c, "Also due 8th", "2026-12-08T12:00:00Z");
  AddMeeting(c, "Meeting 7th", "2026-12-07T08:00:00Z", "2026-12-07T09:00:00Z");
  const std::vector<std::string> planned = {"Meeting 7th", "Due 8th",  "Also due 8th",
                                            "Meeting 9th", "Due 10th", "Undated"};
  EXPECT_EQ(Names(admin().Get(c + "/activities").json()), planned);
  EXPECT_EQ(AllNames(admin(), c + "/activities?state=planned", 2), planned);
  EXPECT_EQ(AllNames(admin(), c + "/activities", 1), planned);

  // Done: the most recently done first; done in one second, the later id first.
  auto first = AddTodo(c, "Done first");
  auto second = AddTodo(c, "Done second");
  ASSERT_EQ(admin().Patch(ActivityPath(first), {{"version", 1}, {"isDone", true}}).status, 200);
  ASSERT_EQ(admin().Patch(ActivityPath(second), {{"version", 1}, {"isDone", true}}).status, 200);
  ASSERT_TRUE(server_.db()
                  .Write([&](soci::session& sql) {
                    long long id = IdOf(first);
                    sql << "UPDATE activities SET done_at = '2026-01-01T10:00:00Z' WHERE id = :id",
                        soci::use(id);
                    return Status(Ok());
                  })
                  .ok());
  auto third = AddTodo(c, "Done third", "", {{"isDone", true}});
  EXPECT_EQ(AllNames(admin(), c + "/activities?state=done", 1),
            (std::vector<std::string>{"Done third", "Done second", "Done first"}));
  EXPECT_EQ(AllNames(admin(), c + "/activities", 4), planned) << "done ones leave the planned list";

  auto page = admin().Get(c + "/activities?limit=1").json();
  auto wrong = admin().Get(c + "/activities?state=done&cursor=" + page["nextCursor"].get<std::string>());
  EXPECT_EQ(wrong.status, 422) << "a planned list's cursor";
  EXPECT_TRUE(wrong.has_field_error("cursor"));
  EXPECT_TRUE(admin().Get(c + "/activities?cursor=nonsense").has_field_error("cursor"));
  EXPECT_TRUE(admin().Get(c + "/activities?state=open").has_field_error("state"));
  EXPECT_TRUE(admin().Get(c + "/activities?limit=0").has_field_error("limit"));
  EXPECT_TRUE(admin().Get(c + "/activities?limit=201").has_field_error("limit"));
  EXPECT_EQ(admin().Get(c + "/activities?sort=name").status, 422);
}

TEST_F(ActivitiesTest, MarkingDoneSetsDoneAtAndReopeningClearsIt) {
  auto todo = AddTodo(PathOf(customer_), "Call back", "2026-12-08T12:00:00Z");
  auto done = admin().Patch(ActivityPath(todo), {{"version", 1}, {"isDone", true}});
  ASSERT_EQ(done.status, 200) << done.body;
  EXPECT_EQ(done.json()["isDone"], true);
  EXPECT_FALSE(done.json()["doneAt"].is_null());
  EXPECT_EQ(done.json()["version"], 2);
  EXPECT_EQ(Names(admin().Get(PathOf(customer_) + "/activities?state=done").json()),
            std::vector<std::string>{"Call back"});
  auto reopened = admin().Patch(ActivityPath(todo), {{"version", 2}, {"isDone", false}});
  ASSERT_EQ(reopened.status, 200) << reopened.body;
  EXPECT_EQ(reopened.json()["isDone"], false);
  EXPECT_TRUE(reopened.json()["doneAt"].is_null());
  EXPECT_EQ(Names(admin().Get(PathOf(customer_) + "/activities").json()),
            std::vector<std::string>{"Call back"});
  EXPECT_TRUE(
      admin().Patch(ActivityPath(todo), {{"version", 3}, {"isDone", nullptr}}).has_field_error("isDone"));
}

TEST_F(ActivitiesTest, PatchChangesFieldsClearsOptionalOnesAndKeepsTheKind) {
  auto contact = AddContact(customer_, {{"firstName", "Liisa"}});
  auto meeting =
      AddMeeting(PathOf(customer_), "Workshop", "2026-12-08T08:00:00Z", "2026-12-08T09:00:00Z",
                 {{"location", "Office"}, {"participants", {{{"type", "contact"}, {"id", IdOf(contact)}}}}});
  auto changed = admin().Patch(ActivityPath(meeting), {{"version", 1},
                                                       {"typeId", TypeId("Customer visit")},
                                                       {"name", "Visit"},
                                                       {"location", nullptr},
                                                       {"endAt", "2026-12-08T11:00:00Z"},
                                                       {"ownerId", consultant_id_},
                                                       {"participants", json::array()}});
  ASSERT_EQ(changed.status, 200) << changed.body;
  const auto a = changed.json();
  EXPECT_EQ(a["type"]["name"], "Customer visit");
  EXPECT_EQ(a["name"], "Visit");
  EXPECT_TRUE(a["location"].is_null());
  EXPECT_EQ(a["startAt"], "2026-12-08T08:00:00Z") << "kept";
  EXPECT_EQ(a["endAt"], "2026-12-08T11:00:00Z");
  EXPECT_EQ(a["ownerId"], consultant_id_);
  EXPECT_TRUE(a["participants"].empty());
  auto to_todo = admin().Patch(ActivityPath(meeting), {{"version", 2}, {"typeId", TypeId("To-do")}});
  EXPECT_EQ(to_todo.status, 422);
  EXPECT_TRUE(to_todo.has_field_error("typeId")) << "the kind cannot change";
  auto before_start =
      admin().Patch(ActivityPath(meeting), {{"version", 2}, {"endAt", "2026-12-08T07:00:00Z"}});
  EXPECT_TRUE(before_start.has_field_error("endAt"));
  auto due = admin().Patch(ActivityPath(meeting), {{"version", 2}, {"dueAt", "2026-12-08T07:00:00Z"}});
  EXPECT_TRUE(due.has_field_error("dueAt"));
  EXPECT_TRUE(
      admin().Patch(ActivityPath(meeting), {{"version", 2}, {"name", nullptr}}).has_field_error("name"));
  EXPECT_TRUE(
      admin().Patch(ActivityPath(meeting), {{"version", 2}, {"kind", "todo"}}).has_field_error("kind"));
}

TEST_F(ActivitiesTest, AStaleVersionGets409WithTheCurrentActivity) {
  auto todo = AddTodo(PathOf(customer_), "First");
  ASSERT_EQ(admin().Patch(ActivityPath(todo), {{"version", 1}, {"name", "Second"}}).status, 200);
  auto stale = admin().Patch(ActivityPath(todo), {{"version", 1}, {"name", "Third"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json()["error"]["current"]["name"], "Second");
  EXPECT_EQ(stale.json()["error"]["current"]["version"], 2);
  auto no_version = admin().Patch(ActivityPath(todo), {{"name", "Third"}});
  EXPECT_EQ(no_version.status, 422);
  EXPECT_TRUE(no_version.has_field_error("version"));
}

TEST_F(ActivitiesTest, AProjectActivityShowsOnBothCardsWithItsProject) {
  auto project = AddProject(customer_, "Website relaunch");
  AddTodo(PathOf(customer_), "Customer's own", "2026-12-01T10:00:00Z");
  auto on_project = AddTodo(ProjectPath(project), "Project's", "2026-12-02T10:00:00Z");
  EXPECT_EQ(on_project["project"], project);
  EXPECT_EQ(on_project["customerId"], IdOf(customer_));
  auto via_customer =
      AddTodo(PathOf(customer_), "Via customer", "2026-12-03T10:00:00Z", {{"projectId", project["id"]}});
  EXPECT_EQ(via_customer["project"]["name"], "Website relaunch");
  auto customer_list = admin().Get(PathOf(customer_) + "/activities").json();
  EXPECT_EQ(Names(customer_list), (std::vector<std::string>{"Customer's own", "Project's", "Via customer"}));
  EXPECT_TRUE(customer_list["items"][0]["project"].is_null());
  EXPECT_EQ(customer_list["items"][1]["project"], project);
  EXPECT_EQ(Names(admin().Get(ProjectPath(project) + "/activities").json()),
            (std::vector<std::string>{"Project's", "Via customer"}));
  // Moving it off the project takes it off the project's card.
  ASSERT_EQ(admin().Patch(ActivityPath(on_project), {{"version", 1}, {"projectId", nullptr}}).status, 200);
  EXPECT_EQ(Names(admin().Get(ProjectPath(project) + "/activities").json()),
            (std::vector<std::string>{"Via customer"}));
  // A project with activities is not deleted (like one with notes).
  EXPECT_EQ(admin().Delete(ProjectPath(project)).status, 409);
}

TEST_F(ActivitiesTest, ADeletedContactStaysAsADeletedParticipant) {
  auto contact = AddContact(customer_, {{"firstName", "Liisa"}, {"lastName", "Korhonen"}});
  auto meeting =
      AddMeeting(PathOf(customer_), "Workshop", "2026-12-08T08:00:00Z", "2026-12-08T09:00:00Z",
                 {{"participants",
                   {{{"type", "contact"}, {"id", IdOf(contact)}}, {{"type", "user"}, {"id", admin_id_}}}}});
  ASSERT_EQ(admin().Delete(ContactPath(contact)).status, 204) << "an activity does not block it";
  auto after = admin().Get(ActivityPath(meeting)).json();
  ASSERT_EQ(after["participants"].size(), 2u);
  EXPECT_EQ(after["participants"][0],
            (json{{"type", "contact"}, {"id", nullptr}, {"name", nullptr}, {"deleted", true}}));
  EXPECT_EQ(after["participants"][1]["id"], admin_id_);
  EXPECT_EQ(Names(admin().Get(PathOf(customer_) + "/activities").json()),
            std::vector<std::string>{"Workshop"});
  // Saving the list without the deleted one drops it; the others stay.
  auto saved = admin().Patch(ActivityPath(meeting),
                             {{"version", 1}, {"participants", {{{"type", "user"}, {"id", admin_id_}}}}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json()["participants"].size(), 1u);
}

TEST_F(ActivitiesTest, DeletingRemovesTheActivityAndACustomerWithActivitiesStays) {
  auto todo = AddTodo(PathOf(customer_), "Keep me");
  auto r = admin().Delete(PathOf(customer_));
  EXPECT_EQ(r.status, 409);
  EXPECT_NE(r.body.find("1 activity"), std::string::npos) << r.body;
  EXPECT_EQ(admin().Delete(ActivityPath(todo)).status, 204);
  EXPECT_EQ(admin().Get(ActivityPath(todo)).status, 404);
  EXPECT_EQ(admin().Delete(ActivityPath(todo)).status, 404);
  EXPECT_EQ(admin().Delete(PathOf(customer_)).status, 204);
}

}  // namespace
}  // namespace clientele::testing
