#include "features/statuses/status_repository.hpp"

#include "platform/db/query.hpp"
#include "platform/db/row.hpp"
#include "platform/validation/text.hpp"

namespace clientele::statuses {

namespace {

constexpr const char* kSelectSales =
    "SELECT s.id, s.name, s.category, s.probability, s.position, s.is_active, s.created_at, s.created_by, "
    "cb.name AS created_by_name, s.updated_at, s.updated_by, ub.name AS updated_by_name, s.version "
    "FROM sales_statuses s LEFT JOIN users cb ON cb.org_id = s.org_id AND cb.id = s.created_by "
    "LEFT JOIN users ub ON ub.org_id = s.org_id AND ub.id = s.updated_by WHERE s.org_id = :org";
constexpr const char* kInsertSales =
    "INSERT INTO sales_statuses (org_id, name, name_key, category, probability, position, is_active, "
    "created_at, created_by, updated_at, updated_by, version) VALUES (:org, :name, :name_key, :category, "
    ":probability, :position, 1, :now, :by, :now2, :by2, 1) RETURNING id";
constexpr const char* kUpdateSales =
    "UPDATE sales_statuses SET name = :name, name_key = :name_key, category = :category, probability = "
    ":probability, position = :position, is_active = :active, updated_at = :now, updated_by = :by, "
    "version = version + 1 WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kDeleteSales = "DELETE FROM sales_statuses WHERE org_id = :org AND id = :id";

constexpr const char* kSelectTask =
    "SELECT s.id, s.name, s.position, s.is_done, s.is_default, s.is_active, s.created_at, s.created_by, "
    "cb.name AS created_by_name, s.updated_at, s.updated_by, ub.name AS updated_by_name, s.version "
    "FROM task_statuses s LEFT JOIN users cb ON cb.org_id = s.org_id AND cb.id = s.created_by "
    "LEFT JOIN users ub ON ub.org_id = s.org_id AND ub.id = s.updated_by WHERE s.org_id = :org";
constexpr const char* kInsertTask =
    "INSERT INTO task_statuses (org_id, name, name_key, position, is_done, is_default, is_active, "
    "created_at, created_by, updated_at, updated_by, version) VALUES (:org, :name, :name_key, :position, "
    ":done, :is_default, 1, :now, :by, :now2, :by2, 1) RETURNING id";
constexpr const char* kUpdateTask =
    "UPDATE task_statuses SET name = :name, name_key = :name_key, position = :position, is_done = :done, "
    "is_default = :is_default, is_active = :active, updated_at = :now, updated_by = :by, "
    "version = version + 1 WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kClearTaskDefault =
    "UPDATE task_statuses SET is_default = 0, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND is_default = 1";
constexpr const char* kDeleteTask = "DELETE FROM task_statuses WHERE org_id = :org AND id = :id";

constexpr const char* kSalesByKey = "SELECT id FROM sales_statuses WHERE org_id = :org AND name_key = :key";
constexpr const char* kTaskByKey = "SELECT id FROM task_statuses WHERE org_id = :org AND name_key = :key";
constexpr const char* kCountSales = "SELECT COUNT(*) FROM sales_statuses WHERE org_id = :org";
constexpr const char* kCountTask = "SELECT COUNT(*) FROM task_statuses WHERE org_id = :org";
constexpr const char* kNextSalesPosition =
    "SELECT COALESCE(MAX(position), 0) + 1 FROM sales_statuses WHERE org_id = :org";
constexpr const char* kNextTaskPosition =
    "SELECT COALESCE(MAX(position), 0) + 1 FROM task_statuses WHERE org_id = :org";

OptionalUserRef ReadRef(const db::RowReader& r, const char* id, const char* name) {
  if (auto user = r.OptInt(id)) return UserRef{UserId(*user), r.Text(name)};
  return std::nullopt;
}

template <class S>
void ReadCommon(const db::RowReader& r, S& s) {
  s.name = r.Text("name");
  s.position = r.Int("position");
  s.is_active = r.Bool("is_active");
  s.created_at = r.Text("created_at");
  s.created_by = ReadRef(r, "created_by", "created_by_name");
  s.updated_at = r.Text("updated_at");
  s.updated_by = ReadRef(r, "updated_by", "updated_by_name");
  s.version = r.Int("version");
}

SalesStatus ReadSales(const soci::row& row) {
  db::RowReader r(row);
  SalesStatus s;
  s.id = SalesStatusId(r.Int("id"));
  ReadCommon(r, s);
  s.category = ParseCategory(r.Text("category")).value_or(SalesCategory::kInProgress);
  s.probability = r.Int("probability");
  return s;
}

TaskStatus ReadTask(const soci::row& row) {
  db::RowReader r(row);
  TaskStatus s;
  s.id = TaskStatusId(r.Int("id"));
  ReadCommon(r, s);
  s.is_done = r.Bool("is_done");
  s.is_default = r.Bool("is_default");
  return s;
}

}  // namespace

std::vector<SalesStatus> StatusRepository::ListSales(soci::session& sql, OrgId org, bool include_disabled) {
  db::Query q(kSelectSales);
  q.Bind("org", org.value);
  if (!include_disabled) q.Sql(" AND s.is_active = 1");
  q.Sql(" ORDER BY s.position, s.id LIMIT :lim").Bind("lim", kMaxStatuses);
  std::vector<SalesStatus> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadSales(row)); });
  return out;
}

