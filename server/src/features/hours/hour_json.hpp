#pragma once

#include <nlohmann/json.hpp>

#include "features/hours/hour_entry.hpp"
#include "features/hours/project_price.hpp"
#include "platform/errors/result.hpp"

namespace clientele::hours {

void to_json(nlohmann::json& j, const HourEntry& e);
void to_json(nlohmann::json& j, const Timesheet& t);
void to_json(nlohmann::json& j, const ProjectPrices& p);

Result<NewHourEntry> ParseNewHourEntry(const nlohmann::json& body);
Result<HourEntryPatch> ParseHourEntryPatch(const nlohmann::json& body);
/// {prices: [{workTypeId, hourlyPrice}], version}.
Result<ProjectPricesInput> ParseProjectPrices(const nlohmann::json& body);

}  // namespace clientele::hours
