#include "features/financials/forecast_service.hpp"

#include "features/financials/forecast_rules.hpp"
#include "platform/events/after_commit.hpp"
#include "platform/util/clock.hpp"

namespace clientele::financials {

using events::ChangeType;
using events::Entity;

Forecast ForecastService::Load(soci::session& sql, OrgId org, const ProjectFacts& facts) {
  auto f = repo_.Load(sql, org, facts.id, std::nullopt, std::nullopt, kMaxForecastMonthsListed);
  f.currency = facts.currency;
  return f;
}

Error ForecastService::Stale(soci::session& sql, OrgId org, const ProjectFacts& facts) {
  Error e = Error::Conflict(
      "Someone else changed this project's forecast after you opened it; reload to see their changes");
  e.current = Load(sql, org, facts);
  return e;
}

Result<Forecast> ForecastService::Get(const auth::Principal& caller, ProjectId project,
                                      const std::optional<std::string>& from,
                                      const std::optional<std::string>& to) {
  return db_.Read([&](soci::session& sql) -> Result<Forecast> {
    CLIENTELE_TRY(facts, access_.Project(sql, caller, project, Need::kView));
    auto f = repo_.Load(sql, caller.org, project, from, to, kMaxForecastMonthsListed);
    f.currency = facts.currency;
    return f;
  });
}

Result<Forecast> ForecastService::Put(const auth::Principal& caller, ProjectId project,
                                      const ForecastInput& input) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Forecast> {
    CLIENTELE_TRY(facts, access_.Project(sql, caller, project, Need::kEdit));
    CLIENTELE_TRY(months, ValidateForecastMonths(input, facts.currency));
    const auto now = util::NowIso();
    if (!repo_.Advance(sql, caller.org, project, *input.version, caller.user, now))
      return Stale(sql, caller.org, facts);
    for (const auto& m : months) repo_.Save(sql, caller.org, project, facts.currency, m, caller.user, now);
    after.Set(
        access_.EventOf(sql, caller.org, ChangeType::kUpdated, Entity::kForecast, project.value, facts));
    return Load(sql, caller.org, facts);
  }));
}

Result<Forecast> ForecastService::FillFromFees(const auth::Principal& caller, ProjectId project,
                                               const FillRequest& request) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Forecast> {
    CLIENTELE_TRY(facts, access_.Project(sql, caller, project, Need::kEdit));
    auto current = Load(sql, caller.org, facts);
    if (request.version && *request.version != current.version) return Stale(sql, caller.org, facts);
    const auto this_month = ParseMonth(MonthOf(access_.Today(sql, caller.org)));
    if (!this_month) return Error::Validation("today", "the organization's date is not a date");
    const auto rows =
        fees_.MonthRows(sql, caller.org, project, facts.currency, FirstDay(*this_month), "9999-12-31");
    auto plan = PlanFillFromFees(rows, *this_month, current.months);
    if (!plan) return Error::Validation("fees", "a month's fees are beyond the range of 64-bit minor units");
    if (!plan->non_empty.empty() && !request.overwrite) {
      std::string listed;
      std::vector<FieldError> fields;
      for (const auto& m : plan->non_empty) {
        listed += (listed.empty() ? "" : ", ") + m;
        fields.push_back({"months." + m, "already has a forecast"});
      }
      Error e = Error::Conflict("These months already have a forecast: " + listed +
                                "; send {\"overwrite\": true} to replace them");
      e.fields = std::move(fields);
      e.current = std::move(current);
      return e;
    }
    const auto now = util::NowIso();
    if (!repo_.Advance(sql, caller.org, project, current.version, caller.user, now))
      return Stale(sql, caller.org, facts);
    for (const auto& m : plan->months)
      repo_.Save(sql, caller.org, project, facts.currency, m, caller.user, now);
    after.Set(
        access_.EventOf(sql, caller.org, ChangeType::kUpdated, Entity::kForecast, project.value, facts));
    return Load(sql, caller.org, facts);
  }));
}

}  // namespace clientele::financials
