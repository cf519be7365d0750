#include "features/invoicing/invoice_status_service.hpp"

#include <algorithm>
#include <set>

#include "features/invoicing/invoice_status_rules.hpp"
#include "platform/util/clock.hpp"
#include "platform/validation/text.hpp"

namespace clientele::invoicing {

namespace {

constexpr const char* kEntity = "invoice_status";

Status CheckManage(const auth::Principal& caller) {
  if (!caller.permissions.settings_manage)
    return Error::Forbidden("Changing organization lists needs the settings right");
  return Ok();
}

Status CheckRead(const auth::Principal& caller) {
  if (caller.permissions.financials.view == auth::Scope::kNone && !caller.permissions.settings_manage)
    return Error::Forbidden("Invoice statuses need the financials view or the settings right");
  return Ok();
}

Error DuplicateName(const std::string& name) {
  Error e = Error::Conflict("There already is an invoice status named \"" + name + "\"");
  e.fields.push_back({"name", "is already in use"});
  return e;
}

const char* Bool(bool b) { return b ? "true" : "false"; }

/// Each boolean field of a status, by its API name, for patches and the audit log.
struct Flag {
  const char* field;
  bool InvoiceStatus::*member;
  bool InvoiceStatusFlags::*flag;
};
bool& Get(InvoiceStatus& s, const Flag& f) { return f.member ? s.*(f.member) : s.flags.*(f.flag); }

const Flag kFlags[] = {
    {"readOnly", nullptr, &InvoiceStatusFlags::read_only},
    {"assignsNumber", nullptr, &InvoiceStatusFlags::assigns_number},
    {"sent", nullptr, &InvoiceStatusFlags::sent},
    {"waitingPayment", nullptr, &InvoiceStatusFlags::waiting_payment},
    {"paid", nullptr, &InvoiceStatusFlags::paid},
    {"credited", nullptr, &InvoiceStatusFlags::credited},
    {"isDefault", &InvoiceStatus::is_default, nullptr},
    {"isActive", &InvoiceStatus::is_active, nullptr},
};

const Field<bool>& PatchField(const InvoiceStatusPatch& p, const std::string& field) {
  if (field == "readOnly") return p.read_only;
  if (field == "assignsNumber") return p.assigns_number;
  if (field == "sent") return p.sent;
  if (field == "waitingPayment") return p.waiting_payment;
  if (field == "paid") return p.paid;
  if (field == "credited") return p.credited;
  if (field == "isDefault") return p.is_default;
  return p.is_active;
}

const std::optional<bool>& NewField(const NewInvoiceStatus& n, const std::string& field) {
  if (field == "readOnly") return n.read_only;
  if (field == "assignsNumber") return n.assigns_number;
  if (field == "sent") return n.sent;
  if (field == "waitingPayment") return n.waiting_payment;
  if (field == "paid") return n.paid;
  if (field == "credited") return n.credited;
  if (field == "isDefault") return n.is_default;
  return n.is_active;
}

std::vector<FieldError> CheckValues(const InvoiceStatus& s) {
  auto errors = CheckFlags(s.flags);
  for (auto& e : CheckDefault(s)) errors.push_back(std::move(e));
  return errors;
}

}  // namespace

void InvoiceStatusService::Audit(soci::session& sql, const auth::Principal& caller, InvoiceStatusId id,
                                 const Changes& changes, const std::string& now) {
  for (const auto& [field, values] : changes) {
    audit::AuditEntry e;
    e.entity = kEntity;
    e.entity_id = id.value;
    e.field = field;
    if (!values.first.empty()) e.old_value = values.first;
    if (!values.second.empty()) e.new_value = values.second;
    e.changed_at = now;
    e.changed_by = {caller.user, caller.user_name};
    audit_.Insert(sql, caller.org, e);
  }
}

Result<std::string> InvoiceStatusService::CheckName(soci::session& sql, OrgId org, const std::string& name,
                                                    std::optional<InvoiceStatusId> self) {
  std::string trimmed = validation::Trim(name);
  if (auto e = validation::CheckLine(trimmed, kMaxInvoiceStatusName)) return Error::Validation("name", *e);
  auto existing = repo_.FindByKey(sql, org, validation::FoldCase(trimmed));
  if (existing && existing != self) return DuplicateName(trimmed);
  return trimmed;
}

void InvoiceStatusService::MoveFirst(soci::session& sql, const auth::Principal& caller, InvoiceStatusId first,
                                     const std::string& now) {
  std::int64_t position = 1;
  repo_.SetPosition(sql, caller.org, first, position++, caller.user, now);
  for (const auto& s : repo_.List(sql, caller.org))
    if (s.id != first) repo_.SetPosition(sql, caller.org, s.id, position++, caller.user, now);
}

std::optional<std::string> InvoiceStatusService::UsedBy(soci::session& sql, OrgId org, InvoiceStatusId id) {
  for (const auto& probe : probes_)
    if (auto what = probe(sql, org, id)) return what;
  return std::nullopt;
}

std::optional<InvoiceStatus> InvoiceStatusService::Default(soci::session& sql, OrgId org) {
  for (auto& s : repo_.List(sql, org))
    if (s.is_default) return s;
  return std::nullopt;
}

Result<std::vector<InvoiceStatus>> InvoiceStatusService::List(const auth::Principal& caller) {
  CLIENTELE_CHECK(CheckRead(caller));
  return db_.Read(
      [&](soci::session& sql) -> Result<std::vector<InvoiceStatus>> { return repo_.List(sql, caller.org); });
}

Result<InvoiceStatus> InvoiceStatusService::Create(const auth::Principal& caller,
                                                   const NewInvoiceStatus& input) {
  CLIENTELE_CHECK(CheckManage(caller));
  if (!input.name) return Error::Validation("name", "is required");
  InvoiceStatus s;
  for (const auto& f : kFlags) Get(s, f) = NewField(input, f.field).value_or(Get(s, f));
  if (auto errors = CheckValues(s); !errors.empty()) return Error::Validation(std::move(errors));
  return db_.Write([&](soci::session& sql) -> Result<InvoiceStatus> {
    CLIENTELE_TRY(name, CheckName(sql, caller.org, *input.name, std::nullopt));
    if (repo_.Count(sql, caller.org) >= kMaxInvoiceStatuses)
      return Error::Conflict("An organization can have at most " + std::to_string(kMaxInvoiceStatuses) +
                             " invoice statuses");
    s.name = name;
    s.position = repo_.NextPosition(sql, caller.org);
    const std::string now = util::NowIso();
    if (s.is_default) repo_.ClearDefault(sql, caller.org, caller.user, now);
    try {
      s.id = repo_.Insert(sql, caller.org, s, caller.user, now);
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kUnique) return DuplicateName(name);
      throw;
    }
    if (s.is_default) MoveFirst(sql, caller, s.id, now);
    Audit(sql, caller, s.id, {{"created", {"", name}}}, now);
    return *repo_.Find(sql, caller.org, s.id);
  });
}

