#pragma once

#include <optional>
#include <string>
#include <vector>

#include "features/invoicing/invoice_status.hpp"
#include "platform/errors/error.hpp"

namespace clientele::invoicing {

/// How an invoice changes status: a plain move, or crediting it (a credit note cancels it).
enum class TransitionKind { kMove, kCredit };

/// Whether the caller has the financials edit right over the invoice.
enum class FinancialsEdit { kNo, kYes };

/// Whether an invoice in `from` may move to `to`; nullopt when it may, else the reason (the API answers 409
/// with it). Pure: looks only at the two statuses. The rule, in the order it is checked:
///  1. `to` must be another status, and active.
///  2. Leaving a read-only status needs the financials edit right.
///  3. A credited status is final, and reached only by crediting (TransitionKind::kCredit), which needs an
///     invoice with a number and a credited target.
///  4. A number, once assigned, stays: from a status that assigns numbers only to another that does.
///  5. A paid status is reached only from a sent, waiting-payment or paid one.
///  6. Forward (later in the order) is otherwise allowed; backward only from a status that is not
///     read-only (the rows of a locked invoice never become editable again).
std::optional<std::string> CheckTransition(const InvoiceStatus& from, const InvoiceStatus& to,
                                           TransitionKind kind, FinancialsEdit edit);

/// True when `a` comes before `b` in the flow (by order, then by id).
bool ComesBefore(const InvoiceStatus& a, const InvoiceStatus& b);

/// The flag combinations that make sense, one error per offending field:
///  - assignsNumber needs readOnly (an invoice's rows must not change once it has a number);
///  - sent, waitingPayment, paid and credited need assignsNumber (only a numbered invoice leaves the house);
///  - paid excludes waitingPayment and credited; credited excludes waitingPayment.
std::vector<FieldError> CheckFlags(const InvoiceStatusFlags& flags);

/// The default (where invoices start) must be active and editable (not read-only).
std::vector<FieldError> CheckDefault(const InvoiceStatus& status);

}  // namespace clientele::invoicing
