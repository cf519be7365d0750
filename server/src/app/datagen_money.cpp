#include "app/datagen_money.hpp"

#include <algorithm>
#include <chrono>
#include <string>

#include "app/datagen_support.hpp"
#include "features/financials/fee_repository.hpp"
#include "features/financials/forecast_repository.hpp"
#include "features/hours/hour_repository.hpp"
#include "features/hours/work_type_repository.hpp"
#include "platform/util/clock.hpp"

namespace clientele::app {

namespace {

constexpr const char* kCurrency = "EUR";     // the generated organization's base currency
constexpr std::int64_t kHeaviestShare = 50;  // 1 in this many hour entries is on the heaviest project

std::chrono::sys_days Today() {
  return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

std::string DateBack(std::int64_t days) {
  return util::ToIso(Today() - std::chrono::days(days)).substr(0, 10);
}

/// The billable work types the organization starts with (Consulting, Design, Project management).
Result<std::vector<hours::WorkType>> BillableTypes(db::Database& db, OrgId org) {
  hours::WorkTypeRepository repo;
  auto types = db.Read([&](soci::session& sql) { return repo.List(sql, org, kCurrency); });
  std::vector<hours::WorkType> billable;
  for (auto& t : types)
    if (t.billable) billable.push_back(std::move(t));
  if (billable.empty()) return Error::NotFound("the organization has no billable work types");
  return billable;
}

}  // namespace

Result<std::int64_t> GenerateMoney(db::Database& db, OrgId org, const std::vector<UserId>& people,
                                   const std::vector<CustomerId>& customers,
                                   const std::vector<std::pair<projects::ProjectId, std::size_t>>& projects,
                                   std::int64_t hours, std::mt19937_64& rng) {
  if (projects.empty() || people.empty()) return std::int64_t{0};
  CLIENTELE_TRY(types, BillableTypes(db, org));
  hours::HourRepository hour_repo;
  const std::string now = util::NowIso();
  const auto n = static_cast<std::int64_t>(people.size());
  // Two years back from today, as many entries per person and day as that takes (at least two), each short
  // enough that no day holds more than 24 hours.
  const std::int64_t per_day = std::max<std::int64_t>(2, (hours + n * 730 - 1) / (n * 730));
  const std::int64_t slots = std::max<std::int64_t>(1, std::min<std::int64_t>(240, 1440 / per_day) / 5);
  CLIENTELE_TRY(hour_rows, datagen::InBatches(db, "hours", hours, [&](soci::session& sql, std::int64_t i) {
                  // One in 50 entries goes to the first project (S: 1,000, L: 100,000 entries): a large
                  // multi-year engagement, whose Financials tab project-financials-heaviest measures.
                  const auto& [project, customer] =
                      i % kHeaviestShare == 0 ? projects.front() : projects[rng() % projects.size()];
                  const auto& type = types[rng() % types.size()];
                  hours::HourEntryRow row;
                  row.user = people[static_cast<std::size_t>(i % n)];
                  row.project = project;
                  row.customer = customers[customer];
                  row.work_type = type.id;
                  row.date = DateBack(i / n / per_day);
                  row.minutes =
                      5 * (1 + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(slots)));
                  row.description = "Workshops, configuration and follow-up";
                  row.billable = rng() % 8 != 0;
                  row.unit_price = 12'000;
                  row.unit_cost = 6'000;
                  row.currency = kCurrency;
                  hour_repo.Insert(sql, org, row, row.user, now);
                }));
  financials::FeeRepository fees;
  const auto fee_total = static_cast<std::int64_t>(projects.size()) * 5 / 2;
  CLIENTELE_TRY(fee_rows, datagen::InBatches(db, "fees", fee_total, [&](soci::session& sql, std::int64_t i) {
                  const auto& [project, customer] = projects[rng() % projects.size()];
                  financials::ProjectFacts facts{
                      financials::ProjectId(project.value), customers[customer], kCurrency, {}};
                  financials::FeeValues v;
                  v.kind = i % 3 ? financials::FeeKind::kFee : financials::FeeKind::kCost;
                  v.date = DateBack(static_cast<std::int64_t>(rng() % 365));
                  v.description = i % 3 ? "Software licences" : "Travel";
                  v.quantity = 100 * static_cast<std::int64_t>(1 + rng() % 20);
                  v.unit = "pcs";
                  v.unit_price = i % 3 ? 45'000 : 0;
                  v.unit_cost = i % 3 ? 31'500 : 84'000;
                  v.billable = i % 3 != 0;
                  fees.Insert(sql, org, facts, v, people[0], now);
                }));
  financials::ForecastRepository forecasts;
  const std::chrono::year_month_day today{Today()};
  const std::chrono::year_month this_month{today.year(), today.month()};
  const auto forecast_total = static_cast<std::int64_t>(projects.size() / 4);
  CLIENTELE_TRY(forecast_rows,
                datagen::InBatches(db, "forecasts", forecast_total, [&](soci::session& sql, std::int64_t i) {
                  const financials::ProjectId project(projects[static_cast<std::size_t>(4 * i)].first.value);
                  for (int offset = -6; offset < 6; ++offset) {
                    financials::ForecastMonth m;
                    const std::chrono::sys_days first{(this_month + std::chrono::months(offset)) / 1};
                    m.month = util::ToIso(first).substr(0, 7);
                    m.revenue = 100 * static_cast<std::int64_t>(1'000 + rng() % 20'000);
                    m.billing = m.revenue;
                    m.labor_cost = *m.revenue * 45 / 100;
                    forecasts.Save(sql, org, project, kCurrency, m, people[0], now);
                  }
                  forecasts.Advance(sql, org, project, 0, people[0], now);
                }));
  return hour_rows + fee_rows + forecast_rows * 12;
}

}  // namespace clientele::app
