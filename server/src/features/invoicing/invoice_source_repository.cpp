#include "features/invoicing/invoice_source_repository.hpp"

#include <algorithm>

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::invoicing {

namespace {

/// Ids per statement: far below SQLite's and PostgreSQL's bound-parameter limits.
constexpr std::size_t kBatch = 500;

constexpr const char* kSelectHours =
    "SELECT h.id, h.project_id, p.name AS project_name, h.work_type_id, t.name AS work_type_name, h.user_id, "
    "u.name AS user_name, h.entry_date, h.minutes, h.description, h.unit_price FROM hour_entries h "
    "JOIN projects p ON p.org_id = h.org_id AND p.id = h.project_id "
    "JOIN work_types t ON t.org_id = h.org_id AND t.id = h.work_type_id "
    "JOIN users u ON u.org_id = h.org_id AND u.id = h.user_id WHERE h.org_id = :org";
constexpr const char* kSelectFees =
    "SELECT f.id, f.project_id, p.name AS project_name, f.fee_date, f.description, f.quantity, f.unit, "
    "f.unit_price, f.vat_rate_id FROM project_fees f JOIN projects p ON p.org_id = f.org_id AND p.id = "
    "f.project_id WHERE f.org_id = :org";

/// " AND <column> IN (:<prefix>0, :<prefix>1, …)" with every value bound. The list is padded (repeating
/// its last value) to 1, 8, 64 or kBatch entries, so that the prepared-statement cache holds four shapes of
/// each statement instead of one per list length.
void AppendIn(db::Query& q, const std::string& column, const std::string& prefix,
              const std::vector<std::int64_t>& values) {
  if (values.empty()) {
    q.Sql(" AND 1 = 0");
    return;
  }
  std::size_t size = 1;
  for (std::size_t bucket : {std::size_t{1}, std::size_t{8}, std::size_t{64}, kBatch}) {
    size = bucket;
    if (values.size() <= bucket) break;
  }
  size = std::max(size, values.size());
  q.Sql(" AND " + column + " IN (");
  for (std::size_t i = 0; i < size; ++i) {
    const auto name = prefix + std::to_string(i);
    q.Sql(i ? ", :" + name : ":" + name).Bind(name, values[std::min(i, values.size() - 1)]);
  }
  q.Sql(")");
}

template <class F>
void InBatches(const std::vector<std::int64_t>& ids, F&& run) {
  for (std::size_t start = 0; start < ids.size(); start += kBatch) {
    const auto end = std::min(ids.size(), start + kBatch);
    run(std::vector<std::int64_t>(ids.begin() + static_cast<std::ptrdiff_t>(start),
                                  ids.begin() + static_cast<std::ptrdiff_t>(end)));
  }
}

std::int64_t Count(soci::session& sql, db::Query& q) {
  std::int64_t n = 0;
  q.Each(sql, [&](const soci::row&) { ++n; });
  return n;
}

HourSource ReadHour(const soci::row& row) {
  db::RowReader r(row);
  return {r.Int("id"),           r.Int("project_id"),      r.Text("project_name"),
          r.Int("work_type_id"), r.Text("work_type_name"), r.Int("user_id"),
          r.Text("user_name"),   r.Text("entry_date"),     r.Int("minutes"),
          r.Text("description"), r.Int("unit_price")};
}

FeeSource ReadFee(const soci::row& row) {
  db::RowReader r(row);
  return {r.Int("id"),        r.Int("project_id"),   r.Text("project_name"),
          r.Text("fee_date"), r.Text("description"), r.Int("quantity"),
          r.Text("unit"),     r.Int("unit_price"),   r.OptInt("vat_rate_id")};
}

std::vector<ChosenRow> Chosen(soci::session& sql, const std::string& table, const std::string& billable,
                              OrgId org, const std::vector<std::int64_t>& ids) {
  std::vector<ChosenRow> out;
  InBatches(ids, [&](const std::vector<std::int64_t>& batch) {
    db::Query q("SELECT id, project_id, " + billable + " AS billable, invoice_id FROM " + table +
                " WHERE org_id = :org");
    q.Bind("org", org.value);
    AppendIn(q, "id", "i", batch);
    q.Each(sql, [&](const soci::row& row) {
      db::RowReader r(row);
      out.push_back(
          {r.Int("id"), r.Int("project_id"), r.Bool("billable"), r.OptInt("invoice_id").has_value()});
    });
  });
  return out;
}

std::int64_t LockUntil(soci::session& sql, const std::string& table, const std::string& date_column,
                       OrgId org, InvoiceId invoice, const std::vector<std::int64_t>& projects,
                       const std::string& until) {
  db::Query q("UPDATE " + table +
              " SET invoice_id = :invoice WHERE org_id = :org AND invoice_id IS NULL AND "
              "billable = 1 AND " +
              date_column + " <= :until");
  q.Bind("invoice", invoice.value).Bind("org", org.value).Bind("until", until);
  AppendIn(q, "project_id", "p", projects);
  q.Sql(" RETURNING id");
  return Count(sql, q);
}

std::int64_t LockIds(soci::session& sql, const std::string& table, OrgId org, InvoiceId invoice,
                     const std::vector<std::int64_t>& ids) {
  std::int64_t locked = 0;
  InBatches(ids, [&](const std::vector<std::int64_t>& batch) {
    db::Query q("UPDATE " + table +
                " SET invoice_id = :invoice WHERE org_id = :org AND invoice_id IS NULL AND "
                "billable = 1");
    q.Bind("invoice", invoice.value).Bind("org", org.value);
    AppendIn(q, "id", "i", batch);
    q.Sql(" RETURNING id");
    locked += Count(sql, q);
  });
  return locked;
}

void Link(soci::session& sql, const std::string& table, OrgId org, InvoiceRowId row,
          const std::vector<std::int64_t>& ids) {
  InBatches(ids, [&](const std::vector<std::int64_t>& batch) {
    db::Query q("UPDATE " + table + " SET invoice_row_id = :row WHERE org_id = :org");
    q.Bind("row", row.value).Bind("org", org.value);
    AppendIn(q, "id", "i", batch);
    q.Sql(" RETURNING id");
    Count(sql, q);
  });
}

}  // namespace

std::vector<HourSource> InvoiceSourceRepository::UninvoicedHours(soci::session& sql, OrgId org,
                                                                 const std::vector<std::int64_t>& projects,
                                                                 const std::string& until, int limit) {
  db::Query q(kSelectHours);
  q.Bind("org", org.value);
  AppendIn(q, "h.project_id", "p", projects);
  q.Sql(
       " AND h.invoice_id IS NULL AND h.billable = 1 AND h.entry_date <= :until ORDER BY h.entry_date, h.id "
       "LIMIT :limit")
      .Bind("until", until)
      .Bind("limit", limit);
  std::vector<HourSource> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadHour(row)); });
  return out;
}

