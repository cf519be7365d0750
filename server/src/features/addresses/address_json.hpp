#pragma once

#include <nlohmann/json.hpp>

#include "features/addresses/address.hpp"
#include "platform/errors/result.hpp"

namespace clientele::addresses {

void to_json(nlohmann::json& j, const Address& a);

/// POST /customers/{id}/addresses body. Wrong types → 400; unknown fields → 422.
Result<NewAddress> ParseNewAddress(const nlohmann::json& body);
/// PATCH /addresses/{id} body.
Result<AddressPatch> ParseAddressPatch(const nlohmann::json& body);

}  // namespace clientele::addresses
