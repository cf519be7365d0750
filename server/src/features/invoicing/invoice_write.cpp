// Changing an invoice as a whole: its header, its status (and with it its number), deleting a draft and
// crediting a numbered invoice.
#include "features/invoicing/invoice_rules.hpp"
#include "features/invoicing/invoice_service.hpp"
#include "features/invoicing/invoice_status_rules.hpp"
#include "features/invoicing/invoice_values.hpp"
#include "features/invoicing/payment_reference.hpp"
#include "features/settings/organization_details.hpp"
#include "platform/util/clock.hpp"

namespace clientele::invoicing {

namespace {

ReferenceScheme SchemeOf(settings::ReferenceScheme scheme) {
  switch (scheme) {
    case settings::ReferenceScheme::kFi:
      return ReferenceScheme::kFi;
    case settings::ReferenceScheme::kRf:
      return ReferenceScheme::kRf;
    case settings::ReferenceScheme::kKidMod10:
      return ReferenceScheme::kKidMod10;
    case settings::ReferenceScheme::kKidMod11:
      return ReferenceScheme::kKidMod11;
  }
  return ReferenceScheme::kRf;
}

/// The first active status (in the flow's order) that `want` accepts.
template <class P>
std::optional<InvoiceStatus> FirstStatus(const std::vector<InvoiceStatus>& statuses, P want) {
  for (const auto& s : statuses)
    if (s.is_active && want(s.flags)) return s;
  return std::nullopt;
}

}  // namespace

Status InvoiceService::AssignNumber(soci::session& sql, OrgId org, Invoice& invoice) {
  if (invoice.number) return Ok();
  const auto number = repo_.TakeNumber(sql, org);
  const auto settings = port_.organization(sql, org);
  auto reference = ReferenceFor(SchemeOf(settings::EffectiveReferenceScheme(settings)), number);
  if (!reference)
    return Error::Conflict("Invoice number " + std::to_string(number) + " makes no payment reference");
  repo_.SetNumber(sql, org, invoice.id, number, *reference);
  invoice.number = number;
  invoice.reference_number = *reference;
  return Ok();
}

Result<Invoice> InvoiceService::Update(const auth::Principal& caller, InvoiceId id,
                                       const InvoicePatch& patch) {
  if (!patch.version) return Error::Validation("version", "is required: send the version you read");
  const auto now = util::NowIso();
  return db_.Write([&](soci::session& sql) -> Result<Invoice> {
    CLIENTELE_TRY(invoice, LoadForChange(sql, caller, id, patch.version, now));
    CLIENTELE_CHECK(CheckEditable(invoice));
    const auto term = port_.organization(sql, caller.org).payment_term_days;
    CLIENTELE_TRY(header, ApplyHeaderPatch(invoice.header, patch, term));
    for (const auto& [field, before, after] : HeaderChanges(invoice.header, header))
      Audit(sql, caller, id, field, before, after, now);
    repo_.UpdateHeader(sql, caller.org, id, header);
    return Load(sql, caller, id, Need::kView);
  });
}

Status InvoiceService::Delete(const auth::Principal& caller, InvoiceId id) {
  const auto now = util::NowIso();
  return db_.Write([&](soci::session& sql) -> Status {
    CLIENTELE_TRY(invoice, LoadForChange(sql, caller, id, std::nullopt, now));
    if (invoice.number)
      return Error::Conflict("Invoice " + std::to_string(*invoice.number) +
                             " has a number and stays; credit it instead");
    CLIENTELE_CHECK(CheckEditable(invoice));
    sources_.ReleaseInvoice(sql, caller.org, id);
    repo_.Delete(sql, caller.org, id);
    Audit(sql, caller, id, "deleted", invoice.status.name, "", now);
    return Ok();
  });
}

Result<Invoice> InvoiceService::SetStatus(const auth::Principal& caller, InvoiceId id, InvoiceStatusId status,
                                          std::optional<std::int64_t> version) {
  if (!version) return Error::Validation("version", "is required: send the version you read");
  const auto now = util::NowIso();
  return db_.Write([&](soci::session& sql) -> Result<Invoice> {
    CLIENTELE_TRY(invoice, LoadForChange(sql, caller, id, version, now));
    const auto target = statuses_.Find(sql, caller.org, status);
    if (!target) return Error::Validation("statusId", "is not an invoice status of this organization");
    if (auto why = CheckTransition(invoice.status, *target, TransitionKind::kMove, FinancialsEdit::kYes))
      return Error::Conflict(*why);
    if (target->flags.assigns_number && invoice.rows.empty())
      return Error::Conflict("An invoice without rows cannot be " + target->name);
    if (target->flags.assigns_number) CLIENTELE_CHECK(AssignNumber(sql, caller.org, invoice));
    repo_.SetStatus(sql, caller.org, id, target->id);
    Audit(sql, caller, id, "status", invoice.status.name, target->name, now);
    return Load(sql, caller, id, Need::kView);
  });
}

Result<Invoice> InvoiceService::Credit(const auth::Principal& caller, InvoiceId id,
                                       std::optional<std::int64_t> version) {
  const auto now = util::NowIso();
  return db_.Write([&](soci::session& sql) -> Result<Invoice> {
    CLIENTELE_TRY(invoice, LoadForChange(sql, caller, id, version, now));
    if (invoice.credited_invoice) return Error::Conflict("A credit note cannot be credited");
    if (invoice.credit_note || invoice.status.flags.credited)
      return Error::Conflict("The invoice is credited already");
    if (!invoice.number) return Error::Conflict("The invoice has no number: delete the draft instead");
    const auto statuses = statuses_.All(sql, caller.org);
    const auto credited = FirstStatus(statuses, [](const InvoiceStatusFlags& f) { return f.credited; });
    const auto numbered = FirstStatus(
        statuses, [](const InvoiceStatusFlags& f) { return f.assigns_number && !f.credited && !f.paid; });
    if (!credited || !numbered)
      return Error::Conflict("Crediting needs an active credited status and an active numbered status");
    if (auto why = CheckTransition(invoice.status, *credited, TransitionKind::kCredit, FinancialsEdit::kYes))
      return Error::Conflict(*why);

    InvoiceHeader header = invoice.header;
    header.date = projects_.Today(sql, caller.org);
    header.due_date = header.date;
    const auto note_id = repo_.Insert(sql, caller.org, invoice.customer, numbered->id, invoice.currency,
                                      header, invoice.id, caller.user, now);
    repo_.AddProjects(sql, caller.org, note_id, invoice.project_ids);
    for (auto row : invoice.rows) {
      row.quantity = -row.quantity;
      row.net = -row.net;
      row.project_id.reset();
      repo_.InsertRow(sql, caller.org, note_id, row);
    }
    CLIENTELE_CHECK(StoreTotals(sql, caller.org, note_id));
    CLIENTELE_TRY(note, Load(sql, caller, note_id, Need::kView));
    CLIENTELE_CHECK(AssignNumber(sql, caller.org, note));
    sources_.ReleaseInvoice(sql, caller.org, invoice.id);
    repo_.SetStatus(sql, caller.org, invoice.id, credited->id);
    Audit(sql, caller, invoice.id, "status", invoice.status.name, credited->name, now);
    Audit(sql, caller, note_id, "created", "", "credit note of invoice " + std::to_string(*invoice.number),
          now);
    return Load(sql, caller, note_id, Need::kView);
  });
}

}  // namespace clientele::invoicing
