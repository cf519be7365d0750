#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "platform/errors/result.hpp"

namespace clientele::invoicing {

/// The largest amount the bar code's amount field holds, in cents: 999 999.99 euros. A larger invoice gets
/// an amount field of zeros and the payer types the amount, as the bank bar code guide prescribes.
inline constexpr std::int64_t kMaxBarcodeAmountCents = 99'999'999;

/// The Finnish bank virtual bar code (pankkiviivakoodi) as its 54 digits, which a payer pastes into an
/// online bank. The reference decides the version: a Finnish national reference makes version 4, an RF
/// reference (whose body must then be digits) version 5.
///
///   version 4: "4" + IBAN digits (16) + euros (6) + cents (2) + "000" + reference (20, zero-padded) + YYMMDD
///   version 5: "5" + IBAN digits (16) + euros (6) + cents (2) + RF check (2) + RF body (21, zero-padded)
///              + YYMMDD
///
/// `iban` is a Finnish IBAN ("FI" + 16 digits, valid check digits); `reference` a Finnish or RF reference.
/// Both may be in printed form (spaces, lower case). `amount_cents` is 0 … kMaxMoneyAmount; `due_date` is
/// YYYY-MM-DD, or nullopt for "000000".
Result<std::string> VirtualBarcode(std::string_view iban, std::int64_t amount_cents,
                                   std::string_view reference, std::optional<std::string_view> due_date);

}  // namespace clientele::invoicing
