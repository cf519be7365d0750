#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "features/registry/registry.hpp"
#include "platform/errors/result.hpp"

namespace clientele::registry {

/// The unit `org_number` from Brønnøysund's 200 answer to `GET /enhetsregisteret/api/enheter/{orgnr}`: an
/// `Enhet` (name, business address as the visiting address, postal address, e-mail, website, bankruptcy and
/// winding-up flags) or a struck-off `SlettetEnhet` (status deleted with its date).
/// BadGateway when the body is not a unit, or another unit than the one asked for.
Result<RegistryCompany> MapBrregUnit(const nlohmann::json& body, std::string_view org_number);

/// The 410 Gone answer: the unit was withdrawn from open data. Decided on the status alone; the body (any
/// JSON, or null when there was none) is only read for its `slettedato`.
RegistryCompany MapBrregGone(const nlohmann::json& body, std::string_view org_number);

}  // namespace clientele::registry
