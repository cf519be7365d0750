#include "features/invoicing/invoice_status_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"
#include "platform/validation/text.hpp"

namespace clientele::invoicing {

namespace {

constexpr const char* kSelect =
    "SELECT s.id, s.name, s.position, s.read_only, s.assigns_number, s.sent, s.waiting_payment, s.paid, "
    "s.credited, s.is_default, s.is_active, s.created_at, s.created_by, cb.name AS created_by_name, "
    "s.updated_at, s.updated_by, ub.name AS updated_by_name, s.version "
    "FROM invoice_statuses s LEFT JOIN users cb ON cb.org_id = s.org_id AND cb.id = s.created_by "
    "LEFT JOIN users ub ON ub.org_id = s.org_id AND ub.id = s.updated_by WHERE s.org_id = :org";
constexpr const char* kInsert =
    "INSERT INTO invoice_statuses (org_id, name, name_key, position, read_only, assigns_number, sent, "
    "waiting_payment, paid, credited, is_default, is_active, created_at, created_by, updated_at, updated_by, "
    "version) VALUES (:org, :name, :name_key, :position, :read_only, :assigns_number, :sent, :waiting, "
    ":paid, "
    ":credited, :is_default, :active, :now, :by, :now2, :by2, 1) RETURNING id";
constexpr const char* kUpdate =
    "UPDATE invoice_statuses SET name = :name, name_key = :name_key, read_only = :read_only, "
    "assigns_number = :assigns_number, sent = :sent, waiting_payment = :waiting, paid = :paid, "
    "credited = :credited, is_default = :is_default, is_active = :active, updated_at = :now, "
    "updated_by = :by, version = version + 1 WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kSetPosition =
    "UPDATE invoice_statuses SET position = :position, updated_at = :now, updated_by = :by, "
    "version = version + 1 WHERE org_id = :org AND id = :id AND position <> :position2";
constexpr const char* kClearDefault =
    "UPDATE invoice_statuses SET is_default = 0, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND is_default = 1";
constexpr const char* kDelete = "DELETE FROM invoice_statuses WHERE org_id = :org AND id = :id";
constexpr const char* kByKey = "SELECT id FROM invoice_statuses WHERE org_id = :org AND name_key = :key";
constexpr const char* kCount = "SELECT COUNT(*) FROM invoice_statuses WHERE org_id = :org";
constexpr const char* kNextPosition =
    "SELECT COALESCE(MAX(position), 0) + 1 FROM invoice_statuses WHERE org_id = :org";

std::optional<UserRef> ReadRef(const db::RowReader& r, const char* id, const char* name) {
  if (auto user = r.OptInt(id)) return UserRef{UserId(*user), r.Text(name)};
  return std::nullopt;
}

InvoiceStatus Read(const soci::row& row) {
  db::RowReader r(row);
  InvoiceStatus s;
  s.id = InvoiceStatusId(r.Int("id"));
  s.name = r.Text("name");
  s.position = r.Int("position");
  s.flags.read_only = r.Bool("read_only");
  s.flags.assigns_number = r.Bool("assigns_number");
  s.flags.sent = r.Bool("sent");
  s.flags.waiting_payment = r.Bool("waiting_payment");
  s.flags.paid = r.Bool("paid");
  s.flags.credited = r.Bool("credited");
  s.is_default = r.Bool("is_default");
  s.is_active = r.Bool("is_active");
  s.created_at = r.Text("created_at");
  s.created_by = ReadRef(r, "created_by", "created_by_name");
  s.updated_at = r.Text("updated_at");
  s.updated_by = ReadRef(r, "updated_by", "updated_by_name");
  s.version = r.Int("version");
  return s;
}

/// The flags and the two booleans as the 0/1 integers the table stores.
struct Bits {
  explicit Bits(const InvoiceStatus& s)
      : read_only(s.flags.read_only),
        assigns_number(s.flags.assigns_number),
        sent(s.flags.sent),
        waiting(s.flags.waiting_payment),
        paid(s.flags.paid),
        credited(s.flags.credited),
        is_default(s.is_default),
        active(s.is_active) {}
  long long read_only, assigns_number, sent, waiting, paid, credited, is_default, active;
};

}  // namespace

std::vector<InvoiceStatus> InvoiceStatusRepository::List(soci::session& sql, OrgId org) {
  db::Query q(kSelect);
  q.Bind("org", org.value);
  q.Sql(" ORDER BY s.position, s.id LIMIT :lim").Bind("lim", kMaxInvoiceStatuses);
  std::vector<InvoiceStatus> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(Read(row)); });
  return out;
}

