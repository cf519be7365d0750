#include "features/invoicing/invoice_repository.hpp"

#include <nlohmann/json.hpp>

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::invoicing {

namespace {

constexpr const char* kSelectInvoice =
    "SELECT i.id, i.customer_id, c.name AS customer_name, i.status_id, i.number, i.reference_number, "
    "i.invoice_date, i.due_date, i.currency, i.language, i.billing_address, i.our_reference, "
    "i.your_reference, "
    "i.order_number, i.notes, i.credited_invoice_id, (SELECT x.id FROM invoices x WHERE x.org_id = i.org_id "
    "AND x.credited_invoice_id = i.id) AS credit_note_id, i.created_at, i.created_by, cb.name AS "
    "created_by_name, i.updated_at, i.updated_by, ub.name AS updated_by_name, i.version FROM invoices i "
    "JOIN customers c ON c.org_id = i.org_id AND c.id = i.customer_id "
    "JOIN users cb ON cb.org_id = i.org_id AND cb.id = i.created_by "
    "JOIN users ub ON ub.org_id = i.org_id AND ub.id = i.updated_by "
    "WHERE i.org_id = :org AND i.id = :id";
constexpr const char* kSelectRows =
    "SELECT r.id, r.position, r.description, r.quantity, r.unit, r.unit_price, r.vat_rate_id, r.vat_percent, "
    "r.vat_category, r.net, r.project_id, (SELECT COUNT(*) FROM hour_entries h WHERE h.org_id = r.org_id AND "
    "h.invoice_row_id = r.id) AS hour_count, (SELECT COUNT(*) FROM project_fees f WHERE f.org_id = r.org_id "
    "AND f.invoice_row_id = r.id) AS fee_count FROM invoice_rows r WHERE r.org_id = :org AND r.invoice_id = "
    ":invoice ORDER BY r.position, r.id";
constexpr const char* kSelectSummaries =
    "SELECT i.id, i.customer_id, c.name AS customer_name, i.status_id, i.number, i.invoice_date, i.due_date, "
    "i.currency, i.total_excluding_vat, i.vat_total, i.total_including_vat, i.credited_invoice_id, i.version "
    "FROM invoices i JOIN customers c ON c.org_id = i.org_id AND c.id = i.customer_id WHERE i.org_id = :org";
/// Own invoices: of customers the user owns, or billing projects the user owns, sells or works on.
constexpr const char* kOwnInvoices =
    " AND (c.account_owner_id = :o_user1 OR EXISTS (SELECT 1 FROM invoice_projects ip JOIN projects p ON "
    "p.org_id = ip.org_id AND p.id = ip.project_id WHERE ip.org_id = i.org_id AND ip.invoice_id = i.id AND "
    "(p.owner_id = :o_user2 OR p.sales_person_id = :o_user3 OR EXISTS (SELECT 1 FROM project_members m WHERE "
    "m.org_id = p.org_id AND m.project_id = p.id AND m.user_id = :o_user4))))";

std::string AddressJson(const BillingAddress& a) {
  return nlohmann::json{{"name", a.name},
                        {"streetLines", a.street_lines},
                        {"postalCode", a.postal_code},
                        {"city", a.city},
                        {"country", a.country}}
      .dump();
}

BillingAddress AddressOf(const std::string& text) {
  const auto j = nlohmann::json::parse(text, nullptr, false);
  BillingAddress a;
  if (!j.is_object()) return a;
  a.name = j.value("name", "");
  a.street_lines = j.value("streetLines", std::vector<std::string>{});
  a.postal_code = j.value("postalCode", "");
  a.city = j.value("city", "");
  a.country = j.value("country", "");
  return a;
}

void BindHeader(db::Query& q, const InvoiceHeader& h) {
  q.Bind("date", h.date)
      .Bind("due", h.due_date)
      .Bind("language", h.language)
      .Bind("address", AddressJson(h.billing_address))
      .Bind("ours", h.our_reference)
      .Bind("yours", h.your_reference)
      .Bind("order_number", h.order_number)
      .Bind("notes", h.notes);
}

/// Runs a statement that returns one row per changed row (UPDATE … RETURNING) and counts them.
std::int64_t Count(soci::session& sql, db::Query& q) {
  std::int64_t n = 0;
  q.Each(sql, [&](const soci::row&) { ++n; });
  return n;
}

InvoiceRow ReadRow(const soci::row& row) {
  db::RowReader r(row);
  InvoiceRow out;
  out.id = InvoiceRowId(r.Int("id"));
  out.position = r.Int("position");
  out.description = r.Text("description");
  out.quantity = r.Int("quantity");
  out.unit = r.Text("unit");
  out.unit_price = r.Int("unit_price");
  out.vat_rate_id = r.Int("vat_rate_id");
  out.vat_percent = r.Int("vat_percent");
  out.vat_category = ParseVatCategory(r.Text("vat_category")).value_or(VatCategory::kStandard);
  out.net = r.Int("net");
  out.project_id = r.OptInt("project_id");
  out.hour_count = r.Int("hour_count");
  out.fee_count = r.Int("fee_count");
  return out;
}

InvoiceSummary ReadSummary(const soci::row& row) {
  db::RowReader r(row);
  InvoiceSummary s;
  s.id = InvoiceId(r.Int("id"));
  s.customer = CustomerId(r.Int("customer_id"));
  s.customer_name = r.Text("customer_name");
  s.status.id = InvoiceStatusId(r.Int("status_id"));
  s.number = r.OptInt("number");
  s.date = r.Text("invoice_date");
  s.due_date = r.Text("due_date");
  s.currency = r.Text("currency");
  s.total_excluding_vat = r.Int("total_excluding_vat");
  s.vat_total = r.Int("vat_total");
  s.total_including_vat = r.Int("total_including_vat");
  if (auto c = r.OptInt("credited_invoice_id")) s.credited_invoice = InvoiceId(*c);
  s.version = r.Int("version");
  return s;
}

}  // namespace

InvoiceId InvoiceRepository::Insert(soci::session& sql, OrgId org, CustomerId customer,
                                    InvoiceStatusId status, const std::string& currency,
                                    const InvoiceHeader& header, std::optional<InvoiceId> credited, UserId by,
                                    const std::string& now) {
  db::Query q(
      "INSERT INTO invoices (org_id, customer_id, status_id, invoice_date, due_date, currency, language, "
      "billing_address, our_reference, your_reference, order_number, notes, credited_invoice_id, created_at, "
      "created_by, updated_at, updated_by) VALUES (:org, :customer, :status, :date, :due, :currency, "
      ":language, "
      ":address, :ours, :yours, :order_number, :notes, ");
  q.Sql(credited ? ":credited" : "NULL").Sql(", :now, :by, :now2, :by2) RETURNING id");
  q.Bind("org", org.value)
      .Bind("customer", customer.value)
      .Bind("status", status.value)
      .Bind("currency", currency);
  BindHeader(q, header);
  if (credited) q.Bind("credited", credited->value);
  q.Bind("now", now).Bind("by", by.value).Bind("now2", now).Bind("by2", by.value);
  std::int64_t id = 0;
  q.Each(sql, [&](const soci::row& row) { id = db::RowReader(row).Int("id"); });
  return InvoiceId(id);
}

void InvoiceRepository::AddProjects(soci::session& sql, OrgId org, InvoiceId invoice,
                                    const std::vector<std::int64_t>& projects) {
  for (const auto project : projects) {
    long long o = org.value, i = invoice.value, p = project;
    sql << "INSERT INTO invoice_projects (org_id, invoice_id, project_id) VALUES (:org, :invoice, :project)",
        soci::use(o, "org"), soci::use(i, "invoice"), soci::use(p, "project");
  }
}

InvoiceRowId InvoiceRepository::InsertRow(soci::session& sql, OrgId org, InvoiceId invoice,
                                          const InvoiceRow& row) {
  db::Query q(
      "INSERT INTO invoice_rows (org_id, invoice_id, position, description, quantity, unit, unit_price, "
      "vat_rate_id, vat_percent, vat_category, net, project_id) VALUES (:org, :invoice, :position, "
      ":description, "
      ":quantity, :unit, :price, :vat, :percent, :category, :net, ");
  q.Sql(row.project_id ? ":project" : "NULL").Sql(") RETURNING id");
  q.Bind("org", org.value)
      .Bind("invoice", invoice.value)
      .Bind("position", row.position)
      .Bind("description", row.description)
      .Bind("quantity", row.quantity)
      .Bind("unit", row.unit)
      .Bind("price", row.unit_price)
      .Bind("vat", row.vat_rate_id)
      .Bind("percent", row.vat_percent)
      .Bind("category", std::string(VatCategoryCode(row.vat_category)))
      .Bind("net", row.net);
  if (row.project_id) q.Bind("project", *row.project_id);
  std::int64_t id = 0;
  q.Each(sql, [&](const soci::row& r) { id = db::RowReader(r).Int("id"); });
  return InvoiceRowId(id);
}

bool InvoiceRepository::UpdateRow(soci::session& sql, OrgId org, const InvoiceRow& row) {
  db::Query q(
      "UPDATE invoice_rows SET description = :description, quantity = :quantity, unit = :unit, unit_price = "
      ":price, vat_rate_id = :vat, vat_percent = :percent, vat_category = :category, net = :net WHERE org_id "
      "= "
      ":org AND id = :id RETURNING id");
  q.Bind("description", row.description)
      .Bind("quantity", row.quantity)
      .Bind("unit", row.unit)
      .Bind("price", row.unit_price)
      .Bind("vat", row.vat_rate_id)
      .Bind("percent", row.vat_percent)
      .Bind("category", std::string(VatCategoryCode(row.vat_category)))
      .Bind("net", row.net)
      .Bind("org", org.value)
      .Bind("id", row.id.value);
  return Count(sql, q) == 1;
}

void InvoiceRepository::DeleteRow(soci::session& sql, OrgId org, InvoiceRowId row) {
  long long o = org.value, r = row.value;
  sql << "DELETE FROM invoice_rows WHERE org_id = :org AND id = :id", soci::use(o, "org"), soci::use(r, "id");
}

std::optional<InvoiceId> InvoiceRepository::InvoiceOfRow(soci::session& sql, OrgId org, InvoiceRowId row) {
  db::Query q("SELECT invoice_id FROM invoice_rows WHERE org_id = :org AND id = :id");
  q.Bind("org", org.value).Bind("id", row.value);
  std::optional<InvoiceId> out;
  q.Each(sql, [&](const soci::row& r) { out = InvoiceId(db::RowReader(r).Int("invoice_id")); });
  return out;
}

std::optional<Invoice> InvoiceRepository::Find(soci::session& sql, OrgId org, InvoiceId id) {
  db::Query q(kSelectInvoice);
  q.Bind("org", org.value).Bind("id", id.value);
  std::optional<Invoice> out;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    Invoice inv;
    inv.id = id;
    inv.customer = CustomerId(r.Int("customer_id"));
    inv.customer_name = r.Text("customer_name");
    inv.status.id = InvoiceStatusId(r.Int("status_id"));
    inv.number = r.OptInt("number");
    inv.reference_number = r.OptText("reference_number");
    inv.currency = r.Text("currency");
    inv.header = {r.Text("invoice_date"),  r.Text("due_date"),
                  r.Text("language"),      AddressOf(r.Text("billing_address")),
                  r.Text("our_reference"), r.Text("your_reference"),
                  r.Text("order_number"),  r.Text("notes")};
    if (auto c = r.OptInt("credited_invoice_id")) inv.credited_invoice = InvoiceId(*c);
    if (auto c = r.OptInt("credit_note_id")) inv.credit_note = InvoiceId(*c);
    inv.created_at = r.Text("created_at");
    inv.created_by = {UserId(r.Int("created_by")), r.Text("created_by_name")};
    inv.updated_at = r.Text("updated_at");
    inv.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
    inv.version = r.Int("version");
    out = std::move(inv);
  });
  if (!out) return out;
  db::Query rows(kSelectRows);
  rows.Bind("org", org.value).Bind("invoice", id.value);
  rows.Each(sql, [&](const soci::row& row) { out->rows.push_back(ReadRow(row)); });
  db::Query projects(
      "SELECT project_id FROM invoice_projects WHERE org_id = :org AND invoice_id = :id ORDER BY "
      "project_id");
  projects.Bind("org", org.value).Bind("id", id.value);
  projects.Each(
      sql, [&](const soci::row& row) { out->project_ids.push_back(db::RowReader(row).Int("project_id")); });
  return out;
}

