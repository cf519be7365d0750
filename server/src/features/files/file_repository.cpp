#include "features/files/file_repository.hpp"

#include "features/files/card_rows.hpp"

namespace clientele::files {

using namespace rows;  // NOLINT(google-build-using-namespace): this file's own helpers

namespace {

constexpr const char* kInsertFile =
    "INSERT INTO files (org_id, customer_id, project_id, name, content_type, size_bytes, sha256, "
    "description, "
    "created_at, created_by, updated_at, updated_by, version) VALUES (:org, :customer, :project, :name, "
    ":type, "
    ":size, :sha, :description, :now, :by, :now2, :by2, 1) RETURNING id";
constexpr const char* kSelectFile =
    "SELECT f.id, f.customer_id, f.project_id, f.name, f.content_type, f.size_bytes, f.sha256, "
    "f.description, "
    "f.created_at, f.created_by, cb.name AS created_by_name, f.updated_at, f.updated_by, ub.name AS "
    "updated_by_name, f.version FROM files f "
    "JOIN users cb ON cb.org_id = f.org_id AND cb.id = f.created_by "
    "JOIN users ub ON ub.org_id = f.org_id AND ub.id = f.updated_by WHERE f.org_id = :org";
constexpr const char* kUpdateFile =
    "UPDATE files SET name = :name, description = :description, updated_at = :now, updated_by = :by, "
    "version = version + 1 WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kDeleteFile = "DELETE FROM files WHERE org_id = :org AND id = :id";
constexpr const char* kBlobInUse = "SELECT COUNT(*) FROM files WHERE org_id = :org AND sha256 = :sha";
constexpr const char* kCountFiles =
    "SELECT COUNT(*) FROM files WHERE org_id = :org AND customer_id = :customer";

StoredFile ReadFile(const soci::row& row) {
  db::RowReader r(row);
  StoredFile f;
  f.id = FileId(r.Int("id"));
  ReadCommon(r, f);
  f.name = r.Text("name");
  f.content_type = r.Text("content_type");
  f.size = r.Int("size_bytes");
  f.sha256 = r.Text("sha256");
  f.description = r.OptText("description");
  return f;
}

}  // namespace

FileId FileRepository::Insert(soci::session& sql, OrgId org, const CardScope& scope, const StoredFile& file,
                              UserId by, const std::string& now) {
  long long o = org.value, c = scope.customer.value, p = scope.project ? scope.project->value : 0,
            size = file.size, b = by.value, id = 0;
  soci::indicator p_ind = scope.project ? soci::i_ok : soci::i_null;
  OptText description(file.description);
  sql << kInsertFile, soci::use(o, "org"), soci::use(c, "customer"), soci::use(p, p_ind, "project"),
      soci::use(file.name, "name"), soci::use(file.content_type, "type"), soci::use(size, "size"),
      soci::use(file.sha256, "sha"), soci::use(description.value, description.ind, "description"),
      soci::use(now, "now"), soci::use(b, "by"), soci::use(now, "now2"), soci::use(b, "by2"), soci::into(id);
  return FileId(id);
}

std::optional<StoredFile> FileRepository::Find(soci::session& sql, OrgId org, FileId id) {
  db::Query q(kSelectFile);
  q.Bind("org", org.value).Sql(" AND f.id = :id").Bind("id", id.value);
  std::optional<StoredFile> out;
  q.Each(sql, [&](const soci::row& row) { out = ReadFile(row); });
  return out;
}

std::vector<StoredFile> FileRepository::List(soci::session& sql, OrgId org, const CardScope& scope, int limit,
                                             std::optional<std::int64_t> after_id) {
  return ListOf<StoredFile>(sql, kSelectFile, org, scope, limit, after_id, ReadFile);
}

bool FileRepository::Update(soci::session& sql, OrgId org, FileId id, std::int64_t version,
                            const std::string& name, const std::optional<std::string>& description, UserId by,
                            const std::string& now) {
  long long o = org.value, i = id.value, ver = version, b = by.value;
  OptText d(description);
  soci::statement st = (sql.prepare << kUpdateFile, soci::use(name, "name"),
                        soci::use(d.value, d.ind, "description"), soci::use(now, "now"), soci::use(b, "by"),
                        soci::use(o, "org"), soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void FileRepository::Delete(soci::session& sql, OrgId org, FileId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteFile, soci::use(o, "org"), soci::use(i, "id");
}

bool FileRepository::BlobInUse(soci::session& sql, OrgId org, const std::string& sha256) {
  long long o = org.value, count = 0;
  sql << kBlobInUse, soci::use(o, "org"), soci::use(sha256, "sha"), soci::into(count);
  return count > 0;
}

std::int64_t FileRepository::CountForCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  return Count(sql, kCountFiles, org, customer);
}

}  // namespace clientele::files
