#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::invoicing {

using InvoiceStatusId = Id<struct InvoiceStatusTag>;

/// An organization has at most this many invoice statuses, so the list needs no paging.
inline constexpr std::int64_t kMaxInvoiceStatuses = 50;
/// The longest status name, in characters.
inline constexpr std::size_t kMaxInvoiceStatusName = 60;

/// What reaching a status means for an invoice.
struct InvoiceStatusFlags {
  bool read_only = false;        // the invoice's rows and amounts can no longer change
  bool assigns_number = false;   // entering it gives the invoice its number (needs read_only)
  bool sent = false;             // the invoice has gone to the customer
  bool waiting_payment = false;  // the invoice is open: the customer owes its balance
  bool paid = false;             // settled
  bool credited = false;         // cancelled by a credit note; reached only by crediting

  bool operator==(const InvoiceStatusFlags&) const = default;
};

/// One step of the organization's invoice flow. An invoice moves through the statuses in `position`
/// order (the API's `order`); see invoice_status_rules.hpp.
struct InvoiceStatus {
  InvoiceStatusId id;
  std::string name;
  std::int64_t position = 0;
  InvoiceStatusFlags flags;
  bool is_default = false;  // new invoices start in it: exactly one, active, not read-only, first in order
  bool is_active = true;    // a disabled status stays on invoices that have it but cannot be entered anew
  std::string created_at;
  std::optional<UserRef> created_by;  // absent for the defaults every organization starts with
  std::string updated_at;
  std::optional<UserRef> updated_by;
  std::int64_t version = 1;
};

/// A new status as the client sent it (not yet validated).
struct NewInvoiceStatus {
  std::optional<std::string> name;
  std::optional<bool> read_only;
  std::optional<bool> assigns_number;
  std::optional<bool> sent;
  std::optional<bool> waiting_payment;
  std::optional<bool> paid;
  std::optional<bool> credited;
  std::optional<bool> is_default;
  std::optional<bool> is_active;
};

struct InvoiceStatusPatch {
  std::optional<std::int64_t> version;
  Field<std::string> name;
  Field<bool> read_only;
  Field<bool> assigns_number;
  Field<bool> sent;
  Field<bool> waiting_payment;
  Field<bool> paid;
  Field<bool> credited;
  Field<bool> is_default;
  Field<bool> is_active;
};

/// PUT …/invoice-statuses/order: every status id of the organization, in the new order.
struct InvoiceStatusOrder {
  std::optional<std::vector<std::int64_t>> ids;
};

}  // namespace clientele::invoicing