bool InvoiceRepository::Touch(soci::session& sql, OrgId org, InvoiceId id,
                              std::optional<std::int64_t> version, UserId by, const std::string& now) {
  db::Query q(
      "UPDATE invoices SET version = version + 1, updated_at = :now, updated_by = :by WHERE org_id = :org "
      "AND id = :id");
  q.Bind("now", now).Bind("by", by.value).Bind("org", org.value).Bind("id", id.value);
  if (version) q.Sql(" AND version = :version").Bind("version", *version);
  q.Sql(" RETURNING id");
  return Count(sql, q) == 1;
}

void InvoiceRepository::UpdateHeader(soci::session& sql, OrgId org, InvoiceId id,
                                     const InvoiceHeader& header) {
  db::Query q(
      "UPDATE invoices SET invoice_date = :date, due_date = :due, language = :language, billing_address = "
      ":address, our_reference = :ours, your_reference = :yours, order_number = :order_number, notes = "
      ":notes "
      "WHERE org_id = :org AND id = :id RETURNING id");
  BindHeader(q, header);
  q.Bind("org", org.value).Bind("id", id.value);
  Count(sql, q);
}

void InvoiceRepository::SetTotals(soci::session& sql, OrgId org, InvoiceId id, const VatSummary& totals) {
  long long o = org.value, i = id.value, ex = totals.total_excluding_vat, vat = totals.vat_total,
            inc = totals.total_including_vat;
  sql << "UPDATE invoices SET total_excluding_vat = :ex, vat_total = :vat, total_including_vat = :inc WHERE "
         "org_id = :org AND id = :id",
      soci::use(ex, "ex"), soci::use(vat, "vat"), soci::use(inc, "inc"), soci::use(o, "org"),
      soci::use(i, "id");
}

