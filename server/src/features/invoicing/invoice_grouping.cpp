#include "features/invoicing/invoice_grouping.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace clientele::invoicing {

namespace {

/// What one hour row sums: the project, the group's label (which also orders the rows) and the price.
using GroupKey = std::tuple<std::int64_t, std::string, std::int64_t>;

std::string LabelOf(const HourSource& h, Grouping grouping) {
  switch (grouping) {
    case Grouping::kEntry:
      return h.date + " " + h.user_name + ", " + h.work_type_name +
             (h.description.empty() ? "" : ": " + h.description);
    case Grouping::kWorkType:
      return h.work_type_name;
    case Grouping::kUser:
      return h.user_name;
    case Grouping::kMonth:
      return h.date.substr(0, 7);
  }
  return {};
}

std::vector<std::int64_t> ProjectOrder(const std::vector<HourSource>& hours,
                                       const std::vector<FeeSource>& fees) {
  std::vector<std::int64_t> order;
  auto add = [&](std::int64_t id) {
    if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
  };
  for (const auto& h : hours) add(h.project_id);
  for (const auto& f : fees) add(f.project_id);
  return order;
}

std::string Prefixed(bool several, const std::string& project_name, const std::string& label) {
  return several ? project_name + " · " + label : label;
}

}  // namespace

std::int64_t HoursQuantity(std::int64_t minutes) {
  const std::int64_t scaled = minutes * kQuantityScale;
  return scaled >= 0 ? (scaled + 30) / 60 : -((-scaled + 30) / 60);
}

std::vector<DraftRow> GroupRows(const std::vector<HourSource>& hours, const std::vector<FeeSource>& fees,
                                Grouping grouping) {
  const auto projects = ProjectOrder(hours, fees);
  const bool several = projects.size() > 1;
  // Per entry, the label is unique only with the entry's id, which also keeps equal labels apart.
  std::map<std::pair<GroupKey, std::int64_t>, DraftRow> groups;
  std::map<std::pair<GroupKey, std::int64_t>, std::int64_t> minutes;
  for (const auto& h : hours) {
    const auto label = LabelOf(h, grouping);
    const auto key = std::make_pair(GroupKey{h.project_id, label, h.unit_price},
                                    grouping == Grouping::kEntry ? h.id : std::int64_t{0});
    auto& row = groups[key];
    if (row.hour_ids.empty()) {
      row.description = Prefixed(several, h.project_name, label);
      row.unit = "h";
      row.unit_price = h.unit_price;
      row.project_id = h.project_id;
    }
    row.hour_ids.push_back(h.id);
    minutes[key] += h.minutes;
  }
  for (auto& [key, row] : groups) row.quantity = HoursQuantity(minutes[key]);

  std::vector<DraftRow> out;
  for (const auto project : projects) {
    // The map orders a project's groups by label, then price (entries: by date, as their label starts
    // with it, then by id).
    for (auto& [key, row] : groups)
      if (std::get<0>(key.first) == project) out.push_back(std::move(row));
    std::vector<const FeeSource*> project_fees;
    for (const auto& f : fees)
      if (f.project_id == project) project_fees.push_back(&f);
    std::stable_sort(project_fees.begin(), project_fees.end(), [](const FeeSource* a, const FeeSource* b) {
      return std::tie(a->date, a->id) < std::tie(b->date, b->id);
    });
    for (const auto* f : project_fees) {
      DraftRow row;
      row.description = Prefixed(several, f->project_name, f->description);
      row.quantity = f->quantity * (kQuantityScale / 100);
      row.unit = f->unit;
      row.unit_price = f->unit_price;
      row.vat_rate_id = f->vat_rate_id;
      row.project_id = f->project_id;
      row.fee_ids.push_back(f->id);
      out.push_back(std::move(row));
    }
  }
  return out;
}

std::string_view GroupingName(Grouping grouping) {
  switch (grouping) {
    case Grouping::kEntry:
      return "entry";
    case Grouping::kWorkType:
      return "workType";
    case Grouping::kUser:
      return "user";
    case Grouping::kMonth:
      return "month";
  }
  return "workType";
}

std::optional<Grouping> ParseGrouping(std::string_view name) {
  for (auto g : {Grouping::kEntry, Grouping::kWorkType, Grouping::kUser, Grouping::kMonth})
    if (GroupingName(g) == name) return g;
  return std::nullopt;
}

}  // namespace clientele::invoicing
