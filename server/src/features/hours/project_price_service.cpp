#include "features/hours/project_price_service.hpp"

#include <set>

#include "features/hours/hour_access.hpp"
#include "features/hours/hour_money.hpp"
#include "platform/validation/money.hpp"

namespace clientele::hours {

std::optional<std::string> ProjectPriceService::PricedRows(soci::session& sql, OrgId org, ProjectId project) {
  if (!repo_.HasPricedRows(sql, org, project)) return std::nullopt;
  return std::string("prices or hour entries");
}

Result<ProjectPrices> ProjectPriceService::Get(const auth::Principal& caller, ProjectId id) {
  return db_.Read([&](soci::session& sql) -> Result<ProjectPrices> {
    CLIENTELE_TRY(project, projects_.Visible(sql, caller, id));
    if (!MayViewFinancials(caller, project))
      return Error::Forbidden("A project's prices need financials view on the project");
    return repo_.Find(sql, caller.org, id, project.values.currency);
  });
}

Result<std::vector<std::pair<WorkTypeId, std::int64_t>>> ProjectPriceService::Checked(
    soci::session& sql, OrgId org, const std::string& currency, const ProjectPricesInput& input) {
  std::vector<FieldError> errors = input.shape_errors;
  if (!input.version) errors.push_back({"version", "is required: send the version you read"});
  if (input.prices.size() > kMaxProjectPrices)
    errors.push_back(
        {"prices", "a project can have at most " + std::to_string(kMaxProjectPrices) + " prices"});
  if (!errors.empty()) return Error::Validation(std::move(errors));
  std::vector<std::pair<WorkTypeId, std::int64_t>> out;
  std::set<std::int64_t> seen;
  for (std::size_t i = 0; i < input.prices.size(); ++i) {
    const auto& [type_id, price] = input.prices[i];
    const std::string at = "prices[" + std::to_string(i) + "]";
    if (!seen.insert(type_id).second)
      errors.push_back({at + ".workTypeId", "is listed twice"});
    else if (!work_types_.Find(sql, org, WorkTypeId(type_id)))
      errors.push_back({at + ".workTypeId", "is not a work type of this organization"});
    if (auto e = validation::CheckMoneyAmount(price.amount))
      errors.push_back({at + ".hourlyPrice.amount", *e});
    if (price.currency != currency)
      errors.push_back({at + ".hourlyPrice.currency", "must be the project's currency " + currency});
    out.emplace_back(WorkTypeId(type_id), price.amount);
  }
  if (!errors.empty()) return Error::Validation(std::move(errors));
  return out;
}

Result<ProjectPrices> ProjectPriceService::Put(const auth::Principal& caller, ProjectId id,
                                               const ProjectPricesInput& input) {
  return db_.Write([&](soci::session& sql) -> Result<ProjectPrices> {
    CLIENTELE_TRY(project, projects_.Visible(sql, caller, id));
    if (!MayEditFinancials(caller, project))
      return Error::Forbidden("Changing a project's prices needs financials edit on the project");
    const std::string& currency = project.values.currency;
    CLIENTELE_TRY(prices, Checked(sql, caller.org, currency, input));
    if (!repo_.Replace(sql, caller.org, id, *input.version, prices)) {
      Error e = Error::Conflict("Someone else changed the project's prices after you opened them");
      e.current = repo_.Find(sql, caller.org, id, currency);
      return e;
    }
    return repo_.Find(sql, caller.org, id, currency);
  });
}

}  // namespace clientele::hours