std::optional<SalesStatus> StatusRepository::FindSales(soci::session& sql, OrgId org, SalesStatusId id) {
  db::Query q(kSelectSales);
  q.Bind("org", org.value).Sql(" AND s.id = :id").Bind("id", id.value);
  std::optional<SalesStatus> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadSales(row); });
  return out;
}

SalesStatusId StatusRepository::InsertSales(soci::session& sql, OrgId org, const SalesStatus& s, UserId by,
                                            const std::string& now) {
  long long o = org.value, b = by.value, p = s.probability, pos = s.position, id = 0;
  const std::string key = validation::FoldCase(s.name), category(CategoryName(s.category));
  sql << kInsertSales, soci::use(o, "org"), soci::use(s.name, "name"), soci::use(key, "name_key"),
      soci::use(category, "category"), soci::use(p, "probability"), soci::use(pos, "position"),
      soci::use(now, "now"), soci::use(b, "by"), soci::use(now, "now2"), soci::use(b, "by2"), soci::into(id);
  return SalesStatusId(id);
}

bool StatusRepository::UpdateSales(soci::session& sql, OrgId org, const SalesStatus& s, std::int64_t version,
                                   UserId by, const std::string& now) {
  long long o = org.value, i = s.id.value, ver = version, b = by.value, p = s.probability, pos = s.position,
            a = s.is_active ? 1 : 0;
  const std::string key = validation::FoldCase(s.name), category(CategoryName(s.category));
  soci::statement st =
      (sql.prepare << kUpdateSales, soci::use(s.name, "name"), soci::use(key, "name_key"),
       soci::use(category, "category"), soci::use(p, "probability"), soci::use(pos, "position"),
       soci::use(a, "active"), soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"),
       soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void StatusRepository::DeleteSales(soci::session& sql, OrgId org, SalesStatusId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteSales, soci::use(o, "org"), soci::use(i, "id");
}

std::vector<TaskStatus> StatusRepository::ListTask(soci::session& sql, OrgId org, bool include_disabled) {
  db::Query q(kSelectTask);
  q.Bind("org", org.value);
  if (!include_disabled) q.Sql(" AND s.is_active = 1");
  q.Sql(" ORDER BY s.position, s.id LIMIT :lim").Bind("lim", kMaxStatuses);
  std::vector<TaskStatus> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadTask(row)); });
  return out;
}

std::optional<TaskStatus> StatusRepository::FindTask(soci::session& sql, OrgId org, TaskStatusId id) {
  db::Query q(kSelectTask);
  q.Bind("org", org.value).Sql(" AND s.id = :id").Bind("id", id.value);
  std::optional<TaskStatus> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadTask(row); });
  return out;
}

TaskStatusId StatusRepository::InsertTask(soci::session& sql, OrgId org, const TaskStatus& s, UserId by,
                                          const std::string& now) {
  long long o = org.value, b = by.value, pos = s.position, d = s.is_done ? 1 : 0, df = s.is_default ? 1 : 0,
            id = 0;
  const std::string key = validation::FoldCase(s.name);
  sql << kInsertTask, soci::use(o, "org"), soci::use(s.name, "name"), soci::use(key, "name_key"),
      soci::use(pos, "position"), soci::use(d, "done"), soci::use(df, "is_default"), soci::use(now, "now"),
      soci::use(b, "by"), soci::use(now, "now2"), soci::use(b, "by2"), soci::into(id);
  return TaskStatusId(id);
}

bool StatusRepository::UpdateTask(soci::session& sql, OrgId org, const TaskStatus& s, std::int64_t version,
                                  UserId by, const std::string& now) {
  long long o = org.value, i = s.id.value, ver = version, b = by.value, pos = s.position,
            d = s.is_done ? 1 : 0, df = s.is_default ? 1 : 0, a = s.is_active ? 1 : 0;
  const std::string key = validation::FoldCase(s.name);
  soci::statement st = (sql.prepare << kUpdateTask, soci::use(s.name, "name"), soci::use(key, "name_key"),
                        soci::use(pos, "position"), soci::use(d, "done"), soci::use(df, "is_default"),
                        soci::use(a, "active"), soci::use(now, "now"), soci::use(b, "by"),
                        soci::use(o, "org"), soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void StatusRepository::ClearTaskDefault(soci::session& sql, OrgId org, UserId by, const std::string& now) {
  long long o = org.value, b = by.value;
  sql << kClearTaskDefault, soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org");
}

void StatusRepository::DeleteTask(soci::session& sql, OrgId org, TaskStatusId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteTask, soci::use(o, "org"), soci::use(i, "id");
}

std::optional<std::int64_t> StatusRepository::FindByKey(soci::session& sql, OrgId org, bool sales,
                                                        const std::string& name_key) {
  db::Query q(sales ? kSalesByKey : kTaskByKey);
  q.Bind("org", org.value).Bind("key", name_key);
  std::optional<std::int64_t> out;
  q.Each(sql, [&](const soci::row& row) { out = db::RowReader(row).Int("id"); });
  return out;
}

std::int64_t StatusRepository::Count(soci::session& sql, OrgId org, bool sales) {
  long long o = org.value, n = 0;
  sql << (sales ? kCountSales : kCountTask), soci::use(o, "org"), soci::into(n);
  return n;
}

std::int64_t StatusRepository::NextPosition(soci::session& sql, OrgId org, bool sales) {
  long long o = org.value, n = 0;
  sql << (sales ? kNextSalesPosition : kNextTaskPosition), soci::use(o, "org"), soci::into(n);
  return n;
}

}  // namespace clientele::statuses
