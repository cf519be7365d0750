#include "features/contacts/contact_repository.hpp"

#include <algorithm>
#include <map>

#include "features/contacts/contact_validation.hpp"
#include "platform/db/dialect.hpp"
#include "platform/db/query.hpp"
#include "platform/db/row.hpp"
#include "platform/validation/text.hpp"

namespace clientele::contacts {

namespace {

constexpr const char* kInsertContact =
    "INSERT INTO contacts (org_id, customer_id, first_name, last_name, sort_name, sort_last_name, "
    "search_text, "
    "title, email, mobile_phone, work_phone, role_id, address_id, language, notes, is_active, created_at, "
    "created_by, updated_at, updated_by, version) "
    "VALUES (:org, :customer, :first_name, :last_name, :sort_name, :sort_last_name, :search_text, :title, "
    ":email, "
    ":mobile_phone, :work_phone, :role, :address, :language, :notes, 1, :now, :by, :now2, :by2, 1) RETURNING "
    "id";

constexpr const char* kContactColumns =
    "SELECT c.id, c.customer_id, c.first_name, c.last_name, c.title, c.email, c.mobile_phone, c.work_phone, "
    "c.role_id, r.name AS role_name, c.address_id, c.language, c.notes, c.is_active, c.created_at, "
    "c.created_by, "
    "cb.name AS created_by_name, c.updated_at, c.updated_by, ub.name AS updated_by_name, c.version ";
constexpr const char* kContactJoins =
    " LEFT JOIN contact_roles r ON r.org_id = c.org_id AND r.id = c.role_id "
    "JOIN users cb ON cb.org_id = c.org_id AND cb.id = c.created_by "
    "JOIN users ub ON ub.org_id = c.org_id AND ub.id = c.updated_by ";
const std::string kSelectContact =
    std::string(kContactColumns) + "FROM contacts c" + kContactJoins + "WHERE c.org_id = :org";
// A mailing list walks the keyword's index in contact order.
const std::string kSelectContactWithKeyword =
    std::string(kContactColumns) +
    "FROM contact_keywords ck JOIN contacts c ON c.org_id = ck.org_id AND c.id = ck.contact_id" +
    kContactJoins + "WHERE ck.org_id = :org AND ck.keyword_id = :keyword";

constexpr const char* kSelectKeywordsOf =
    "SELECT ck.contact_id, k.id, k.name FROM contact_keywords ck "
    "JOIN keywords k ON k.org_id = ck.org_id AND k.id = ck.keyword_id WHERE ck.org_id = :org AND "
    "ck.contact_id IN (";

constexpr const char* kUpdateContact =
    "UPDATE contacts SET first_name = :first_name, last_name = :last_name, sort_name = :sort_name, "
    "sort_last_name = :sort_last_name, search_text = :search_text, title = :title, email = :email, "
    "mobile_phone = :mobile_phone, work_phone = :work_phone, role_id = :role, address_id = :address, "
    "language = :language, notes = :notes, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kSetActive =
    "UPDATE contacts SET is_active = :active, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND id = :id AND version = :version";
constexpr const char* kDeleteKeywordsOf =
    "DELETE FROM contact_keywords WHERE org_id = :org AND contact_id = :id";
constexpr const char* kInsertKeyword =
    "INSERT INTO contact_keywords (org_id, contact_id, keyword_id) VALUES (:org, :id, :keyword)";
constexpr const char* kDeleteContact = "DELETE FROM contacts WHERE org_id = :org AND id = :id";

constexpr const char* kSelectByAddress =
    "SELECT id FROM contacts WHERE org_id = :org AND customer_id = :customer AND address_id = :address";
constexpr const char* kClearAddress =
    "UPDATE contacts SET address_id = NULL, updated_at = :now, updated_by = :by, version = version + 1 "
    "WHERE org_id = :org AND customer_id = :customer AND address_id = :address";
constexpr const char* kCountForCustomer =
    "SELECT COUNT(*) FROM contacts WHERE org_id = :org AND customer_id = :customer";
constexpr const char* kNamesForCustomer =
    "SELECT first_name, last_name FROM contacts WHERE org_id = :org AND customer_id = :customer "
    "ORDER BY sort_name, id LIMIT :lim";

constexpr std::size_t kKeywordBatch = 500;

Contact ReadContact(const soci::row& row) {
  db::RowReader r(row);
  Contact c;
  c.id = ContactId(r.Int("id"));
  c.customer = CustomerId(r.Int("customer_id"));
  c.values.first_name = r.OptText("first_name");
  c.values.last_name = r.OptText("last_name");
  c.values.title = r.OptText("title");
  c.values.email = r.OptText("email");
  c.values.mobile_phone = r.OptText("mobile_phone");
  c.values.work_phone = r.OptText("work_phone");
  if (auto role = r.OptInt("role_id")) {
    c.values.role = ContactRoleId(*role);
    c.role_name = r.Text("role_name");
  }
  if (auto address = r.OptInt("address_id")) c.values.address = addresses::AddressId(*address);
  c.values.language = r.OptText("language");
  c.values.notes = r.OptText("notes");
  c.is_active = r.Bool("is_active");
  c.created_at = r.Text("created_at");
  c.created_by = {UserId(r.Int("created_by")), r.Text("created_by_name")};
  c.updated_at = r.Text("updated_at");
  c.updated_by = {UserId(r.Int("updated_by")), r.Text("updated_by_name")};
  c.version = r.Int("version");
  return c;
}

/// Binds the editable columns shared by INSERT and UPDATE.
struct ValueBinding {
  explicit ValueBinding(const ContactValues& v)
      : sort_name(SortName(v)),
        sort_last_name(SortLastName(v)),
        search_text(SearchText(v)),
        role(v.role ? v.role->value : 0),
        address(v.address ? v.address->value : 0),
        role_ind(v.role ? soci::i_ok : soci::i_null),
        address_ind(v.address ? soci::i_ok : soci::i_null) {
    const std::optional<std::string>* from[] = {&v.first_name,   &v.last_name,  &v.title,    &v.email,
                                                &v.mobile_phone, &v.work_phone, &v.language, &v.notes};
    for (size_t i = 0; i < kTexts; ++i) {
      text[i] = from[i]->value_or("");
      text_ind[i] = *from[i] ? soci::i_ok : soci::i_null;
    }
  }