std::optional<InvoiceStatus> InvoiceStatusRepository::Find(soci::session& sql, OrgId org,
                                                           InvoiceStatusId id) {
  db::Query q(kSelect);
  q.Bind("org", org.value).Sql(" AND s.id = :id").Bind("id", id.value);
  std::optional<InvoiceStatus> out;
  q.Each(sql, [&](const soci::row& row) { out = Read(row); });
  return out;
}

InvoiceStatusId InvoiceStatusRepository::Insert(soci::session& sql, OrgId org, const InvoiceStatus& s,
                                                UserId by, const std::string& now) {
  long long o = org.value, b = by.value, pos = s.position, id = 0;
  Bits bits(s);
  const std::string key = validation::FoldCase(s.name);
  sql << kInsert, soci::use(o, "org"), soci::use(s.name, "name"), soci::use(key, "name_key"),
      soci::use(pos, "position"), soci::use(bits.read_only, "read_only"),
      soci::use(bits.assigns_number, "assigns_number"), soci::use(bits.sent, "sent"),
      soci::use(bits.waiting, "waiting"), soci::use(bits.paid, "paid"), soci::use(bits.credited, "credited"),
      soci::use(bits.is_default, "is_default"), soci::use(bits.active, "active"), soci::use(now, "now"),
      soci::use(b, "by"), soci::use(now, "now2"), soci::use(b, "by2"), soci::into(id);
  return InvoiceStatusId(id);
}

bool InvoiceStatusRepository::Update(soci::session& sql, OrgId org, const InvoiceStatus& s,
                                     std::int64_t version, UserId by, const std::string& now) {
  long long o = org.value, i = s.id.value, ver = version, b = by.value;
  Bits bits(s);
  const std::string key = validation::FoldCase(s.name);
  soci::statement st =
      (sql.prepare << kUpdate, soci::use(s.name, "name"), soci::use(key, "name_key"),
       soci::use(bits.read_only, "read_only"), soci::use(bits.assigns_number, "assigns_number"),
       soci::use(bits.sent, "sent"), soci::use(bits.waiting, "waiting"), soci::use(bits.paid, "paid"),
       soci::use(bits.credited, "credited"), soci::use(bits.is_default, "is_default"),
       soci::use(bits.active, "active"), soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"),
       soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void InvoiceStatusRepository::SetPosition(soci::session& sql, OrgId org, InvoiceStatusId id,
                                          std::int64_t position, UserId by, const std::string& now) {
  long long o = org.value, i = id.value, p = position, p2 = position, b = by.value;
  sql << kSetPosition, soci::use(p, "position"), soci::use(now, "now"), soci::use(b, "by"),
      soci::use(o, "org"), soci::use(i, "id"), soci::use(p2, "position2");
}

void InvoiceStatusRepository::ClearDefault(soci::session& sql, OrgId org, UserId by, const std::string& now) {
  long long o = org.value, b = by.value;
  sql << kClearDefault, soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org");
}

void InvoiceStatusRepository::Delete(soci::session& sql, OrgId org, InvoiceStatusId id) {
  long long o = org.value, i = id.value;
  sql << kDelete, soci::use(o, "org"), soci::use(i, "id");
}

std::optional<InvoiceStatusId> InvoiceStatusRepository::FindByKey(soci::session& sql, OrgId org,
                                                                  const std::string& name_key) {
  db::Query q(kByKey);
  q.Bind("org", org.value).Bind("key", name_key);
  std::optional<InvoiceStatusId> out;
  q.Each(sql, [&](const soci::row& row) { out = InvoiceStatusId(db::RowReader(row).Int("id")); });
  return out;
}

std::int64_t InvoiceStatusRepository::Count(soci::session& sql, OrgId org) {
  long long o = org.value, n = 0;
  sql << kCount, soci::use(o, "org"), soci::into(n);
  return n;
}

std::int64_t InvoiceStatusRepository::NextPosition(soci::session& sql, OrgId org) {
  long long o = org.value, n = 0;
  sql << kNextPosition, soci::use(o, "org"), soci::into(n);
  return n;
}

}  // namespace clientele::invoicing
