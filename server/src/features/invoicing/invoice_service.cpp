#include "features/invoicing/invoice_service.hpp"

#include <map>

#include "features/invoicing/invoice_values.hpp"
#include "platform/util/cursor.hpp"
#include "platform/validation/date.hpp"

namespace clientele::invoicing {

namespace {

constexpr const char* kEntity = "invoice";

std::optional<std::pair<std::string, std::int64_t>> DecodeAfter(const std::string& cursor) {
  auto parts = util::DecodeCursor(cursor, 2);
  if (!parts || validation::CheckDate((*parts)[0])) return std::nullopt;
  try {
    return std::make_pair((*parts)[0], std::stoll((*parts)[1]));
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

}  // namespace

Result<Invoice> InvoiceService::Load(soci::session& sql, const auth::Principal& caller, InvoiceId id,
                                     Need need) {
  const auto& area = caller.permissions.financials;
  if (area.view == auth::Scope::kNone) return Error::Forbidden("You may not see invoices");
  auto invoice = repo_.Find(sql, caller.org, id);
  if (!invoice) return Error::NotFound("No such invoice");
  const auto scope = need == Need::kView ? area.view : area.edit;
  const bool needs_ownership = scope == auth::Scope::kOwn || area.view == auth::Scope::kOwn;
  const auto ownership = needs_ownership && repo_.IsOwn(sql, caller.org, id, caller.user)
                             ? auth::Ownership::kOwned
                             : auth::Ownership::kNotOwned;
  if (!auth::Allows(area.view, ownership)) return Error::NotFound("No such invoice");
  if (need == Need::kEdit && !auth::Allows(area.edit, ownership))
    return Error::Forbidden("You may not change this invoice");
  auto status = statuses_.Find(sql, caller.org, invoice->status.id);
  if (status) invoice->status = *status;
  auto summary = VatBreakdown(LinesOf(invoice->rows));
  if (summary) invoice->totals = std::move(*summary);
  invoice->overdue =
      invoice->status.flags.waiting_payment && invoice->header.due_date < projects_.Today(sql, caller.org);
  return std::move(*invoice);
}

Result<Invoice> InvoiceService::LoadForChange(soci::session& sql, const auth::Principal& caller, InvoiceId id,
                                              std::optional<std::int64_t> version, const std::string& now) {
  CLIENTELE_TRY(current, Load(sql, caller, id, Need::kEdit));
  if (!repo_.Touch(sql, caller.org, id, version, caller.user, now))
    return Error::Conflict("The invoice has changed since you read it; reload it and try again");
  // Read again under the lock: what another change committed meanwhile counts.
  CLIENTELE_TRY(fresh, Load(sql, caller, id, Need::kEdit));
  (void)current;
  return fresh;
}

Status InvoiceService::CheckEditable(const Invoice& invoice) const {
  if (invoice.status.flags.read_only)
    return Error::Conflict("The invoice is " + invoice.status.name + " and can no longer change");
  if (invoice.credited_invoice) return Error::Conflict("A credit note cannot change");
  return Ok();
}

Status InvoiceService::CheckCustomerRight(const auth::Principal& caller, const CustomerFacts& customer,
                                          Need need) const {
  const auto& area = caller.permissions.financials;
  const auto ownership =
      customer.account_owner == caller.user ? auth::Ownership::kOwned : auth::Ownership::kNotOwned;
  if (!auth::Allows(area.view, ownership))
    return Error::Forbidden("You may not see this customer's invoices");
  if (need == Need::kEdit && !auth::Allows(area.edit, ownership))
    return Error::Forbidden("You may not invoice this customer");
  return Ok();
}

Result<Page<InvoiceSummary>> InvoiceService::List(const auth::Principal& caller, const InvoiceQuery& query,
                                                  const PageRequest& page) {
  const auto view = caller.permissions.financials.view;
  if (view == auth::Scope::kNone) return Error::Forbidden("You may not see invoices");
  std::optional<std::pair<std::string, std::int64_t>> after;
  if (page.cursor) {
    after = DecodeAfter(*page.cursor);
    if (!after) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<Page<InvoiceSummary>> {
    if (query.customer) CLIENTELE_CHECK(port_.customer(sql, caller, *query.customer));
    if (query.status && !statuses_.Find(sql, caller.org, *query.status))
      return Error::Validation("status", "is not an invoice status of this organization");
    const auto scope = view == auth::Scope::kAll ? InvoiceScope::kAll : InvoiceScope::kOwn;
    Page<InvoiceSummary> result;
    result.items = repo_.List(sql, caller.org, query, scope, caller.user, page.limit + 1, after);
    if (static_cast<int>(result.items.size()) > page.limit) {
      result.items.resize(page.limit);
      const auto& last = result.items.back();
      result.next_cursor = util::EncodeCursor({last.date, std::to_string(last.id.value)});
    }
    const auto today = projects_.Today(sql, caller.org);
    std::map<std::int64_t, InvoiceStatus> statuses;
    for (auto& s : result.items) {
      auto it = statuses.find(s.status.id.value);
      if (it == statuses.end()) {
        auto found = statuses_.Find(sql, caller.org, s.status.id);
        it = statuses.emplace(s.status.id.value, found.value_or(s.status)).first;
      }
      s.status = it->second;
      s.overdue = s.status.flags.waiting_payment && s.due_date < today;
    }
    return result;
  });
}

Result<Invoice> InvoiceService::Get(const auth::Principal& caller, InvoiceId id) {
  return db_.Read([&](soci::session& sql) { return Load(sql, caller, id, Need::kView); });
}

Result<Page<audit::AuditEntry>> InvoiceService::History(const auth::Principal& caller, InvoiceId id,
                                                        const PageRequest& page) {
  std::optional<std::int64_t> before;
  if (page.cursor) {
    auto parts = util::DecodeCursor(*page.cursor, 1);
    try {
      if (parts) before = std::stoll((*parts)[0]);
    } catch (const std::exception&) {
    }
    if (!before) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<Page<audit::AuditEntry>> {
    CLIENTELE_CHECK(Load(sql, caller, id, Need::kView));
    Page<audit::AuditEntry> result;
    result.items = audit_.List(sql, caller.org, kEntity, id.value, page.limit + 1, before);
    if (static_cast<int>(result.items.size()) > page.limit) {
      result.items.resize(page.limit);
      result.next_cursor = util::EncodeCursor({std::to_string(result.items.back().id)});
    }
    return result;
  });
}

Result<Uninvoiced> InvoiceService::ForProject(const auth::Principal& caller, std::int64_t project,
                                              const std::string& until) {
  return db_.Read([&](soci::session& sql) -> Result<Uninvoiced> {
    CLIENTELE_TRY(facts,
                  projects_.Project(sql, caller, financials::ProjectId(project), financials::Need::kView));
    Uninvoiced out;
    out.project_id = project;
    out.currency = facts.currency;
    out.until = until;
    out.hours = sources_.UninvoicedHours(sql, caller.org, {project}, until, kMaxInvoiceRows + 1);
    out.fees = sources_.UninvoicedFees(sql, caller.org, {project}, until, kMaxInvoiceRows + 1);
    if (out.hours.size() > static_cast<std::size_t>(kMaxInvoiceRows)) {
      out.hours.resize(kMaxInvoiceRows);
      out.complete = false;
    }
    if (out.fees.size() > static_cast<std::size_t>(kMaxInvoiceRows)) {
      out.fees.resize(kMaxInvoiceRows);
      out.complete = false;
    }
    return out;
  });
}

std::optional<std::string> InvoiceService::UsingStatus(soci::session& sql, OrgId org,
                                                       InvoiceStatusId status) {
  const auto n = repo_.CountInStatus(sql, org, status);
  if (n == 0) return std::nullopt;
  return std::to_string(n) + (n == 1 ? " invoice" : " invoices");
}

std::optional<std::string> InvoiceService::AttachedTo(soci::session& sql, OrgId org, CustomerId customer) {
  const auto n = repo_.CountForCustomer(sql, org, customer);
  if (n == 0) return std::nullopt;
  return std::to_string(n) + (n == 1 ? " invoice" : " invoices");
}

Status InvoiceService::StoreTotals(soci::session& sql, OrgId org, InvoiceId id) {
  auto invoice = repo_.Find(sql, org, id);
  if (!invoice) return Error::NotFound("No such invoice");
  auto summary = VatBreakdown(LinesOf(invoice->rows));
  if (!summary) return Error::Validation("rows", "the invoice's totals are beyond the range of amounts");
  repo_.SetTotals(sql, org, id, *summary);
  return Ok();
}

void InvoiceService::Audit(soci::session& sql, const auth::Principal& caller, InvoiceId id,
                           const std::string& field, const std::string& before, const std::string& after,
                           const std::string& now) {
  audit::AuditEntry e;
  e.entity = kEntity;
  e.entity_id = id.value;
  e.field = field;
  if (!before.empty()) e.old_value = before;
  if (!after.empty()) e.new_value = after;
  e.changed_at = now;
  e.changed_by = {caller.user, caller.user_name};
  audit_.Insert(sql, caller.org, e);
}

}  // namespace clientele::invoicing