Result<InvoiceStatus> InvoiceStatusService::Update(const auth::Principal& caller, InvoiceStatusId id,
                                                   const InvoiceStatusPatch& patch) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Result<InvoiceStatus> {
    auto current = repo_.Find(sql, caller.org, id);
    if (!current) return Error::NotFound("No such invoice status");
    std::vector<FieldError> errors;
    if (!patch.version) errors.push_back({"version", "is required: send the version you read"});
    InvoiceStatus next = *current;
    if (patch.name.present) {
      if (!patch.name.value) return Error::Validation("name", "must not be null");
      CLIENTELE_TRY(name, CheckName(sql, caller.org, *patch.name.value, id));
      next.name = name;
    }
    for (const auto& f : kFlags) {
      const auto& field = PatchField(patch, f.field);
      if (!field.present) continue;
      if (!field.value)
        errors.push_back({f.field, "must not be null"});
      else
        Get(next, f) = *field.value;
    }
    if (current->is_default && !next.is_default)
      errors.push_back({"isDefault", "give another status isDefault: true instead"});
    for (auto& e : CheckValues(next)) errors.push_back(std::move(e));
    if (!errors.empty()) return Error::Validation(std::move(errors));
    auto stale = [&]() {
      Error e = Error::Conflict("Someone else changed this invoice status after you opened it");
      if (auto now_current = repo_.Find(sql, caller.org, id)) e.current = *now_current;
      return e;
    };
    if (*patch.version != current->version) return stale();
    Changes changes;
    if (next.name != current->name) changes.push_back({"name", {current->name, next.name}});
    for (const auto& f : kFlags)
      if (Get(next, f) != Get(*current, f))
        changes.push_back({f.field, {Bool(Get(*current, f)), Bool(Get(next, f))}});
    if (changes.empty()) return *current;
    const std::string now = util::NowIso();
    const bool becomes_default = next.is_default && !current->is_default;
    if (becomes_default) repo_.ClearDefault(sql, caller.org, caller.user, now);
    try {
      if (!repo_.Update(sql, caller.org, next, *patch.version, caller.user, now)) return stale();
    } catch (const soci::soci_error& e) {
      if (db::ClassifyViolation(e) == db::Violation::kUnique) return DuplicateName(next.name);
      throw;
    }
    if (becomes_default) MoveFirst(sql, caller, id, now);
    Audit(sql, caller, id, changes, now);
    return *repo_.Find(sql, caller.org, id);
  });
}