void InvoiceRepository::SetStatus(soci::session& sql, OrgId org, InvoiceId id, InvoiceStatusId status) {
  long long o = org.value, i = id.value, s = status.value;
  sql << "UPDATE invoices SET status_id = :status WHERE org_id = :org AND id = :id", soci::use(s, "status"),
      soci::use(o, "org"), soci::use(i, "id");
}

void InvoiceRepository::SetNumber(soci::session& sql, OrgId org, InvoiceId id, std::int64_t number,
                                  const std::string& reference) {
  long long o = org.value, i = id.value, n = number;
  sql << "UPDATE invoices SET number = :number, reference_number = :reference WHERE org_id = :org AND id = "
         ":id",
      soci::use(n, "number"), soci::use(reference, "reference"), soci::use(o, "org"), soci::use(i, "id");
}

void InvoiceRepository::Delete(soci::session& sql, OrgId org, InvoiceId id) {
  long long o = org.value, i = id.value;
  sql << "DELETE FROM invoices WHERE org_id = :org AND id = :id", soci::use(o, "org"), soci::use(i, "id");
}

std::int64_t InvoiceRepository::TakeNumber(soci::session& sql, OrgId org) {
  db::Query q(
      "UPDATE organizations SET next_invoice_number = next_invoice_number + 1 WHERE id = :org RETURNING "
      "next_invoice_number - 1 AS taken");
  q.Bind("org", org.value);
  std::int64_t number = 0;
  q.Each(sql, [&](const soci::row& row) { number = db::RowReader(row).Int("taken"); });
  return number;
}

