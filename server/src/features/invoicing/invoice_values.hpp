#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "features/invoicing/invoice.hpp"
#include "features/settings/vat_rate.hpp"

namespace clientele::invoicing {

/// The rows as the VAT breakdown reads them.
std::vector<VatLine> LinesOf(const std::vector<InvoiceRow>& rows);

/// `date` (YYYY-MM-DD) plus `days`; nullopt when `date` is not a date.
std::optional<std::string> AddDays(std::string_view date, std::int64_t days);

/// The invoicing category of a settings VAT rate.
VatCategory CategoryOf(const settings::VatRate& rate);

/// The organization's standard rate: the first active rate of category S; nullopt when there is none.
std::optional<settings::VatRate> StandardRate(const std::vector<settings::VatRate>& rates);

/// The active rate with this id, when there is one.
std::optional<settings::VatRate> ActiveRate(const std::vector<settings::VatRate>& rates, std::int64_t id);

/// Quantity (ten-thousandths) as a decimal string without trailing zeros: 15000 → "1.5", -20000 → "-2".
std::string FormatQuantity(std::int64_t quantity);

/// Basis points as a decimal percent string: 2550 → "25.5", 2400 → "24", 0 → "0".
std::string FormatBasisPoints(std::int64_t basis_points);

}  // namespace clientele::invoicing
