#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/invoicing/invoice_math.hpp"
#include "features/invoicing/invoice_status.hpp"
#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::invoicing {

using InvoiceId = Id<struct InvoiceTag>;
using InvoiceRowId = Id<struct InvoiceRowTag>;

/// An invoice holds at most this many rows (one per hour entry is the longest grouping).
inline constexpr std::int64_t kMaxInvoiceRows = 5'000;
/// Texts of an invoice's header and rows, in characters.
inline constexpr std::size_t kMaxRowDescription = 500;
inline constexpr std::size_t kMaxUnit = 20;
inline constexpr std::size_t kMaxReference = 100;
inline constexpr std::size_t kMaxInvoiceNotes = 2'000;

/// Where an invoice goes, as printed: the customer's name and its billing (else headquarters) address.
struct BillingAddress {
  std::string name;
  std::vector<std::string> street_lines;
  std::string postal_code;
  std::string city;
  std::string country;  // ISO 3166-1 alpha-2, may be empty
  bool operator==(const BillingAddress&) const = default;
};

/// One line of an invoice. `quantity` is in ten-thousandths (negative on a credit note); `net` is
/// quantity × unit price rounded half away from zero to the minor unit.
struct InvoiceRow {
  InvoiceRowId id;
  std::int64_t position = 0;
  std::string description;
  std::int64_t quantity = 0;
  std::string unit;
  std::int64_t unit_price = 0;
  std::int64_t vat_rate_id = 0;
  std::int64_t vat_percent = 0;  // basis points
  VatCategory vat_category = VatCategory::kStandard;
  std::int64_t net = 0;
  std::optional<std::int64_t> project_id;
  /// How many hour entries and fees this row bills (released when it goes).
  std::int64_t hour_count = 0;
  std::int64_t fee_count = 0;
};

/// The header fields a person edits while the status allows.
struct InvoiceHeader {
  std::string date;      // YYYY-MM-DD
  std::string due_date;  // YYYY-MM-DD
  std::string language;
  BillingAddress billing_address;
  std::string our_reference;
  std::string your_reference;
  std::string order_number;
  std::string notes;
};

struct Invoice {
  InvoiceId id;
  CustomerId customer;
  std::string customer_name;
  InvoiceStatus status;
  std::optional<std::int64_t> number;
  std::optional<std::string> reference_number;
  std::string currency;
  InvoiceHeader header;
  std::optional<InvoiceId> credited_invoice;
  /// The credit note that cancels this invoice, when there is one.
  std::optional<InvoiceId> credit_note;
  std::vector<std::int64_t> project_ids;
  std::vector<InvoiceRow> rows;
  /// Waiting payment past its due date (in the organization's time zone).
  bool overdue = false;
  VatSummary totals;
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// An invoice in a list: no rows, the stored totals.
struct InvoiceSummary {
  InvoiceId id;
  CustomerId customer;
  std::string customer_name;
  InvoiceStatus status;
  std::optional<std::int64_t> number;
  std::string date;
  std::string due_date;
  std::string currency;
  std::int64_t total_excluding_vat = 0;
  std::int64_t vat_total = 0;
  std::int64_t total_including_vat = 0;
  std::optional<InvoiceId> credited_invoice;
  bool overdue = false;
  std::int64_t version = 1;
};

/// How hour entries become rows: one per entry, or summed per work type, per person or per month (always
/// also per project and unit price, so each row has one price).
enum class Grouping { kEntry, kWorkType, kUser, kMonth };

std::string_view GroupingName(Grouping grouping);
std::optional<Grouping> ParseGrouping(std::string_view name);

/// A row as the client sent it (POST …/rows, manual invoices, PATCH /invoice-rows/{id}); not yet validated.
struct RowInput {
  /// The invoice's version the client read (optional: rows are changed under the invoice's lock anyway).
  std::optional<std::int64_t> version;
  Field<std::string> description;
  Field<std::string> quantity;
  Field<std::string> unit;
  Field<std::int64_t> unit_price;
  Field<std::string> unit_price_currency;
  Field<std::int64_t> vat_rate_id;
};

/// POST /api/v1/invoices as the client sent it.
struct NewInvoice {
  std::optional<std::int64_t> customer_id;
  std::vector<std::int64_t> project_ids;
  std::optional<std::string> until;
  Grouping grouping = Grouping::kWorkType;
  std::optional<std::vector<std::int64_t>> hour_ids;
  std::optional<std::vector<std::int64_t>> fee_ids;
  std::optional<std::vector<RowInput>> rows;
  std::optional<std::string> date;
  std::optional<std::string> currency;
};

/// PATCH /api/v1/invoices/{id}: the header fields sent, and the version read.
struct InvoicePatch {
  std::optional<std::int64_t> version;
  Field<std::string> date;
  Field<std::string> due_date;
  Field<std::string> language;
  Field<BillingAddress> billing_address;
  Field<std::string> our_reference;
  Field<std::string> your_reference;
  Field<std::string> order_number;
  Field<std::string> notes;
};

/// GET /api/v1/invoices filters.
struct InvoiceQuery {
  std::optional<CustomerId> customer;
  std::optional<std::int64_t> project;
  std::optional<InvoiceStatusId> status;
  std::optional<std::string> from;
  std::optional<std::string> to;
};

}  // namespace clientele::invoicing
