#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/invoicing/invoice.hpp"

namespace clientele::invoicing {

/// An uninvoiced, billable hour entry as invoicing reads it.
struct HourSource {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string project_name;
  std::int64_t work_type_id = 0;
  std::string work_type_name;
  std::int64_t user_id = 0;
  std::string user_name;
  std::string date;  // YYYY-MM-DD
  std::int64_t minutes = 0;
  std::string description;
  std::int64_t unit_price = 0;  // minor units per hour
};

/// An uninvoiced, billable fee (or re-charged cost) as invoicing reads it.
struct FeeSource {
  std::int64_t id = 0;
  std::int64_t project_id = 0;
  std::string project_name;
  std::string date;
  std::string description;
  std::int64_t quantity = 0;  // hundredths, as fees keep it
  std::string unit;
  std::int64_t unit_price = 0;
  std::optional<std::int64_t> vat_rate_id;
};

/// A row about to be written, with the entries and fees it bills. `vat_rate_id` nullopt: the organization's
/// standard rate.
struct DraftRow {
  std::string description;
  std::int64_t quantity = 0;  // ten-thousandths
  std::string unit;
  std::int64_t unit_price = 0;
  std::optional<std::int64_t> vat_rate_id;
  std::int64_t project_id = 0;
  std::vector<std::int64_t> hour_ids;
  std::vector<std::int64_t> fee_ids;
};

/// Hours of `minutes` in ten-thousandths of an hour, rounded half away from zero: exact for every minute
/// count divisible by 3, else within 0.00005 h.
std::int64_t HoursQuantity(std::int64_t minutes);

/// The rows that bill `hours` and `fees`: hours grouped as asked (always also by project and unit price,
/// so one row has one price; unit "h"), one row per fee. Rows come per project (in the order projects first
/// appear), hours before fees, groups in order of their label. Row descriptions name the project when the
/// invoice covers more than one.
std::vector<DraftRow> GroupRows(const std::vector<HourSource>& hours, const std::vector<FeeSource>& fees,
                                Grouping grouping);

}  // namespace clientele::invoicing