std::vector<FeeSource> InvoiceSourceRepository::UninvoicedFees(soci::session& sql, OrgId org,
                                                               const std::vector<std::int64_t>& projects,
                                                               const std::string& until, int limit) {
  db::Query q(kSelectFees);
  q.Bind("org", org.value);
  AppendIn(q, "f.project_id", "p", projects);
  q.Sql(
       " AND f.invoice_id IS NULL AND f.billable = 1 AND f.fee_date <= :until ORDER BY f.fee_date, f.id "
       "LIMIT "
       ":limit")
      .Bind("until", until)
      .Bind("limit", limit);
  std::vector<FeeSource> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadFee(row)); });
  return out;
}

std::vector<ChosenRow> InvoiceSourceRepository::ChosenHours(soci::session& sql, OrgId org,
                                                            const std::vector<std::int64_t>& ids) {
  return Chosen(sql, "hour_entries", "billable", org, ids);
}

std::vector<ChosenRow> InvoiceSourceRepository::ChosenFees(soci::session& sql, OrgId org,
                                                           const std::vector<std::int64_t>& ids) {
  return Chosen(sql, "project_fees", "billable", org, ids);
}

std::int64_t InvoiceSourceRepository::LockHoursUntil(soci::session& sql, OrgId org, InvoiceId invoice,
                                                     const std::vector<std::int64_t>& projects,
                                                     const std::string& until) {
  return LockUntil(sql, "hour_entries", "entry_date", org, invoice, projects, until);
}

std::int64_t InvoiceSourceRepository::LockFeesUntil(soci::session& sql, OrgId org, InvoiceId invoice,
                                                    const std::vector<std::int64_t>& projects,
                                                    const std::string& until) {
  return LockUntil(sql, "project_fees", "fee_date", org, invoice, projects, until);
}

std::int64_t InvoiceSourceRepository::LockHours(soci::session& sql, OrgId org, InvoiceId invoice,
                                                const std::vector<std::int64_t>& ids) {
  return LockIds(sql, "hour_entries", org, invoice, ids);
}

std::int64_t InvoiceSourceRepository::LockFees(soci::session& sql, OrgId org, InvoiceId invoice,
                                               const std::vector<std::int64_t>& ids) {
  return LockIds(sql, "project_fees", org, invoice, ids);
}

std::vector<HourSource> InvoiceSourceRepository::LockedHours(soci::session& sql, OrgId org,
                                                             InvoiceId invoice) {
  db::Query q(kSelectHours);
  q.Bind("org", org.value)
      .Sql(" AND h.invoice_id = :invoice AND h.invoice_row_id IS NULL ORDER BY h.entry_date, h.id")
      .Bind("invoice", invoice.value);
  std::vector<HourSource> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadHour(row)); });
  return out;
}

std::vector<FeeSource> InvoiceSourceRepository::LockedFees(soci::session& sql, OrgId org, InvoiceId invoice) {
  db::Query q(kSelectFees);
  q.Bind("org", org.value)
      .Sql(" AND f.invoice_id = :invoice AND f.invoice_row_id IS NULL ORDER BY f.fee_date, f.id")
      .Bind("invoice", invoice.value);
  std::vector<FeeSource> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadFee(row)); });
  return out;
}

void InvoiceSourceRepository::LinkHours(soci::session& sql, OrgId org, InvoiceRowId row,
                                        const std::vector<std::int64_t>& ids) {
  Link(sql, "hour_entries", org, row, ids);
}

void InvoiceSourceRepository::LinkFees(soci::session& sql, OrgId org, InvoiceRowId row,
                                       const std::vector<std::int64_t>& ids) {
  Link(sql, "project_fees", org, row, ids);
}

void InvoiceSourceRepository::ReleaseRow(soci::session& sql, OrgId org, InvoiceRowId row) {
  long long o = org.value, r = row.value;
  for (const char* table : {"hour_entries", "project_fees"})
    sql << std::string("UPDATE ") + table +
               " SET invoice_id = NULL, invoice_row_id = NULL WHERE org_id = :org AND invoice_row_id = :row",
        soci::use(o, "org"), soci::use(r, "row");
}

void InvoiceSourceRepository::ReleaseInvoice(soci::session& sql, OrgId org, InvoiceId invoice) {
  long long o = org.value, i = invoice.value;
  for (const char* table : {"hour_entries", "project_fees"})
    sql << std::string("UPDATE ") + table +
               " SET invoice_id = NULL, invoice_row_id = NULL WHERE org_id = :org AND invoice_id = :invoice",
        soci::use(o, "org"), soci::use(i, "invoice");
}

}  // namespace clientele::invoicing