  void Bind(soci::statement& st) {
    static constexpr const char* kNames[] = {"first_name",   "last_name",  "title",    "email",
                                             "mobile_phone", "work_phone", "language", "notes"};
    for (size_t i = 0; i < kTexts; ++i) st.exchange(soci::use(text[i], text_ind[i], kNames[i]));
    st.exchange(soci::use(sort_name, "sort_name"));
    st.exchange(soci::use(sort_last_name, "sort_last_name"));
    st.exchange(soci::use(search_text, "search_text"));
    st.exchange(soci::use(role, role_ind, "role"));
    st.exchange(soci::use(address, address_ind, "address"));
  }

  static constexpr size_t kTexts = 8;
  std::string text[kTexts];
  soci::indicator text_ind[kTexts];
  std::string sort_name, sort_last_name, search_text;
  long long role, address;
  soci::indicator role_ind, address_ind;
};

}  // namespace

ContactId ContactRepository::Insert(soci::session& sql, OrgId org, CustomerId customer,
                                    const ContactValues& values, UserId by, const std::string& now) {
  ValueBinding v(values);
  long long o = org.value, c = customer.value, b = by.value, id = 0;
  soci::statement st(sql);
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(c, "customer"));
  v.Bind(st);
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(now, "now2"));
  st.exchange(soci::use(b, "by2"));
  st.exchange(soci::into(id));
  st.alloc();
  st.prepare(kInsertContact);
  st.define_and_bind();
  st.execute(true);
  ReplaceKeywords(sql, org, ContactId(id), values.keywords);
  return ContactId(id);
}

