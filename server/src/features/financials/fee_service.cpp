#include "features/financials/fee_service.hpp"

#include "features/financials/fee_rules.hpp"
#include "features/financials/money_math.hpp"
#include "platform/events/after_commit.hpp"
#include "platform/util/clock.hpp"
#include "platform/util/cursor.hpp"
#include "platform/validation/date.hpp"

namespace clientele::financials {

using events::ChangeType;
using events::Entity;

namespace {

std::optional<FeeCursor> DecodeAfter(const std::string& cursor) {
  auto parts = util::DecodeCursor(cursor, 2);
  if (!parts || validation::CheckDate((*parts)[0])) return std::nullopt;
  try {
    return FeeCursor{(*parts)[0], std::stoll((*parts)[1])};
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

Result<FeeTotals> Totalled(const std::vector<FeeRows>& groups) {
  Sum count, price, billable, cost;
  for (const auto& g : groups) {
    const auto value = LineAmount(g.quantity, g.unit_price);
    const auto row_cost = LineAmount(g.quantity, g.unit_cost);
    if (!value || !row_cost) return Error::Validation("quantity", "a stored row's value is out of range");
    count.Add(g.count);
    price.AddTimes(*value, g.count);
    if (g.billable) billable.AddTimes(*value, g.count);
    cost.AddTimes(*row_cost, g.count);
  }
  if (price.overflow() || billable.overflow() || cost.overflow())
    return Error::Validation("totals", "the sums are beyond the range of 64-bit minor units");
  return FeeTotals{count.total(), price.total(), billable.total(), cost.total()};
}

Status Unlocked(const Fee& fee) {
  if (fee.invoice_id) return Error::Conflict("This row is invoiced and can no longer change");
  return Ok();
}

}  // namespace

Result<Fee> FeeService::Load(soci::session& sql, OrgId org, FeeId id) {
  auto fee = repo_.Find(sql, org, id);
  if (!fee) return Error::NotFound("No such fee or cost");
  return std::move(*fee);
}

Error FeeService::Stale(soci::session& sql, OrgId org, FeeId id) {
  Error e = Error::Conflict("Someone else changed this row after you opened it; reload to see their changes");
  if (auto now = Load(sql, org, id); now.ok()) e.current = now.value();
  return e;
}

Result<FeeList> FeeService::List(const auth::Principal& caller, ProjectId project, const FeeQuery& query,
                                 const PageRequest& page) {
  std::optional<FeeCursor> after;
  if (page.cursor) {
    after = DecodeAfter(*page.cursor);
    if (!after) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<FeeList> {
    CLIENTELE_TRY(facts, access_.Project(sql, caller, project, Need::kView));
    FeeList list;
    list.currency = facts.currency;
    list.page.items = repo_.List(sql, caller.org, project, query, page.limit + 1, after);
    if (static_cast<int>(list.page.items.size()) > page.limit) {
      list.page.items.resize(page.limit);
      const auto& last = list.page.items.back();
      list.page.next_cursor = util::EncodeCursor({last.values.date, std::to_string(last.id.value)});
    }
    CLIENTELE_TRY(totals, Totalled(repo_.Totals(sql, caller.org, project, query)));
    list.totals = totals;
    return list;
  });
}

Status FeeService::CheckVatRate(soci::session& sql, OrgId org, const FeeValues& values,
                                std::optional<std::int64_t> before) {
  if (!values.vat_rate_id || values.vat_rate_id == before) return Ok();
  if (!vat_rate_check_) return Error::Validation("vatRateId", "VAT rates are not available; send null");
  if (auto why = vat_rate_check_(sql, org, *values.vat_rate_id)) return Error::Validation("vatRateId", *why);
  return Ok();
}

Result<Fee> FeeService::Create(const auth::Principal& caller, ProjectId project, const FeeInput& input) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Fee> {
    CLIENTELE_TRY(facts, access_.Project(sql, caller, project, Need::kEdit));
    CLIENTELE_TRY(values, ApplyFeeInput(input, nullptr, facts.currency));
    CLIENTELE_CHECK(CheckVatRate(sql, caller.org, values, std::nullopt));
    const auto id = repo_.Insert(sql, caller.org, facts, values, caller.user, util::NowIso());
    after.Set(access_.EventOf(sql, caller.org, ChangeType::kCreated, Entity::kFee, id.value, facts));
    return Load(sql, caller.org, id);
  }));
}

Result<Fee> FeeService::Update(const auth::Principal& caller, FeeId id, const FeeInput& input) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<Fee> {
    CLIENTELE_TRY(current, Load(sql, caller.org, id));
    CLIENTELE_TRY(facts, access_.Project(sql, caller, current.project, Need::kEdit));
    if (!input.version) return Error::Validation("version", "is required: send the version you read");
    CLIENTELE_CHECK(Unlocked(current));
    if (*input.version != current.version) return Stale(sql, caller.org, id);
    CLIENTELE_TRY(values, ApplyFeeInput(input, &current.values, current.currency));
    // A rate deactivated since stays on the rows that already name it.
    CLIENTELE_CHECK(CheckVatRate(sql, caller.org, values, current.values.vat_rate_id));
    if (!repo_.Update(sql, caller.org, id, *input.version, values, caller.user, util::NowIso()))
      return Stale(sql, caller.org, id);
    after.Set(access_.EventOf(sql, caller.org, ChangeType::kUpdated, Entity::kFee, id.value, facts));
    return Load(sql, caller.org, id);
  }));
}

Status FeeService::Delete(const auth::Principal& caller, FeeId id) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Status {
    CLIENTELE_TRY(current, Load(sql, caller.org, id));
    CLIENTELE_TRY(facts, access_.Project(sql, caller, current.project, Need::kEdit));
    CLIENTELE_CHECK(Unlocked(current));
    if (!repo_.Delete(sql, caller.org, id))
      return Error::Conflict("This row is invoiced and can no longer change");
    after.Set(access_.EventOf(sql, caller.org, ChangeType::kDeleted, Entity::kFee, id.value, facts));
    return Ok();
  }));
}

}  // namespace clientele::financials