std::vector<InvoiceSummary> InvoiceRepository::List(
    soci::session& sql, OrgId org, const InvoiceQuery& query, InvoiceScope scope, UserId caller, int limit,
    const std::optional<std::pair<std::string, std::int64_t>>& after) {
  db::Query q(kSelectSummaries);
  q.Bind("org", org.value);
  if (query.customer) q.Sql(" AND i.customer_id = :f_customer").Bind("f_customer", query.customer->value);
  if (query.project)
    q.Sql(
         " AND EXISTS (SELECT 1 FROM invoice_projects fp WHERE fp.org_id = i.org_id AND fp.invoice_id = i.id "
         "AND "
         "fp.project_id = :f_project)")
        .Bind("f_project", *query.project);
  if (query.status) q.Sql(" AND i.status_id = :f_status").Bind("f_status", query.status->value);
  if (query.from) q.Sql(" AND i.invoice_date >= :f_from").Bind("f_from", *query.from);
  if (query.to) q.Sql(" AND i.invoice_date <= :f_to").Bind("f_to", *query.to);
  if (scope == InvoiceScope::kOwn) {
    q.Sql(kOwnInvoices);
    for (const char* name : {"o_user1", "o_user2", "o_user3", "o_user4"}) q.Bind(name, caller.value);
  }
  if (after)
    q.Sql(" AND (i.invoice_date < :c_date OR (i.invoice_date = :c_date2 AND i.id < :c_id))")
        .Bind("c_date", after->first)
        .Bind("c_date2", after->first)
        .Bind("c_id", after->second);
  q.Sql(" ORDER BY i.invoice_date DESC, i.id DESC LIMIT :limit").Bind("limit", limit);
  std::vector<InvoiceSummary> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadSummary(row)); });
  return out;
}

bool InvoiceRepository::IsOwn(soci::session& sql, OrgId org, InvoiceId id, UserId user) {
  db::Query q(
      "SELECT i.id FROM invoices i JOIN customers c ON c.org_id = i.org_id AND c.id = i.customer_id "
      "WHERE i.org_id = :org AND i.id = :id");
  q.Bind("org", org.value).Bind("id", id.value).Sql(kOwnInvoices);
  for (const char* name : {"o_user1", "o_user2", "o_user3", "o_user4"}) q.Bind(name, user.value);
  return Count(sql, q) == 1;
}

std::int64_t InvoiceRepository::CountForCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  long long o = org.value, c = customer.value, n = 0;
  sql << "SELECT COUNT(*) FROM invoices WHERE org_id = :org AND customer_id = :customer", soci::use(o, "org"),
      soci::use(c, "customer"), soci::into(n);
  return n;
}

std::int64_t InvoiceRepository::CountInStatus(soci::session& sql, OrgId org, InvoiceStatusId status) {
  long long o = org.value, s = status.value, n = 0;
  sql << "SELECT COUNT(*) FROM invoices WHERE org_id = :org AND status_id = :status", soci::use(o, "org"),
      soci::use(s, "status"), soci::into(n);
  return n;
}

}  // namespace clientele::invoicing