std::optional<Contact> ContactRepository::Find(soci::session& sql, OrgId org, ContactId id) {
  db::Query q(kSelectContact);
  q.Bind("org", org.value).Sql(" AND c.id = :id").Bind("id", id.value);
  std::vector<Contact> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadContact(row)); });
  if (out.empty()) return std::nullopt;
  LoadKeywords(sql, org, out);
  return std::move(out.front());
}

std::vector<Contact> ContactRepository::List(soci::session& sql, OrgId org, CustomerId customer,
                                             const ContactQuery& query, int limit,
                                             const std::optional<ContactKey>& after) {
  db::Query q(kSelectContact);
  q.Bind("org", org.value).Sql(" AND c.customer_id = :customer").Bind("customer", customer.value);
  if (query.inactive != InactiveFilter::kInclude) {
    q.Sql(" AND c.is_active = :active").Bind("active", query.inactive == InactiveFilter::kExclude ? 1 : 0);
  }
  if (query.q)
    q.Sql(" AND c.search_text LIKE :q ESCAPE '\\'")
        .Bind("q", db::LikeContains(validation::FoldCase(*query.q)));
  auto keyset = [&](const char* column, bool descending) {
    const std::string col(column);
    if (after) {
      q.Sql(" AND (" + col + ", c.id) " + (descending ? "<" : ">") + " (:k_sort, :k_id)")
          .Bind("k_sort", after->sort_key)
          .Bind("k_id", after->id);
    }
    q.Sql(descending ? " ORDER BY " + col + " DESC, c.id DESC" : " ORDER BY " + col + ", c.id");
  };
  switch (query.sort) {
    case ContactSort::kNameAsc:
      keyset("c.sort_name", false);
      break;
    case ContactSort::kNameDesc:
      keyset("c.sort_name", true);
      break;
    case ContactSort::kLastNameAsc:
      keyset("c.sort_last_name", false);
      break;
    case ContactSort::kLastNameDesc:
      keyset("c.sort_last_name", true);
      break;
  }
  q.Sql(" LIMIT :lim").Bind("lim", limit);
  std::vector<Contact> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadContact(row)); });
  LoadKeywords(sql, org, out);
  return out;
}

bool ContactRepository::Update(soci::session& sql, OrgId org, ContactId id, std::int64_t version,
                               const ContactValues& values, UserId by, const std::string& now) {
  ValueBinding v(values);
  long long o = org.value, i = id.value, ver = version, b = by.value;
  soci::statement st(sql);
  v.Bind(st);
  st.exchange(soci::use(now, "now"));
  st.exchange(soci::use(b, "by"));
  st.exchange(soci::use(o, "org"));
  st.exchange(soci::use(i, "id"));
  st.exchange(soci::use(ver, "version"));
  st.alloc();
  st.prepare(kUpdateContact);
  st.define_and_bind();
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  ReplaceKeywords(sql, org, id, values.keywords);
  return true;
}

