#include "app/datagen_activities.hpp"

#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <unordered_map>

#include "app/datagen_support.hpp"
#include "features/activities/activity_repository.hpp"
#include "features/activities/activity_type_repository.hpp"
#include "features/activities/participant_repository.hpp"
#include "platform/util/clock.hpp"

namespace clientele::app {

namespace {

using activities::ActivityValues;
using activities::Kind;
using activities::ParticipantRef;

constexpr std::int64_t kBatch = 5000;
constexpr std::array<const char*, 8> kTodoNames = {
    "Call back about the offer", "Send the proposal", "Check the contract terms", "Follow up on invoice",
    "Book the kick-off",         "Prepare the quote", "Ask for references",       "Update the price list"};
constexpr std::array<const char*, 8> kEventNames = {"Steering group", "Quarterly review",    "Workshop",
                                                    "Kick-off",       "Site visit",          "Demo",
                                                    "Lunch meeting",  "Contract negotiation"};
constexpr std::array<const char*, 6> kPlaces = {"Helsinki office", "Customer's office", "Teams",
                                                "Oslo office",     "Tampere",           "Bergen"};

/// Progress on stderr, only when a person watches it.
void ShowProgress(std::int64_t done, std::int64_t total) {
  if (isatty(2))
    std::fprintf(stderr, "\r%-10s %9lld / %lld", "activities", static_cast<long long>(done),
                 static_cast<long long>(total));
}

/// A time `days` from `now` (negative: in the past) at `hour`:00 UTC.
std::string At(std::chrono::system_clock::time_point now, int days, int hour) {
  const auto day = std::chrono::floor<std::chrono::days>(now) + std::chrono::days(days);
  return util::ToIso(day + std::chrono::hours(hour));
}

}  // namespace

Status GenerateActivities(db::Database& db, OrgId org, const std::vector<UserId>& owners,
                          const std::vector<CustomerId>& customers,
                          const std::vector<std::pair<projects::ProjectId, std::size_t>>& projects,
                          std::int64_t total, std::mt19937_64& rng, std::int64_t& rows) {
  if (customers.empty() || owners.empty() || total <= 0) return Ok();
  activities::ActivityRepository repo;
  activities::ParticipantRepository participants;
  auto types =
      db.Read([&](soci::session& sql) { return activities::ActivityTypeRepository().List(sql, org); });
  if (types.empty()) return Error::NotFound("the organization has no activity types");
  std::unordered_map<std::size_t, std::vector<activities::ProjectId>> projects_of;
  for (const auto& [project, customer] : projects) projects_of[customer].emplace_back(project.value);
  // Each customer's contacts, read when the customer first gets a contact participant.
  std::unordered_map<std::size_t, std::vector<std::int64_t>> contacts_of;
  const auto now = std::chrono::system_clock::now();
  const std::string created = util::ToIso(now);
  for (std::int64_t done = 0; done < total;) {
    const std::int64_t end = std::min(total, done + kBatch);
    auto written = db.Write([&](soci::session& sql) -> Status {
      for (std::int64_t i = done; i < end; ++i) {
        const std::size_t c = datagen::PickCustomer(rng, customers.size());
        const auto& type = types[rng() % types.size()];
        ActivityValues v;
        v.type = type.id;
        v.kind = type.kind;
        v.owner = owners[rng() % owners.size()];
        v.is_done = rng() % 100 < 60;
        // Done ones lie in the past year; planned ones from a month overdue to half a year ahead.
        const int days = v.is_done ? -static_cast<int>(rng() % 365) : static_cast<int>(rng() % 210) - 30;
        const int hour = 7 + static_cast<int>(rng() % 9);
        if (v.kind == Kind::kTodo) {
          v.name = kTodoNames[rng() % kTodoNames.size()];
          if (rng() % 5) v.due_at = At(now, days, hour);
        } else {
          v.name = kEventNames[rng() % kEventNames.size()];
          v.all_day = rng() % 10 == 0;
          if (v.all_day) {
            v.start_at = At(now, days, 0);
            v.end_at = At(now, days + static_cast<int>(rng() % 2), 0);
          } else {
            v.start_at = At(now, days, hour);
            v.end_at = At(now, days, hour + 1 + static_cast<int>(rng() % 2));
          }
          if (rng() % 2) v.location = kPlaces[rng() % kPlaces.size()];
        }
        if (rng() % 3 == 0)
          v.description = "Agenda and notes for " + v.name + ", round " + std::to_string(i % 7 + 1);
        if (v.is_done) v.done_at = std::min(created, At(now, days, hour + 2));
        if (auto it = projects_of.find(c); it != projects_of.end() && rng() % 4 == 0)
          v.project = it->second[rng() % it->second.size()];
        std::vector<ParticipantRef> people;
        const int count = static_cast<int>(rng() % 4);
        for (int p = 0; p < count; ++p) {
          if (rng() % 2) {
            const ParticipantRef user{ParticipantRef::Type::kUser, owners[rng() % owners.size()].value};
            if (std::find(people.begin(), people.end(), user) == people.end()) people.push_back(user);
            continue;
          }
          auto cached = contacts_of.find(c);
          if (cached == contacts_of.end())
            cached = contacts_of.emplace(c, participants.ContactsOf(sql, org, customers[c], 20)).first;
          if (cached->second.empty()) continue;
          const ParticipantRef contact{ParticipantRef::Type::kContact,
                                       cached->second[rng() % cached->second.size()]};
          if (std::find(people.begin(), people.end(), contact) == people.end()) people.push_back(contact);
        }
        const auto id = repo.Insert(sql, org, customers[c], v, owners[0], created);
        if (!people.empty()) participants.Replace(sql, org, id, people, v.SortAt());
      }
      return Ok();
    });
    if (!written.ok()) return written;
    rows += end - done;
    done = end;
    ShowProgress(done, total);
  }
  if (isatty(2)) std::fprintf(stderr, "\n");
  return Ok();
}

}  // namespace clientele::app
