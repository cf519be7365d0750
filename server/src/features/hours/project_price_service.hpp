#pragma once

#include <optional>
#include <string>

#include "features/hours/project_price.hpp"
#include "features/hours/project_price_repository.hpp"
#include "features/hours/work_type_service.hpp"
#include "features/projects/project_service.hpp"
#include "platform/auth/principal.hpp"
#include "platform/db/database.hpp"
#include "platform/errors/result.hpp"

namespace clientele::hours {

/// A project's own hourly prices per work type (GET/PUT /api/v1/projects/{id}/prices), in the project's
/// currency: read with financials view on the project, replaced with financials edit.
class ProjectPriceService {
 public:
  ProjectPriceService(db::Database& db, projects::ProjectService& projects, WorkTypeService& work_types)
      : db_(db), projects_(projects), work_types_(work_types) {}

  Result<ProjectPrices> Get(const auth::Principal& caller, ProjectId project);
  Result<ProjectPrices> Put(const auth::Principal& caller, ProjectId project,
                            const ProjectPricesInput& input);

  /// For the projects: "prices or hour entries" while the project has any (its currency is then fixed).
  std::optional<std::string> PricedRows(soci::session& sql, OrgId org, ProjectId project);

 private:
  /// The validated (work type, price) pairs of `input`, or 422 naming the item.
  Result<std::vector<std::pair<WorkTypeId, std::int64_t>>> Checked(soci::session& sql, OrgId org,
                                                                   const std::string& currency,
                                                                   const ProjectPricesInput& input);

  db::Database& db_;
  projects::ProjectService& projects_;
  WorkTypeService& work_types_;
  ProjectPriceRepository repo_;
};

}  // namespace clientele::hours
