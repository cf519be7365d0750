#include "app/demo_money.hpp"

#include <chrono>
#include <string>

#include "platform/util/clock.hpp"

namespace clientele::app {

namespace {

using std::chrono::days;
using std::chrono::sys_days;

constexpr int kHourDays = 182;  // hour entries cover the last six months

std::string DateOf(sys_days day) { return util::ToIso(day).substr(0, 10); }

sys_days Today() { return std::chrono::floor<days>(std::chrono::system_clock::now()); }

bool IsWeekday(sys_days day) {
  const std::chrono::weekday wd{day};
  return wd != std::chrono::Saturday && wd != std::chrono::Sunday;
}

/// The organization's price list: what a Nordic consultancy charges per hour, in cents.
Status PriceWorkTypes(Services& services, const auth::Principal& admin) {
  CLIENTELE_TRY(types, services.work_types.List(admin));
  const std::pair<const char*, std::int64_t> kPrices[] = {
      {"Consulting", 12'000}, {"Design", 11'000}, {"Project management", 13'000}, {"Travel time", 6'000}};
  for (const auto& type : types) {
    for (const auto& [name, amount] : kPrices) {
      if (type.name != name) continue;
      hours::WorkTypePatch patch;
      patch.version = type.version;
      patch.hourly_price = {true, hours::Money{amount, type.hourly_price.currency}};
      CLIENTELE_CHECK(services.work_types.Update(admin, type.id, patch));
    }
  }
  return Ok();
}

/// Labor cost per hour of every demo user but the read-only one.
Status CostUsers(Services& services, const auth::Principal& admin, const std::vector<users::User>& people) {
  const std::int64_t kCosts[] = {6'500, 7'000, 5'500, 5'200};
  for (std::size_t i = 0; i < people.size() && i < std::size(kCosts); ++i) {
    users::UserPatch patch;
    patch.version = people[i].version;
    patch.hourly_cost = kCosts[i];
    patch.hourly_cost_currency = "EUR";
    CLIENTELE_CHECK(services.users.UpdateUser(admin, people[i].id, patch));
  }
  return Ok();
}

std::optional<std::int64_t> WorkTypeId(const std::vector<hours::WorkType>& types, const char* name) {
  for (const auto& t : types)
    if (t.name == name) return t.id.value;
  return std::nullopt;
}

/// The owner's days on the project: consulting most weekdays, design now and then, and the manager's weekly
/// steering hour; a deterministic pattern so every demo looks the same.
Status AddHours(Services& services, const auth::Principal& admin, const projects::Project& project,
                std::size_t index, UserId manager, const std::vector<hours::WorkType>& types) {
  const auto consulting = WorkTypeId(types, "Consulting");
  const auto design = WorkTypeId(types, "Design");
  const auto management = WorkTypeId(types, "Project management");
  const UserId owner = project.values.owner.value_or(manager);
  const sys_days today = Today();
  for (int back = kHourDays; back >= 0; --back) {
    const sys_days day = today - days(back);
    if (!IsWeekday(day)) continue;
    const auto n = static_cast<std::size_t>(back) + index;
    auto add = [&](UserId user, std::optional<std::int64_t> type, std::int64_t minutes,
                   const char* text) -> Status {
      hours::NewHourEntry entry;
      entry.user_id = user.value;
      entry.project_id = project.id.value;
      entry.work_type_id = type;
      entry.date = DateOf(day);
      entry.minutes = minutes;
      entry.description = text;
      CLIENTELE_CHECK(services.hours.Create(admin, entry));
      return Ok();
    };
    if (n % 3 != 0)
      CLIENTELE_CHECK(
          add(owner, consulting, 240 + 30 * static_cast<std::int64_t>(n % 7), "Workshops and configuration"));
    if (n % 5 == 0) CLIENTELE_CHECK(add(owner, design, 120, "Process and screen design"));
    if (std::chrono::weekday{day} == std::chrono::Monday)
      CLIENTELE_CHECK(add(manager, management, 60, "Steering group and status report"));
  }
  return Ok();
}

/// A licence re-sold at a margin, travel costs that are not billed, and six months of hosting.
Status AddFees(Services& services, const auth::Principal& admin, const projects::Project& project) {
  const sys_days today = Today();
  financials::FeeInput licence;
  licence.kind = {true, "fee"};
  licence.date = {true, DateOf(today - days(35))};
  licence.description = {true, "Software licences, first year"};
  licence.quantity = {true, "12"};
  licence.unit = {true, "pcs"};
  licence.unit_price = {true, financials::Money{45'000, project.values.currency}};
  licence.unit_cost = {true, financials::Money{31'500, project.values.currency}};
  CLIENTELE_CHECK(services.fees.Create(admin, financials::ProjectId(project.id.value), licence));
  financials::FeeInput travel;
  travel.kind = {true, "cost"};
  travel.date = {true, DateOf(today - days(20))};
  travel.description = {true, "Flights and hotel for the on-site workshop"};
  travel.quantity = {true, "1"};
  travel.unit = {true, "trip"};
  travel.unit_price = {true, financials::Money{0, project.values.currency}};
  travel.unit_cost = {true, financials::Money{84'000, project.values.currency}};
  CLIENTELE_CHECK(services.fees.Create(admin, financials::ProjectId(project.id.value), travel));
  for (int month = 0; month < 6; ++month) {
    financials::FeeInput hosting;
    hosting.kind = {true, "fee"};
    hosting.date = {true, DateOf(today - days(30 * month + 2))};
    hosting.description = {true, "Hosting and support"};
    hosting.quantity = {true, "1"};
    hosting.unit = {true, "month"};
    hosting.unit_price = {true, financials::Money{95'000, project.values.currency}};
    hosting.unit_cost = {true, financials::Money{40'000, project.values.currency}};
    CLIENTELE_CHECK(services.fees.Create(admin, financials::ProjectId(project.id.value), hosting));
  }
  return Ok();
}

/// Six months back (to compare with the actuals) and six ahead.
Status AddForecast(Services& services, const auth::Principal& admin, const projects::Project& project) {
  const std::chrono::year_month_day today{Today()};
  const std::chrono::year_month this_month{today.year(), today.month()};
  financials::ForecastInput input;
  input.version = 0;
  for (int offset = -6; offset <= 6; ++offset) {
    const auto month = this_month + std::chrono::months(offset);
    const sys_days first{month / 1};
    financials::ForecastMonthInput m;
    m.month = DateOf(first).substr(0, 7);
    const std::int64_t revenue = 2'200'000 - 100'000 * offset;
    m.revenue = {true, financials::Money{revenue, project.values.currency}};
    m.billing = {true, financials::Money{revenue, project.values.currency}};
    m.labor_cost = {true, financials::Money{revenue * 45 / 100, project.values.currency}};
    m.other_cost = {true, financials::Money{60'000, project.values.currency}};
    if (offset == 0) m.notes = "Pilot go-live";
    input.months.push_back(std::move(m));
  }
  CLIENTELE_CHECK(services.forecasts.Put(admin, financials::ProjectId(project.id.value), input));
  return Ok();
}

}  // namespace

Status AddDemoMoney(Services& services, const auth::Principal& admin, const std::vector<users::User>& people,
                    const std::vector<projects::Project>& open_projects) {
  CLIENTELE_CHECK(PriceWorkTypes(services, admin));
  CLIENTELE_CHECK(CostUsers(services, admin, people));
  CLIENTELE_TRY(types, services.work_types.List(admin));
  for (std::size_t i = 0; i < open_projects.size(); ++i) {
    const auto& project = open_projects[i];
    if (i == 0) {
      // A negotiated consulting price on the first project: the price list on its card shows it.
      hours::ProjectPricesInput prices;
      prices.version = 0;
      if (auto consulting = WorkTypeId(types, "Consulting"))
        prices.prices.push_back({*consulting, hours::Money{11'500, project.values.currency}});
      CLIENTELE_CHECK(services.project_prices.Put(admin, project.id, prices));
    }
    CLIENTELE_CHECK(AddHours(services, admin, project, i, people[1].id, types));
    CLIENTELE_CHECK(AddFees(services, admin, project));
    CLIENTELE_CHECK(AddForecast(services, admin, project));
  }
  return Ok();
}

}  // namespace clientele::app