Status InvoiceStatusService::Delete(const auth::Principal& caller, InvoiceStatusId id) {
  CLIENTELE_CHECK(CheckManage(caller));
  return db_.Write([&](soci::session& sql) -> Status {
    auto current = repo_.Find(sql, caller.org, id);
    if (!current) return Error::NotFound("No such invoice status");
    if (current->is_default)
      return Error::Conflict(
          "The default invoice status cannot be deleted; make another one the default first");
    if (auto used = UsedBy(sql, caller.org, id))
      return Error::Conflict("This invoice status is in use (" + *used +
                             "); disable it instead of deleting it");
    repo_.Delete(sql, caller.org, id);
    Audit(sql, caller, id, {{"deleted", {current->name, ""}}}, util::NowIso());
    return Ok();
  });
}

Result<std::vector<InvoiceStatus>> InvoiceStatusService::Reorder(const auth::Principal& caller,
                                                                 const InvoiceStatusOrder& order) {
  CLIENTELE_CHECK(CheckManage(caller));
  if (!order.ids) return Error::Validation("ids", "is required: every status id in the new order");
  const auto& ids = *order.ids;
  if (std::set<std::int64_t>(ids.begin(), ids.end()).size() != ids.size())
    return Error::Validation("ids", "must name each status once");
  return db_.Write([&](soci::session& sql) -> Result<std::vector<InvoiceStatus>> {
    const auto current = repo_.List(sql, caller.org);
    std::set<std::int64_t> known;
    for (const auto& s : current) known.insert(s.id.value);
    if (known != std::set<std::int64_t>(ids.begin(), ids.end()))
      return Error::Conflict(
          "The list of invoice statuses has changed since you read it; send every id once");
    auto default_status =
        std::find_if(current.begin(), current.end(), [](const auto& s) { return s.is_default; });
    if (default_status != current.end() && !ids.empty() && ids.front() != default_status->id.value)
      return Error::Validation(
          "ids", "the default status (" + default_status->name + ") must come first: invoices start in it");
    const std::string now = util::NowIso();
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const auto position = static_cast<std::int64_t>(i + 1);
      auto was =
          std::find_if(current.begin(), current.end(), [&](const auto& s) { return s.id.value == ids[i]; });
      if (was->position == position) continue;
      repo_.SetPosition(sql, caller.org, InvoiceStatusId(ids[i]), position, caller.user, now);
      Audit(sql, caller, was->id, {{"order", {std::to_string(was->position), std::to_string(position)}}},
            now);
    }
    return repo_.List(sql, caller.org);
  });
}

}  // namespace clientele::invoicing
