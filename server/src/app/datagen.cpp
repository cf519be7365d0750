#include "app/datagen.hpp"

#include "app/datagen_notes.hpp"
#include "app/datagen_support.hpp"

#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>

#include "app/datagen_activities.hpp"
#include "app/datagen_invoices.hpp"
#include "app/datagen_money.hpp"
#include "features/addresses/address_repository.hpp"
#include "features/contacts/contact_repository.hpp"
#include "features/customers/customer_repository.hpp"
#include "features/projects/project_repository.hpp"
#include "features/projects/project_rules.hpp"
#include "features/statuses/status_repository.hpp"
#include "features/tasks/task_repository.hpp"
#include "features/users/user_service.hpp"
#include "platform/auth/crypto.hpp"
#include "platform/util/clock.hpp"
#include "platform/util/rank.hpp"

namespace clientele::app {

namespace {

using datagen::InBatches;
using datagen::kBatch;
using datagen::PickCustomer;
using datagen::Progress;

constexpr const char* kPassword = "clientele-demo";

constexpr std::array<const char*, 24> kFinnishStems = {
    "Aalto",   "Pohjola", "Saimaa", "Kuopio", "Lappi", "Tampere", "Vaasa", "Oulu",
    "Karjala", "Kaleva",  "Sampo",  "Ilmari", "Väinö", "Kataja",  "Koivu", "Mänty",
    "Kuusi",   "Järvi",   "Virta",  "Harju",  "Salo",  "Laakso",  "Niemi", "Kallio"};
constexpr std::array<const char*, 16> kFinnishTrades = {
    "Rakennus", "Analytics", "Logistiikka", "Kone",   "Teräs", "Ohjelmisto",    "Konsultointi", "Sähkö",
    "Energia",  "Puu",       "Kuljetus",    "Design", "Data",  "Talotekniikka", "Metsä",        "Media"};
constexpr std::array<const char*, 16> kNorwegianStems = {
    "Fjord", "Nordlys", "Bergen", "Vest",      "Troll",   "Havn",    "Fjell",   "Skog",
    "Elv",   "Viking",  "Polar",  "Stavanger", "Lofoten", "Bryggen", "Nidaros", "Vidde"};
constexpr std::array<const char*, 12> kNorwegianTrades = {"Energi",  "Shipping", "Bygg",      "Anlegg",
                                                          "Data",    "Fisk",     "Transport", "Rådgivning",
                                                          "Elektro", "Maskin",   "Design",    "Media"};
constexpr std::array<const char*, 16> kFirstNames = {"Aino",    "Eero",   "Liisa",  "Mikko", "Sanna",  "Juha",
                                                     "Kari",    "Tuula",  "Ingrid", "Lars",  "Sigrid", "Ole",
                                                     "Kristin", "Henrik", "Maija",  "Pekka"};
constexpr std::array<const char*, 16> kLastNames = {
    "Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Hämäläinen", "Laine",    "Heikkinen", "Koskinen",
    "Hansen",   "Johansen", "Olsen",   "Larsen",   "Andersen",   "Pedersen", "Nilsen",    "Berg"};
constexpr std::array<const char*, 8> kCities = {"Helsinki", "Espoo",  "Tampere",   "Oulu",
                                                "Oslo",     "Bergen", "Trondheim", "Stavanger"};

constexpr std::array<const char*, 10> kIndustries = {
    "Construction", "Software",   "Energy",        "Logistics", "Manufacturing",
    "Retail",       "Healthcare", "Public sector", "Finance",   "Media"};

std::string FinnishBusinessId(std::mt19937_64& rng) {
  static constexpr int kWeights[] = {7, 9, 10, 5, 8, 4, 2};
  for (;;) {
    std::string body = std::to_string(1000000 + rng() % 8999999);
    int sum = 0;
    for (int i = 0; i < 7; ++i) sum += (body[i] - '0') * kWeights[i];
    int r = sum % 11;
    if (r == 1) continue;  // never issued
    return "FI" + body + std::to_string(r == 0 ? 0 : 11 - r);
  }
}

std::string NorwegianOrgNumber(std::mt19937_64& rng) {
  static constexpr int kWeights[] = {3, 2, 7, 6, 5, 4, 3, 2};
  for (;;) {
    std::string body = std::to_string(80000000 + rng() % 19999999);
    int sum = 0;
    for (int i = 0; i < 8; ++i) sum += (body[i] - '0') * kWeights[i];
    int check = 11 - sum % 11;
    if (check == 10) continue;
    return "NO" + body + std::to_string(check == 11 ? 0 : check) + "MVA";
  }
}

std::string Lower(std::string text) {
  for (auto& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

/// Addresses in rounds over all customers: each customer's first is its headquarters.
Result<std::int64_t> GenerateAddresses(db::Database& db, OrgId org, UserId by,
                                       const std::vector<CustomerId>& ids, std::int64_t total,
                                       std::mt19937_64& rng) {
  addresses::AddressRepository repo(db.kind());
  const std::string now = util::NowIso();
  return InBatches(db, "addresses", total, [&](soci::session& sql, std::int64_t i) {
    addresses::AddressValues v;
    v.street = {std::string(kLastNames[rng() % kLastNames.size()]) + "nkatu " +
                std::to_string(1 + rng() % 120)};
    v.postal_code = std::to_string(10000 + rng() % 89999);
    v.city = kCities[rng() % kCities.size()];
    v.country = rng() % 4 ? "FI" : "NO";
    const bool first_round = i < static_cast<std::int64_t>(ids.size());
    v.uses = {first_round ? addresses::AddressUse::kVisiting : addresses::AddressUse::kPostal};
    repo.Insert(sql, org, ids[static_cast<std::size_t>(i) % ids.size()], v, first_round, by, now);
  });
}

Result<std::int64_t> GenerateContacts(db::Database& db, OrgId org, UserId by,
                                      const std::vector<CustomerId>& ids, std::int64_t total,
                                      std::mt19937_64& rng) {
  contacts::ContactRepository repo;
  const std::string now = util::NowIso();
  return InBatches(db, "contacts", total, [&](soci::session& sql, std::int64_t i) {
    contacts::ContactValues v;
    v.first_name = kFirstNames[rng() % kFirstNames.size()];
    v.last_name = kLastNames[rng() % kLastNames.size()];
    v.email = Lower(*v.first_name) + "." + std::to_string(i + 1) + "@example.com";
    v.mobile_phone = "+358 40 " + std::to_string(1000000 + rng() % 8999999);
    v.title = rng() % 3 ? "Project manager" : "CEO";
    repo.Insert(sql, org, ids[PickCustomer(rng, ids.size())], v, by, now);
  });
}

/// Projects skewed like contacts (a few key accounts have many), in every state; returns each project's
/// customer index through `owners_of` for the tasks.
Result<std::int64_t> GenerateProjects(db::Database& db, OrgId org, const std::vector<UserId>& owners,
                                      const std::vector<CustomerId>& ids, std::int64_t total,
                                      std::mt19937_64& rng,
                                      std::vector<std::pair<projects::ProjectId, std::size_t>>& out) {
  projects::ProjectRepository repo(db.kind());
  statuses::StatusRepository statuses;
  auto sales = db.Read([&](soci::session& sql) { return statuses.ListSales(sql, org, false); });
  if (sales.empty()) return Error::NotFound("the organization has no sales statuses");
  constexpr std::array<const char*, 8> kKinds = {
      "ERP roll-out",    "Website renewal", "Data platform",     "Audit",
      "Cloud migration", "Training",        "Support agreement", "Integration"};
  const std::string now = util::NowIso();
  out.reserve(static_cast<std::size_t>(total));
  return InBatches(db, "projects", total, [&](soci::session& sql, std::int64_t i) {
    const std::size_t customer = PickCustomer(rng, ids.size());
    const auto& status = sales[rng() % sales.size()];
    projects::ProjectValues v;
    v.name = std::string(kKinds[rng() % kKinds.size()]) + " " + std::to_string(i + 1);
    v.owner = owners[rng() % owners.size()];
    v.sales_status = status.id;
    v.probability = status.probability;
    if (rng() % 5)
      v.expected_value =
          projects::Money{static_cast<std::int64_t>(1000 + rng() % 500000) * 100, rng() % 4 ? "EUR" : "NOK"};
    const auto state = projects::StateFor(status.category);
    std::optional<std::string> closed;
    if (state == projects::ProjectState::kClosed) closed = "2026-06-30";
    const auto number = repo.NextNumber(sql, org);
    out.emplace_back(repo.Insert(sql, org, ids[customer], number, v, state, closed, owners[0], now),
                     customer);
  });
}

/// Tasks spread evenly over the projects, so they follow the projects' skew to the key accounts (picking the
/// key accounts' projects again on top of that put half of all tasks on one customer at S); ranks in
/// insertion order.
Result<std::int64_t> GenerateTasks(
    db::Database& db, OrgId org, const std::vector<UserId>& owners, const std::vector<CustomerId>& ids,
    const std::vector<std::pair<projects::ProjectId, std::size_t>>& project_list, std::int64_t total,
    std::mt19937_64& rng) {
  if (project_list.empty()) return std::int64_t{0};
  tasks::TaskRepository repo;
  statuses::StatusRepository statuses;
  auto columns = db.Read([&](soci::session& sql) { return statuses.ListTask(sql, org, false); });
  std::map<std::pair<std::size_t, std::int64_t>, std::string> last_rank;  // (customer, status) → rank
  constexpr std::array<const char*, 6> kVerbs = {"Plan", "Review", "Write", "Test", "Deliver", "Agree"};
  constexpr std::array<const char*, 6> kThings = {"requirements", "workshop",     "report",
                                                  "integration",  "invoice plan", "training"};
  const std::string now = util::NowIso();
  return InBatches(db, "tasks", total, [&](soci::session& sql, std::int64_t i) {
    const auto& [project, customer] = project_list[rng() % project_list.size()];
    const auto& status = columns[rng() % columns.size()];
    tasks::TaskValues v;
    v.name = std::string(kVerbs[rng() % kVerbs.size()]) + " " + kThings[rng() % kThings.size()];
    v.status = status.id;
    if (rng() % 4) v.assignee = owners[rng() % owners.size()];
    if (rng() % 2) v.due_date = "2027-0" + std::to_string(1 + rng() % 9) + "-1" + std::to_string(rng() % 10);
    v.estimate_minutes = static_cast<std::int64_t>(30 * (1 + rng() % 16));
    auto& rank = last_rank[{customer, status.id.value}];
    rank = rank.empty() ? util::rank::First() : util::rank::After(rank);
    std::optional<std::string> completed;
    if (status.is_done) completed = now;
    repo.Insert(sql, org, project, ids[customer], v, rank, completed, owners[0], now);
    (void)i;
  });
}

}  // namespace

std::optional<DataSize> ParseDataSize(const std::string& name) {
  if (name == "S") return DataSize{"S", 1'000, 3'000, 2'000, 10'000, 5'000, 2'000, 20'000};
  if (name == "M") return DataSize{"M", 10'000, 30'000, 20'000, 100'000, 50'000, 20'000, 200'000};
  if (name == "L") return DataSize{"L", 100'000, 300'000, 200'000, 1'000'000, 500'000, 200'000, 2'000'000};
  if (name == "XL")
    return DataSize{"XL", 1'000'000, 3'000'000, 2'000'000, 10'000'000, 5'000'000, 2'000'000, 20'000'000};
  return std::nullopt;
}

Result<GeneratedData> GenerateData(db::Database& db, const DataSize& size, std::uint64_t seed) {
  const auto started = std::chrono::steady_clock::now();
  std::mt19937_64 rng(seed);
  GeneratedData out;
  out.org_name = "Benchmark " + size.name + " Oy";
  users::UserService users(db);
  CLIENTELE_TRY(org, users.CreateOrganization(out.org_name));

  // Users in every role; consultants own most accounts.
  struct Seat {
    const char* role;
    int count;
  };
  constexpr Seat kSeats[] = {{"Administrator", 2}, {"Manager", 5}, {"Consultant", 40}, {"Read-only", 5}};
  // One argon2id hash for every generated user: hashing 52 passwords would take longer than the data.
  const std::string password_hash = auth::HashPassword(kPassword);
  users::UserRepository user_repo(db.kind());
  std::vector<UserId> owners;
  auto seated = db.Write([&](soci::session& sql) -> Status {
    for (const auto& seat : kSeats) {
      auto role = user_repo.FindRoleByName(sql, org.id, seat.role);
      if (!role) return Error::NotFound(std::string("no role ") + seat.role);
      const std::string handle = Lower(seat.role == std::string("Read-only") ? "readonly" : seat.role);
      for (int i = 1; i <= seat.count; ++i) {
        const std::string email = handle + std::to_string(i) + "@" + Lower(size.name) + ".bench.test";
        if (out.admin_email.empty()) out.admin_email = email;
        users::NewUser user{email, std::string(seat.role) + " " + std::to_string(i), role->id, ""};
        UserId id = user_repo.InsertUser(sql, org.id, user, password_hash, util::NowIso());
        if (handle != "readonly") owners.push_back(id);
        ++out.rows;
      }
    }
    return Ok();
  });
  if (!seated.ok()) return std::move(seated).error();

  customers::CustomerRepository repo(db.kind());
  std::vector<CustomerId> customer_ids;
  customer_ids.reserve(static_cast<std::size_t>(size.customers));
  Progress progress("customers", size.customers);
  const std::string now = util::NowIso();
  for (std::int64_t done = 0; done < size.customers;) {
    const std::int64_t batch_end = std::min(size.customers, done + kBatch);
    auto written = db.Write([&](soci::session& sql) -> Result<std::int64_t> {
      for (std::int64_t i = done; i < batch_end; ++i) {
        customers::CustomerValues v;
        const bool finnish = rng() % 4 != 0;
        if (finnish) {
          v.name = std::string(kFinnishStems[rng() % kFinnishStems.size()]) + " " +
                   kFinnishTrades[rng() % kFinnishTrades.size()] + (rng() % 5 == 0 ? " Oyj" : " Oy");
          v.country = "FI";
          v.vat_number = FinnishBusinessId(rng);
        } else {
          v.name = std::string(kNorwegianStems[rng() % kNorwegianStems.size()]) + " " +
                   kNorwegianTrades[rng() % kNorwegianTrades.size()] + (rng() % 5 == 0 ? " ASA" : " AS");
          v.country = "NO";
          v.vat_number = NorwegianOrgNumber(rng);
        }
        v.name +=
            " " + std::to_string(i + 1);  // names repeat across a large organization; numbers tell them apart
        v.number = 1001 + i;
        v.industry = kIndustries[rng() % kIndustries.size()];
        v.account_owner = owners[rng() % owners.size()];
        customer_ids.push_back(repo.Insert(sql, org.id, v, owners[0], now));
      }
      repo.RaiseNumberCounter(sql, org.id, 1000 + batch_end);
      return batch_end - done;
    });
    if (!written.ok()) return std::move(written).error();
    done = batch_end;
    out.rows += written.value();
    progress.Update(done);
  }
  progress.Done();
  CLIENTELE_TRY(addresses, GenerateAddresses(db, org.id, owners[0], customer_ids, size.addresses, rng));
  CLIENTELE_TRY(contacts, GenerateContacts(db, org.id, owners[0], customer_ids, size.contacts, rng));
  std::vector<std::pair<projects::ProjectId, std::size_t>> project_list;
  CLIENTELE_TRY(project_rows,
                GenerateProjects(db, org.id, owners, customer_ids, size.projects, rng, project_list));
  CLIENTELE_TRY(task_rows, GenerateTasks(db, org.id, owners, customer_ids, project_list, size.tasks, rng));
  CLIENTELE_CHECK(
      GenerateActivities(db, org.id, owners, customer_ids, project_list, size.activities, rng, out.rows));
  out.rows += addresses + contacts + project_rows + task_rows;
  CLIENTELE_TRY(note_rows, GenerateNotes(db, org.id, owners, customer_ids, project_list, size.notes, rng));
  out.rows += note_rows;
  // 25 hour entries per project (S: 50,000; L: 5 million).
  CLIENTELE_TRY(money_rows,
                GenerateMoney(db, org.id, owners, customer_ids, project_list, size.projects * 25, rng));
  out.rows += money_rows;
  CLIENTELE_TRY(invoices, GenerateInvoices(db, org.id, owners[0], project_list));
  out.rows += invoices;
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return out;
}

}  // namespace clientele::app
