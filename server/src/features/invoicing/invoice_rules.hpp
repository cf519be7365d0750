#pragma once

#include <string>
#include <tuple>
#include <vector>

#include "features/invoicing/invoice.hpp"
#include "platform/errors/result.hpp"

namespace clientele::invoicing {

/// The languages an invoice can be printed in.
inline constexpr const char* kInvoiceLanguages[] = {"fi", "sv", "nb", "en"};

/// `header` with the patch's fields applied, each checked (one error per rejected field). A new date moves
/// the due date by the payment term unless the patch sets the due date too; the due date is never before
/// the date.
Result<InvoiceHeader> ApplyHeaderPatch(const InvoiceHeader& header, const InvoicePatch& patch,
                                       std::int64_t payment_term_days);

/// (API field, before, after) of every header field that differs, for the invoice's history.
std::vector<std::tuple<std::string, std::string, std::string>> HeaderChanges(const InvoiceHeader& before,
                                                                             const InvoiceHeader& after);

/// Why a billing address is not one (nullopt: fine), with the field under `billingAddress` that is wrong.
std::optional<FieldError> CheckBillingAddress(const BillingAddress& address);

}  // namespace clientele::invoicing
