#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "features/registry/registry.hpp"
#include "platform/errors/result.hpp"

namespace clientele::registry {

/// The company `business_id` (canonical "0112038-9") from PRH's YTJ v3 answer to
/// `GET /opendata-ytj-api/v3/companies?businessId=…`. Takes the current registered name (type "1" without an
/// end date), the current visiting (type 1) and postal (type 2) addresses with the post office in `language`
/// (falling back to Finnish, then to the first one), and the website. PRH open data has no e-mail.
/// NotFound when the answer lists no such company (PRH answers 200 with an empty list for unknown ids);
/// BadGateway when the body is not shaped like the v3 API.
Result<RegistryCompany> MapPrhCompanies(const nlohmann::json& body, std::string_view business_id,
                                        Language language);

}  // namespace clientele::registry