bool ContactRepository::SetActive(soci::session& sql, OrgId org, ContactId id, std::int64_t version,
                                  bool active, UserId by, const std::string& now) {
  long long o = org.value, i = id.value, ver = version, b = by.value, a = active ? 1 : 0;
  soci::statement st =
      (sql.prepare << kSetActive, soci::use(a, "active"), soci::use(now, "now"), soci::use(b, "by"),
       soci::use(o, "org"), soci::use(i, "id"), soci::use(ver, "version"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

void ContactRepository::Delete(soci::session& sql, OrgId org, ContactId id) {
  long long o = org.value, i = id.value;
  sql << kDeleteKeywordsOf, soci::use(o, "org"), soci::use(i, "id");
  sql << kDeleteContact, soci::use(o, "org"), soci::use(i, "id");
}

void ContactRepository::ReplaceKeywords(soci::session& sql, OrgId org, ContactId id,
                                        const std::vector<KeywordId>& keywords) {
  long long o = org.value, i = id.value, k = 0;
  sql << kDeleteKeywordsOf, soci::use(o, "org"), soci::use(i, "id");
  if (keywords.empty()) return;
  soci::statement st =
      (sql.prepare << kInsertKeyword, soci::use(o, "org"), soci::use(i, "id"), soci::use(k, "keyword"));
  for (auto keyword : keywords) {
    k = keyword.value;
    st.execute(true);
  }
}

void ContactRepository::LoadKeywords(soci::session& sql, OrgId org, std::vector<Contact>& contacts) {
  for (size_t start = 0; start < contacts.size(); start += kKeywordBatch) {
    const size_t end = std::min(contacts.size(), start + kKeywordBatch);
    std::map<std::int64_t, Contact*> by_id;
    db::Query q(kSelectKeywordsOf);
    q.Bind("org", org.value);
    for (size_t i = start; i < end; ++i) {
      std::string name = "c";
      name += std::to_string(i - start);
      q.Sql((i == start ? ":" : ", :") + name).Bind(name, contacts[i].id.value);
      by_id[contacts[i].id.value] = &contacts[i];
    }
    q.Sql(") ORDER BY ck.contact_id, k.name_key, k.id");
    q.Each(sql, [&](const soci::row& row) {
      db::RowReader r(row);
      Contact* c = by_id[r.Int("contact_id")];
      const std::int64_t keyword = r.Int("id");
      c->keywords.push_back({keyword, r.Text("name")});
      c->values.keywords.push_back(KeywordId(keyword));
    });
    for (size_t i = start; i < end; ++i)
      std::sort(contacts[i].values.keywords.begin(), contacts[i].values.keywords.end());
  }
}

std::vector<ContactId> ContactRepository::ClearAddress(soci::session& sql, OrgId org, CustomerId customer,
                                                       std::int64_t address, UserId by,
                                                       const std::string& now) {
  db::Query q(kSelectByAddress);
  q.Bind("org", org.value).Bind("customer", customer.value).Bind("address", address);
  std::vector<ContactId> ids;
  q.Each(sql, [&](const soci::row& row) { ids.push_back(ContactId(db::RowReader(row).Int("id"))); });
  if (ids.empty()) return ids;
  long long o = org.value, c = customer.value, a = address, b = by.value;
  sql << kClearAddress, soci::use(now, "now"), soci::use(b, "by"), soci::use(o, "org"),
      soci::use(c, "customer"), soci::use(a, "address");
  return ids;
}

std::int64_t ContactRepository::CountForCustomer(soci::session& sql, OrgId org, CustomerId customer) {
  long long o = org.value, c = customer.value, count = 0;
  sql << kCountForCustomer, soci::use(o, "org"), soci::use(c, "customer"), soci::into(count);
  return count;
}

std::vector<std::string> ContactRepository::NamesForCustomer(soci::session& sql, OrgId org,
                                                             CustomerId customer, int limit) {
  db::Query q(kNamesForCustomer);
  q.Bind("org", org.value).Bind("customer", customer.value).Bind("lim", limit);
  std::vector<std::string> names;
  q.Each(sql, [&](const soci::row& row) {
    db::RowReader r(row);
    ContactValues v;
    v.first_name = r.OptText("first_name");
    v.last_name = r.OptText("last_name");
    names.push_back(DisplayName(v));
  });
  return names;
}

std::vector<Contact> ContactRepository::Mailing(soci::session& sql, OrgId org, const MailingQuery& query,
                                                int limit, std::optional<std::int64_t> after_id) {
  db::Query q(query.keyword ? kSelectContactWithKeyword : kSelectContact);
  q.Bind("org", org.value);
  if (query.keyword) q.Bind("keyword", query.keyword->value);
  if (query.active != ActiveFilter::kAll) {
    q.Sql(" AND c.is_active = :active").Bind("active", query.active == ActiveFilter::kActive ? 1 : 0);
  }
  const char* id_column = query.keyword ? "ck.contact_id" : "c.id";
  if (after_id) q.Sql(std::string(" AND ") + id_column + " > :after").Bind("after", *after_id);
  q.Sql(std::string(" ORDER BY ") + id_column + " LIMIT :lim").Bind("lim", limit);
  std::vector<Contact> out;
  q.Each(sql, [&](const soci::row& row) { out.push_back(ReadContact(row)); });
  LoadKeywords(sql, org, out);
  return out;
}

}  // namespace clientele::contacts
