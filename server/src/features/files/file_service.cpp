#include "features/files/file_service.hpp"

#include "platform/events/after_commit.hpp"

#include "features/files/card_list.hpp"
#include "features/files/file_name.hpp"
#include "platform/util/clock.hpp"
#include "platform/validation/text.hpp"

namespace clientele::files {

using notes::Need;

namespace {

/// The stored name of `raw`, or the error for the `name` field.
Result<std::string> CheckName(const std::optional<std::string>& raw) {
  if (!raw) return Error::Validation("name", "is required");
  auto name = SanitizeFileName(*raw);
  if (!name) return Error::Validation("name", "is not a usable file name");
  if (validation::CodePoints(*name) > kMaxFileNameLength)
    return Error::Validation("name", "must be at most " + std::to_string(kMaxFileNameLength) + " characters");
  return *name;
}

/// The advisory lock of one blob: an upload and a delete of the same content wait for each other, so that a
/// delete never removes a blob that a concurrent upload has just counted on.
std::int64_t BlobLockKey(OrgId org, const std::string& sha256) {
  return static_cast<std::int64_t>(std::stoull(sha256.substr(0, 15), nullptr, 16) ^
                                   (static_cast<std::uint64_t>(org.value) << 48));
}

}  // namespace

Result<StoredFile> FileService::Load(soci::session& sql, OrgId org, FileId id) {
  auto file = repo_.Find(sql, org, id);
  if (!file) return Error::NotFound("No such file");
  std::vector<StoredFile> one{std::move(*file)};
  access_.NameProjects(sql, org, one);
  return std::move(one.front());
}

Result<Page<StoredFile>> FileService::List(const auth::Principal& caller, const PageRequest& page,
                                           const Scoper& scope) {
  CLIENTELE_TRY(after, AfterId(page));
  return db_.Read([&](soci::session& sql) -> Result<Page<StoredFile>> {
    CLIENTELE_TRY(where, scope(sql));
    auto result = ToPage(repo_.List(sql, caller.org, where, page.limit + 1, after), page.limit);
    access_.KeepVisibleProjects(sql, caller, result.items);
    return result;
  });
}

Result<Page<StoredFile>> FileService::ListForCustomer(const auth::Principal& caller, CustomerId customer,
                                                      const PageRequest& page) {
  return List(caller, page,
              [&](soci::session& sql) { return access_.Customer(sql, caller, customer, Need::kView); });
}

Result<Page<StoredFile>> FileService::ListForProject(const auth::Principal& caller, ProjectId project,
                                                     const PageRequest& page) {
  return List(caller, page,
              [&](soci::session& sql) { return access_.Project(sql, caller, project, Need::kView); });
}

Result<StoredFile> FileService::Store(const auth::Principal& caller, const Upload& upload,
                                      const Scoper& scope) {
  auto name = CheckName(upload.name);
  StoredFile file;
  file.content_type = NormalizeContentType(upload.content_type);
  file.size = static_cast<std::int64_t>(upload.spooled ? upload.spooled->size : upload.content.size());
  file.sha256 = upload.spooled ? upload.spooled->sha256 : BlobStore::Digest(upload.content);
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<StoredFile> {
    CLIENTELE_TRY(where, scope(sql));
    if (!name.ok()) return name.error();
    file.name = name.value();
    db_.LockKey(sql, BlobLockKey(caller.org, file.sha256));
    const auto id = repo_.Insert(sql, caller.org, where, file, caller.user, util::NowIso());
    // Under the blob's lock and in the transaction: a concurrent delete of the last other row with this
    // content waits for this commit, then sees this row and keeps the blob.
    if (upload.spooled)
      blobs_.Adopt(caller.org, file.sha256, upload.spooled->path);
    else
      blobs_.Put(caller.org, file.sha256, upload.content);
    CLIENTELE_TRY(stored, Load(sql, caller.org, id));
    after.Set(access_.EventOf(sql, caller.org, events::ChangeType::kCreated, events::Entity::kFile, stored));
    return stored;
  }));
}

