#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "features/hours/work_type.hpp"
#include "platform/errors/result.hpp"
#include "platform/json/json_body.hpp"

namespace clientele::hours {

void to_json(nlohmann::json& j, const Money& m);
void to_json(nlohmann::json& j, const WorkType& t);

/// A money field `name` ({amount, currency}) of `r`; a malformed object adds to `errors` (422 with the
/// others) and reads as absent.
Field<Money> ReadMoney(json::ObjectReader& r, const std::string& name, std::vector<FieldError>& errors);

Result<NewWorkType> ParseNewWorkType(const nlohmann::json& body);
Result<WorkTypePatch> ParseWorkTypePatch(const nlohmann::json& body);

}  // namespace clientele::hours
