#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/financials/project_access.hpp"
#include "platform/errors/error.hpp"
#include "platform/util/field.hpp"
#include "platform/util/page.hpp"

namespace clientele::financials {

using FeeId = Id<struct FeeTag>;

/// A fee is sold to the customer; a cost is bought for the project (billable when it is re-charged).
enum class FeeKind { kFee, kCost };

std::string_view FeeKindName(FeeKind kind);
std::optional<FeeKind> ParseFeeKind(std::string_view name);

/// An amount in minor units of an ISO 4217 currency.
struct Money {
  std::int64_t amount = 0;
  std::string currency;
};

/// The editable fields of a fee or cost, validated.
struct FeeValues {
  FeeKind kind = FeeKind::kFee;
  std::string date;  // YYYY-MM-DD
  std::string description;
  std::int64_t quantity = 0;  // hundredths
  std::string unit;
  std::int64_t unit_price = 0;  // minor units of the project's currency
  std::int64_t unit_cost = 0;
  bool billable = false;
  std::optional<std::int64_t> vat_rate_id;
};

struct Fee {
  FeeId id;
  ProjectId project;
  CustomerId customer;
  FeeValues values;
  std::string currency;
  std::optional<std::int64_t> invoice_id;
  std::int64_t price_total = 0;  // quantity × unit price, rounded once
  std::int64_t cost_total = 0;   // quantity × unit cost, rounded once
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// A fee or cost as the client sent it (POST) or the fields it changes (PATCH), not yet validated.
struct FeeInput {
  std::optional<std::int64_t> version;
  Field<std::string> kind;
  Field<std::string> date;
  Field<std::string> description;
  Field<std::string> quantity;
  Field<std::string> unit;
  Field<Money> unit_price;
  Field<Money> unit_cost;
  Field<bool> billable;
  Field<std::int64_t> vat_rate_id;
  /// Malformed money objects, reported with the other field errors.
  std::vector<FieldError> shape_errors;
};

/// Which of a project's fees a list shows.
struct FeeQuery {
  std::optional<FeeKind> kind;
  std::optional<std::string> from;  // dates, inclusive
  std::optional<std::string> to;
};

/// The sums of every row a list's filter matches (not only of its page), each row rounded once.
struct FeeTotals {
  std::int64_t count = 0;
  std::int64_t price = 0;     // Σ quantity × unit price
  std::int64_t billable = 0;  // the same over billable rows
  std::int64_t cost = 0;      // Σ quantity × unit cost
};

struct FeeList {
  Page<Fee> page;
  FeeTotals totals;
  std::string currency;
};

}  // namespace clientele::financials
