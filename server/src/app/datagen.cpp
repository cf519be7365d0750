#include "app/datagen.hpp"

#include <unistd.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <random>

#include "features/customers/customer_repository.hpp"
#include "features/users/user_service.hpp"
#include "platform/auth/crypto.hpp"
#include "platform/util/clock.hpp"

namespace clientele::app {

namespace {

constexpr std::int64_t kBatch = 5000;
constexpr const char* kPassword = "clientele-demo";

constexpr std::array<const char*, 24> kFinnishStems = {
    "Aalto", "Pohjola", "Saimaa", "Kuopio", "Lappi", "Tampere", "Vaasa", "Oulu", "Karjala", "Kaleva", "Sampo",
    "Ilmari", "Väinö", "Kataja", "Koivu", "Mänty", "Kuusi", "Järvi", "Virta", "Harju", "Salo", "Laakso", "Niemi",
    "Kallio"};
constexpr std::array<const char*, 16> kFinnishTrades = {
    "Rakennus", "Analytics", "Logistiikka", "Kone", "Teräs", "Ohjelmisto", "Konsultointi", "Sähkö", "Energia",
    "Puu", "Kuljetus", "Design", "Data", "Talotekniikka", "Metsä", "Media"};
constexpr std::array<const char*, 16> kNorwegianStems = {"Fjord", "Nordlys", "Bergen", "Vest", "Troll", "Havn",
                                                         "Fjell", "Skog", "Elv", "Viking", "Polar", "Stavanger",
                                                         "Lofoten", "Bryggen", "Nidaros", "Vidde"};
constexpr std::array<const char*, 12> kNorwegianTrades = {"Energi", "Shipping", "Bygg", "Anlegg", "Data", "Fisk",
                                                          "Transport", "Rådgivning", "Elektro", "Maskin", "Design",
                                                          "Media"};
constexpr std::array<const char*, 10> kIndustries = {"Construction", "Software", "Energy", "Logistics",
                                                     "Manufacturing", "Retail", "Healthcare", "Public sector",
                                                     "Finance", "Media"};

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

/// Progress on stderr, only when a person watches it.
class Progress {
 public:
  Progress(std::string what, std::int64_t total)
      : what_(std::move(what)), total_(total), start_(std::chrono::steady_clock::now()), tty_(isatty(2)) {}
  void Update(std::int64_t done) {
    if (!tty_) return;
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = secs > 0 ? done / secs : 0;
    const double eta = rate > 0 ? (total_ - done) / rate : 0;
    std::fprintf(stderr, "\r%-10s %9lld / %lld  %8.0f rows/s  ETA %4.0fs", what_.c_str(),
                 static_cast<long long>(done), static_cast<long long>(total_), rate, eta);
  }
  void Done() {
    if (tty_) std::fprintf(stderr, "\n");
  }

 private:
  std::string what_;
  std::int64_t total_;
  std::chrono::steady_clock::time_point start_;
  bool tty_;
};

}  // namespace

std::optional<DataSize> ParseDataSize(const std::string& name) {
  if (name == "S") return DataSize{"S", 1'000, 3'000, 2'000, 10'000, 5'000, 2'000, 20'000};
  if (name == "M") return DataSize{"M", 10'000, 30'000, 20'000, 100'000, 50'000, 20'000, 200'000};
  if (name == "L") return DataSize{"L", 100'000, 300'000, 200'000, 1'000'000, 500'000, 200'000, 2'000'000};
  if (name == "XL") return DataSize{"XL", 1'000'000, 3'000'000, 2'000'000, 10'000'000, 5'000'000, 2'000'000, 20'000'000};
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
        v.name += " " + std::to_string(i + 1);  // names repeat across a large organization; numbers tell them apart
        v.number = 1001 + i;
        v.industry = kIndustries[rng() % kIndustries.size()];
        v.account_owner = owners[rng() % owners.size()];
        repo.Insert(sql, org.id, v, owners[0], now);
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
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return out;
}

}  // namespace clientele::app
