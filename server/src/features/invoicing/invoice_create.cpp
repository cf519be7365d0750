// Making an invoice: from projects' uninvoiced hours and fees (all up to a date, or the rows chosen), or by
// hand. Everything happens in one transaction: the rows billed are locked to the invoice first, so two people
// invoicing the same rows at once never both succeed.
#include <algorithm>
#include <set>

#include "features/invoicing/invoice_grouping.hpp"
#include "features/invoicing/invoice_service.hpp"
#include "features/invoicing/invoice_values.hpp"
#include "features/settings/organization_details.hpp"
#include "platform/util/clock.hpp"

namespace clientele::invoicing {

namespace {

/// Projects one invoice may bill at once.
constexpr std::size_t kMaxInvoiceProjects = 20;

std::vector<std::int64_t> Distinct(std::vector<std::int64_t> ids) {
  std::vector<std::int64_t> out;
  std::set<std::int64_t> seen;
  for (auto id : ids)
    if (seen.insert(id).second) out.push_back(id);
  return out;
}

std::string Joined(const std::vector<std::int64_t>& ids) {
  std::string out;
  for (std::size_t i = 0; i < ids.size() && i < 10; ++i) out += (i ? ", " : "") + std::to_string(ids[i]);
  if (ids.size() > 10) out += " and " + std::to_string(ids.size() - 10) + " more";
  return out;
}

Status CheckOrganization(const settings::OrganizationSettings& org) {
  const auto missing = settings::MissingForInvoicing(org);
  if (missing.empty()) return Ok();
  std::vector<FieldError> errors;
  for (const auto& field : missing)
    errors.push_back({field, "is needed on invoices: fill it in under Settings → Organization"});
  return Error::Validation(std::move(errors));
}

/// Facts of chosen rows checked against what the invoice may bill: unknown → 404, not billable → 422,
/// already invoiced → 409 naming them. Adds the rows' projects to `projects`.
Status CheckChosen(const std::vector<std::int64_t>& ids, const std::vector<ChosenRow>& found,
                   const std::string& field, const std::string& noun, std::vector<std::int64_t>& projects) {
  std::set<std::int64_t> known;
  std::vector<std::int64_t> invoiced, not_billable;
  for (const auto& row : found) {
    known.insert(row.id);
    if (row.invoiced) invoiced.push_back(row.id);
    if (!row.billable) not_billable.push_back(row.id);
    projects.push_back(row.project_id);
  }
  for (auto id : ids)
    if (!known.count(id)) return Error::NotFound("No such " + noun + ": " + std::to_string(id));
  if (!invoiced.empty())
    return Error::Conflict("Already invoiced: " + noun + " " + Joined(invoiced) +
                           "; reload and choose again");
  if (!not_billable.empty()) return Error::Validation(field, "not billable: " + Joined(not_billable));
  return Ok();
}

}  // namespace

Result<std::vector<settings::VatRate>> InvoiceService::UsableRates(soci::session& sql, OrgId org) {
  auto rates = port_.vat_rates(sql, org);
  if (!StandardRate(rates))
    return Error::Validation("vatRates",
                             "the organization has no active standard (S) VAT rate: add one under Settings");
  return rates;
}

Result<std::vector<financials::ProjectFacts>> InvoiceService::CheckProjects(
    soci::session& sql, const auth::Principal& caller, CustomerId customer,
    const std::vector<std::int64_t>& ids) {
  if (ids.size() > kMaxInvoiceProjects)
    return Error::Validation(
        "projectIds", "one invoice bills at most " + std::to_string(kMaxInvoiceProjects) + " projects");
  std::vector<financials::ProjectFacts> out;
  for (auto id : ids) {
    CLIENTELE_TRY(facts, projects_.Project(sql, caller, financials::ProjectId(id), financials::Need::kEdit));
    if (facts.customer != customer)
      return Error::Validation("projectIds", "project " + std::to_string(id) + " is another customer's");
    if (!out.empty() && facts.currency != out.front().currency)
      return Error::Validation("projectIds", "the projects are in different currencies (" +
                                                 out.front().currency + ", " + facts.currency + ")");
    out.push_back(std::move(facts));
  }
  return out;
}

Status InvoiceService::LockChosen(soci::session& sql, OrgId org, InvoiceId invoice, const NewInvoice& input,
                                  const std::vector<std::int64_t>& projects) {
  if (input.hour_ids || input.fee_ids) {
    const auto hours = Distinct(input.hour_ids.value_or(std::vector<std::int64_t>{}));
    const auto fees = Distinct(input.fee_ids.value_or(std::vector<std::int64_t>{}));
    if (sources_.LockHours(sql, org, invoice, hours) != static_cast<std::int64_t>(hours.size()) ||
        sources_.LockFees(sql, org, invoice, fees) != static_cast<std::int64_t>(fees.size()))
      return Error::Conflict("Some of the chosen rows were invoiced meanwhile; reload and choose again");
    return Ok();
  }
  const auto until = *input.until;
  if (sources_.LockHoursUntil(sql, org, invoice, projects, until) +
          sources_.LockFeesUntil(sql, org, invoice, projects, until) ==
      0)
    return Error::Validation("until", "nothing is left to invoice on these projects up to " + until);
  return Ok();
}

Status InvoiceService::WriteSourceRows(soci::session& sql, OrgId org, InvoiceId invoice, Grouping grouping,
                                       const std::vector<settings::VatRate>& rates) {
  const auto drafts =
      GroupRows(sources_.LockedHours(sql, org, invoice), sources_.LockedFees(sql, org, invoice), grouping);
  if (drafts.size() > static_cast<std::size_t>(kMaxInvoiceRows))
    return Error::Validation("grouping",
                             "that makes " + std::to_string(drafts.size()) + " rows, more than the " +
                                 std::to_string(kMaxInvoiceRows) +
                                 " an invoice holds: group coarser or invoice up to an earlier date");
  const auto standard = *StandardRate(rates);
  std::int64_t position = 0;
  for (const auto& draft : drafts) {
    InvoiceRow row;
    row.position = ++position;
    row.description = draft.description.substr(0, kMaxRowDescription);
    row.quantity = draft.quantity;
    row.unit = draft.unit;
    row.unit_price = draft.unit_price;
    // A fee whose rate has been disabled since takes the standard rate, like hours.
    const auto rate = draft.vat_rate_id ? ActiveRate(rates, *draft.vat_rate_id).value_or(standard) : standard;
    row.vat_rate_id = rate.id.value;
    row.vat_percent = rate.percent;
    row.vat_category = CategoryOf(rate);
    CLIENTELE_TRY(net, ScaledLineNet(draft.quantity, draft.unit_price));
    row.net = net;
    row.project_id = draft.project_id;
    const auto id = repo_.InsertRow(sql, org, invoice, row);
    sources_.LinkHours(sql, org, id, draft.hour_ids);
    sources_.LinkFees(sql, org, id, draft.fee_ids);
  }
  return Ok();
}

Result<Invoice> InvoiceService::Create(const auth::Principal& caller, const NewInvoice& input) {
  if (caller.permissions.financials.edit == auth::Scope::kNone)
    return Error::Forbidden("You may not invoice");
  const auto now = util::NowIso();
  return db_.Write([&](soci::session& sql) -> Result<Invoice> {
    const auto org = port_.organization(sql, caller.org);
    CLIENTELE_CHECK(CheckOrganization(org));
    CLIENTELE_TRY(customer, port_.customer(sql, caller, CustomerId(*input.customer_id)));
    CLIENTELE_TRY(rates, UsableRates(sql, caller.org));

    auto project_ids = Distinct(input.project_ids);
    if (input.hour_ids || input.fee_ids) {
      std::vector<std::int64_t> of_rows;
      CLIENTELE_CHECK(
          CheckChosen(Distinct(input.hour_ids.value_or(std::vector<std::int64_t>{})),
                      sources_.ChosenHours(sql, caller.org,
                                           Distinct(input.hour_ids.value_or(std::vector<std::int64_t>{}))),
                      "hourIds", "hour entry", of_rows));
      CLIENTELE_CHECK(CheckChosen(
          Distinct(input.fee_ids.value_or(std::vector<std::int64_t>{})),
          sources_.ChosenFees(sql, caller.org, Distinct(input.fee_ids.value_or(std::vector<std::int64_t>{}))),
          "feeIds", "fee", of_rows));
      for (auto p : Distinct(of_rows))
        if (!project_ids.empty() && std::find(project_ids.begin(), project_ids.end(), p) == project_ids.end())
          return Error::Validation("hourIds", "the chosen rows include project " + std::to_string(p) +
                                                  ", which projectIds does not name");
      if (project_ids.empty()) project_ids = Distinct(of_rows);
    }
    CLIENTELE_TRY(projects, CheckProjects(sql, caller, customer.id, project_ids));
    if (projects.empty()) CLIENTELE_CHECK(CheckCustomerRight(caller, customer, Need::kEdit));

    const auto status = statuses_.Default(sql, caller.org);
    if (!status) return Error::Conflict("The organization has no default invoice status");
    InvoiceHeader header;
    header.date = input.date.value_or(projects_.Today(sql, caller.org));
    header.due_date = AddDays(header.date, org.payment_term_days).value_or(header.date);
    header.language = settings::EffectiveInvoiceLanguage(org);
    header.billing_address = customer.billing_address;
    std::string currency =
        projects.empty() ? input.currency.value_or(org.base_currency) : projects.front().currency;
    if (!projects.empty() && input.currency && *input.currency != currency)
      return Error::Validation("currency", "the projects are invoiced in " + currency);

    const auto id = repo_.Insert(sql, caller.org, customer.id, status->id, currency, header, std::nullopt,
                                 caller.user, now);
    repo_.AddProjects(sql, caller.org, id, project_ids);
    if (input.rows) {
      std::int64_t position = 0;
      for (std::size_t i = 0; i < input.rows->size(); ++i) {
        auto row = RowFrom((*input.rows)[i], rates, currency, nullptr);
        if (!row) {
          auto error = std::move(row).error();
          for (auto& f : error.fields) f.field = "rows[" + std::to_string(i) + "]." + f.field;
          return error.fields.empty() ? error : Error::Validation(std::move(error.fields));
        }
        row->position = ++position;
        repo_.InsertRow(sql, caller.org, id, *row);
      }
    } else {
      CLIENTELE_CHECK(LockChosen(sql, caller.org, id, input, project_ids));
      CLIENTELE_CHECK(WriteSourceRows(sql, caller.org, id, input.grouping, rates));
    }
    CLIENTELE_CHECK(StoreTotals(sql, caller.org, id));
    Audit(sql, caller, id, "created", "", status->name, now);
    return Load(sql, caller, id, Need::kView);
  });
}

}  // namespace clientele::invoicing
