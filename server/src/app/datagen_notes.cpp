#include "app/datagen_notes.hpp"

#include <array>
#include <string>

#include "app/datagen_support.hpp"
#include "features/files/link_repository.hpp"
#include "features/notes/note_repository.hpp"
#include "platform/util/clock.hpp"

namespace clientele::app {

namespace {

constexpr std::array<const char*, 10> kOpenings = {
    "Met the CFO about",    "Call with the project manager on", "Workshop notes:",   "Customer asked about",
    "Follow-up needed on",  "Agreed in the steering group:",    "Risk raised about", "Sent the proposal for",
    "Feedback received on", "Internal: remember to check"};
constexpr std::array<const char*, 10> kSubjects = {"the invoicing schedule", "the next phase",
                                                   "the support agreement",  "data migration",
                                                   "the change request",     "the training programme",
                                                   "the licence renewal",    "the acceptance tests",
                                                   "the budget for 2027",    "the integration to their ERP"};
constexpr std::array<const char*, 6> kClosings = {".",
                                                  ". Next meeting in two weeks.",
                                                  ". Decision expected by the end of the month.",
                                                  ". They want a written summary.",
                                                  ". No action needed for now.",
                                                  ". Owner informed, waiting for an answer."};

std::string NoteText(std::mt19937_64& rng) {
  std::string text = std::string(kOpenings[rng() % kOpenings.size()]) + " " +
                     kSubjects[rng() % kSubjects.size()] + kClosings[rng() % kClosings.size()];
  // Every fourth note is a longer write-up, as meeting minutes are.
  if (rng() % 4 == 0)
    text +=
        "\n\nAttendees from both sides agreed on the scope; open questions are listed in the shared "
        "document and will be answered before the next meeting.";
  return text;
}

}  // namespace

Result<std::int64_t> GenerateNotes(db::Database& db, OrgId org, const std::vector<UserId>& authors,
                                   const std::vector<CustomerId>& customers,
                                   const std::vector<std::pair<projects::ProjectId, std::size_t>>& projects,
                                   std::int64_t total, std::mt19937_64& rng) {
  if (customers.empty() || authors.empty()) return std::int64_t{0};
  notes::NoteRepository notes;
  files::LinkRepository links;
  const std::string now = util::NowIso();
  // A project picked evenly follows the projects' skew to the key accounts.
  auto scope_of = [&]() {
    notes::CardScope scope;
    if (!projects.empty() && rng() % 5 == 0) {
      const auto& [project, customer] = projects[rng() % projects.size()];
      scope.customer = customers[customer];
      scope.project = notes::ProjectId(project.value);
    } else {
      scope.customer = customers[datagen::PickCustomer(rng, customers.size())];
    }
    return scope;
  };
  CLIENTELE_TRY(written, datagen::InBatches(db, "notes", total, [&](soci::session& sql, std::int64_t) {
                  notes.Insert(sql, org, scope_of(), NoteText(rng), authors[rng() % authors.size()], now);
                }));
  CLIENTELE_TRY(linked, datagen::InBatches(db, "links", total / 20, [&](soci::session& sql, std::int64_t i) {
                  files::Link link;
                  link.url = "https://intranet.example.com/documents/" + std::to_string(i + 1);
                  link.title = rng() % 2 ? "Signed contract" : "Shared project folder";
                  links.Insert(sql, org, scope_of(), link, authors[rng() % authors.size()], now);
                }));
  return written + linked;
}

}  // namespace clientele::app
