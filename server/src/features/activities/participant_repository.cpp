#include "features/activities/participant_repository.hpp"

#include <algorithm>

#include "features/contacts/contact.hpp"
#include "platform/db/query.hpp"
#include "platform/db/row.hpp"

namespace clientele::activities {

namespace {

constexpr const char* kDeleteParticipants =
    "DELETE FROM activity_participants WHERE org_id = :org AND activity_id = :activity";
constexpr const char* kInsertParticipant =
    "INSERT INTO activity_participants (org_id, activity_id, position, kind, user_id, contact_org_id, "
    "contact_id, sort_at) VALUES (:org, :activity, :position, :kind, :user, :contact_org, :contact, "
    ":sort_at)";
constexpr const char* kSetSortAt =
    "UPDATE activity_participants SET sort_at = :sort_at WHERE org_id = :org AND activity_id = :activity";
// Rows are sorted here rather than by the database: the IN list would make it sort the whole result.
constexpr const char* kSelectParticipants =
    "SELECT p.activity_id, p.position, p.kind, p.user_id, p.contact_id, u.name AS user_name, c.first_name, "
    "c.last_name FROM activity_participants p LEFT JOIN users u ON u.org_id = p.org_id AND u.id = p.user_id "
    "LEFT JOIN contacts c ON c.org_id = p.org_id AND c.id = p.contact_id WHERE p.org_id = :org AND "
    "p.activity_id IN (";
constexpr const char* kSelectUsers = "SELECT id, is_active FROM users WHERE org_id = :org AND id IN (";
constexpr const char* kContactsOf =
    "SELECT id FROM contacts WHERE org_id = :org AND customer_id = :customer AND is_active = 1 LIMIT :lim";
constexpr const char* kSelectContacts =
    "SELECT id, customer_id FROM contacts WHERE org_id = :org AND id IN (";

/// Appends ":p0, :p1, …)" bound to `ids`.
void BindIds(db::Query& q, const std::vector<std::int64_t>& ids) {
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const std::string name = "p" + std::to_string(i);
    q.Sql((i == 0 ? ":" : ", :") + name).Bind(name, ids[i]);
  }
  q.Sql(")");
}

}  // namespace

void ParticipantRepository::Replace(soci::session& sql, OrgId org, ActivityId activity,
                                    const std::vector<ParticipantRef>& participants,
                                    const std::string& sort_at) {
  long long o = org.value, a = activity.value;
  sql << kDeleteParticipants, soci::use(o, "org"), soci::use(a, "activity");
  long long position = 0, user = 0, contact = 0, contact_org = 0;
  std::string kind;
  soci::indicator user_ind = soci::i_null, contact_ind = soci::i_null;
  soci::statement st = (sql.prepare << kInsertParticipant, soci::use(o, "org"), soci::use(a, "activity"),
                        soci::use(position, "position"), soci::use(kind, "kind"),
                        soci::use(user, user_ind, "user"), soci::use(contact_org, contact_ind, "contact_org"),
                        soci::use(contact, contact_ind, "contact"), soci::use(sort_at, "sort_at"));
  for (const auto& p : participants) {
    const bool is_user = p.type == ParticipantRef::Type::kUser;
    kind = is_user ? "user" : "contact";
    user = is_user ? p.id : 0;
    contact = is_user ? 0 : p.id;
    contact_org = o;
    user_ind = is_user ? soci::i_ok : soci::i_null;
    contact_ind = is_user ? soci::i_null : soci::i_ok;
    st.execute(true);
    ++position;
  }
}

void ParticipantRepository::SetSortAt(soci::session& sql, OrgId org, ActivityId activity,
                                      const std::string& sort_at) {
  long long o = org.value, a = activity.value;
  sql << kSetSortAt, soci::use(sort_at, "sort_at"), soci::use(o, "org"), soci::use(a, "activity");
}

std::map<std::int64_t, std::vector<Participant>> ParticipantRepository::ForActivities(
    soci::session& sql, OrgId org, const std::vector<ActivityId>& activities) {
  std::map<std::int64_t, std::vector<Participant>> out;
  if (activities.empty()) return out;
  std::vector<std::int64_t> ids;
  for (const auto& a : activities)
    if (std::find(ids.begin(), ids.end(), a.value) == ids.end()) ids.push_back(a.value);
  db::Query q(kSelectParticipants);
  q.Bind("org", org.value);
  BindIds(q, ids);
  std::map<std::int64_t, std::vector<std::pair<std::int64_t, Participant>>> positioned;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    Participant p;
    if (r.Text("kind") == "user") {
      p.type = ParticipantRef::Type::kUser;
      p.id = r.OptInt("user_id");
      p.name = r.OptText("user_name");
    } else {
      p.type = ParticipantRef::Type::kContact;
      if (auto contact = r.OptInt("contact_id")) {
        p.id = contact;
        contacts::ContactValues names;
        names.first_name = r.OptText("first_name");
        names.last_name = r.OptText("last_name");
        p.name = contacts::DisplayName(names);
      }
    }
    positioned[r.Int("activity_id")].emplace_back(r.Int("position"), std::move(p));
  });
  for (auto& [activity, list] : positioned) {
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [position, p] : list) out[activity].push_back(std::move(p));
  }
  return out;
}

std::map<std::int64_t, bool> ParticipantRepository::UsersActive(soci::session& sql, OrgId org,
                                                                const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, bool> out;
  if (ids.empty()) return out;
  db::Query q(kSelectUsers);
  q.Bind("org", org.value);
  BindIds(q, ids);
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    out[r.Int("id")] = r.Bool("is_active");
  });
  return out;
}

std::map<std::int64_t, CustomerId> ParticipantRepository::ContactCustomers(
    soci::session& sql, OrgId org, const std::vector<std::int64_t>& ids) {
  std::map<std::int64_t, CustomerId> out;
  if (ids.empty()) return out;
  db::Query q(kSelectContacts);
  q.Bind("org", org.value);
  BindIds(q, ids);
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    out[r.Int("id")] = CustomerId(r.Int("customer_id"));
  });
  return out;
}

std::vector<std::int64_t> ParticipantRepository::ContactsOf(soci::session& sql, OrgId org,
                                                            CustomerId customer, int limit) {
  db::Query q(kContactsOf);
  q.Bind("org", org.value).Bind("customer", customer.value).Bind("lim", limit);
  std::vector<std::int64_t> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(db::RowReader(row).Int("id")); });
  return out;
}

}  // namespace clientele::activities