Result<StoredFile> FileService::UploadToCustomer(const auth::Principal& caller, CustomerId customer,
                                                 const Upload& upload) {
  return Store(caller, upload,
               [&](soci::session& sql) { return access_.Customer(sql, caller, customer, Need::kEdit); });
}

Result<StoredFile> FileService::UploadToProject(const auth::Principal& caller, ProjectId project,
                                                const Upload& upload) {
  return Store(caller, upload,
               [&](soci::session& sql) { return access_.Project(sql, caller, project, Need::kEdit); });
}

Result<FileContent> FileService::Content(const auth::Principal& caller, FileId id) {
  return db_.Read([&](soci::session& sql) -> Result<FileContent> {
    CLIENTELE_TRY(file, Load(sql, caller.org, id));
    CLIENTELE_CHECK(access_.Record(sql, caller, file, Need::kView, "No such file"));
    if (!blobs_.Exists(caller.org, file.sha256))
      throw std::runtime_error("the content of file " + std::to_string(id.value) + " is missing");
    auto path = blobs_.PathOf(caller.org, file.sha256);
    return FileContent{std::move(file), std::move(path)};
  });
}

Result<StoredFile> FileService::Update(const auth::Principal& caller, FileId id, const FilePatch& patch) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Result<StoredFile> {
    CLIENTELE_TRY(current, Load(sql, caller.org, id));
    CLIENTELE_CHECK(access_.Record(sql, caller, current, Need::kEdit, "No such file"));
    if (!patch.version) return Error::Validation("version", "is required: send the version you read");
    std::vector<FieldError> errors;
    std::string name = current.name;
    if (patch.name.present) {
      auto checked = CheckName(patch.name.value);
      if (checked.ok())
        name = checked.value();
      else
        errors.insert(errors.end(), checked.error().fields.begin(), checked.error().fields.end());
    }
    std::optional<std::string> description = current.description;
    if (patch.description.present) {
      description = patch.description.value;
      if (auto e = NormalizeDescription(description)) errors.push_back({"description", *e});
    }
    if (!errors.empty()) return Error::Validation(std::move(errors));
    auto stale = [&]() -> Error {
      Error e =
          Error::Conflict("Someone else changed this file after you opened it; reload to see their changes");
      if (auto now = Load(sql, caller.org, id); now.ok()) e.current = now.value();
      return e;
    };
    if (*patch.version != current.version) return stale();
    if (name == current.name && description == current.description) return current;
    if (!repo_.Update(sql, caller.org, id, *patch.version, name, description, caller.user, util::NowIso()))
      return stale();
    after.Set(access_.EventOf(sql, caller.org, events::ChangeType::kUpdated, events::Entity::kFile, current));
    return Load(sql, caller.org, id);
  }));
}

Status FileService::Delete(const auth::Principal& caller, FileId id) {
  events::AfterCommit after(publisher_);
  return after.Publish(db_.Write([&](soci::session& sql) -> Status {
    auto current = repo_.Find(sql, caller.org, id);
    if (!current) return Error::NotFound("No such file");
    CLIENTELE_CHECK(access_.Record(sql, caller, *current, Need::kEdit, "No such file"));
    db_.LockKey(sql, BlobLockKey(caller.org, current->sha256));
    after.Set(
        access_.EventOf(sql, caller.org, events::ChangeType::kDeleted, events::Entity::kFile, *current));
    repo_.Delete(sql, caller.org, id);
    if (!repo_.BlobInUse(sql, caller.org, current->sha256)) blobs_.Remove(caller.org, current->sha256);
    return Ok();
  }));
}

std::optional<std::string> FileService::AttachedTo(soci::session& sql, OrgId org, CustomerId customer) {
  const auto count = repo_.CountForCustomer(sql, org, customer);
  if (count == 0) return std::nullopt;
  return std::to_string(count) + (count == 1 ? " file" : " files");
}

}  // namespace clientele::files
