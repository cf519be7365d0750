#include "features/contacts/contact_export_service.hpp"

#include <map>
#include <set>

#include "features/contacts/vcard.hpp"
#include "platform/util/csv.hpp"
#include "platform/util/cursor.hpp"

namespace clientele::contacts {

namespace {

constexpr std::size_t kBatch = 1000;
// A caller who sees only their own customers may have to skip many contacts; one request looks at no more.
constexpr std::size_t kPageScanBudget = 5'000;
constexpr std::size_t kCsvScanBudget = 1'000'000;

VcardCard CardFor(OrgId org, const Contact& c, const std::string& customer_name,
                  const std::optional<addresses::Address>& address) {
  VcardCard card;
  card.uid = "urn:uuid:" + NameBasedUuid("clientele:contact:" + std::to_string(org.value) + ":" +
                                         std::to_string(c.id.value) + ":" + c.created_at);
  card.formatted_name = DisplayName(c.values);
  card.first_name = c.values.first_name;
  card.last_name = c.values.last_name;
  card.organization = customer_name;
  card.title = c.values.title;
  card.role = c.role_name;
  card.email = c.values.email;
  card.mobile_phone = c.values.mobile_phone;
  card.work_phone = c.values.work_phone;
  if (address) {
    const auto& v = address->values;
    card.address = VcardAddress{v.street, v.city.value_or(""), v.region.value_or(""),
                                v.postal_code.value_or(""), v.country.value_or("")};
  }
  card.language = c.values.language;
  for (const auto& k : c.keywords) card.categories.push_back(k.name);
  card.note = c.values.notes;
  card.revision = c.updated_at;
  return card;
}

std::string KeywordNames(const Contact& c) {
  std::string out;
  for (const auto& k : c.keywords) out += (out.empty() ? "" : ", ") + k.name;
  return out;
}

}  // namespace

Status ContactExportService::CheckMailingQuery(soci::session& sql, const auth::Principal& caller,
                                               const MailingQuery& query) {
  if (caller.permissions.customers.view == auth::Scope::kNone)
    return Error::Forbidden("You may not view customers");
  if (query.keyword &&
      picklists_.FindMany(sql, caller.org, PicklistKind::kKeyword, {query.keyword->value}).empty()) {
    return Error::Validation("keyword", "is not a keyword of this organization");
  }
  return Ok();
}

ContactExportService::Scan ContactExportService::Collect(soci::session& sql, const auth::Principal& caller,
                                                         const MailingQuery& query, std::size_t want,
                                                         std::optional<std::int64_t> after,
                                                         std::size_t budget) {
  Scan scan;
  scan.last_id = after;
  std::size_t looked = 0;
  while (scan.entries.size() < want && looked < budget) {
    const std::size_t batch = std::min(kBatch, std::max<std::size_t>(want - scan.entries.size(), 1));
    auto contacts = repo_.Mailing(sql, caller.org, query, static_cast<int>(batch), scan.last_id);
    looked += contacts.size();
    std::set<std::int64_t> distinct;
    for (const auto& c : contacts) distinct.insert(c.customer.value);
    std::vector<CustomerId> ids;
    for (auto id : distinct) ids.push_back(CustomerId(id));
    std::map<std::int64_t, std::string> names;
    for (const auto& customer : customers_.VisibleAmong(sql, caller, ids))
      names[customer.id.value] = customer.values.name;
    for (auto& c : contacts) {
      scan.last_id = c.id.value;
      auto it = names.find(c.customer.value);
      if (it != names.end()) scan.entries.push_back({std::move(c), it->second});
    }
    if (contacts.size() < batch) {
      scan.exhausted = true;
      break;
    }
  }
  return scan;
}

Result<Page<MailingEntry>> ContactExportService::Mailing(const auth::Principal& caller,
                                                         const MailingQuery& query, const PageRequest& page) {
  std::optional<std::int64_t> after;
  if (page.cursor) {
    auto parts = util::DecodeCursor(*page.cursor, 1);
    try {
      if (parts) after = std::stoll((*parts)[0]);
    } catch (const std::exception&) {
    }
    if (!after) return Error::Validation("cursor", "is not a cursor from this list");
  }
  return db_.Read([&](soci::session& sql) -> Result<Page<MailingEntry>> {
    CLIENTELE_CHECK(CheckMailingQuery(sql, caller, query));
    // One more than the page, to know whether there is a next one.
    Scan scan = Collect(sql, caller, query, page.limit + 1, after, kPageScanBudget);
    Page<MailingEntry> result;
    result.items = std::move(scan.entries);
    if (static_cast<int>(result.items.size()) > page.limit) {
      result.items.resize(page.limit);
      result.next_cursor = util::EncodeCursor({std::to_string(result.items.back().contact.id.value)});
    } else if (!scan.exhausted && scan.last_id) {
      result.next_cursor =
          util::EncodeCursor({std::to_string(*scan.last_id)});  // short page, more to look at
    }
    return result;
  });
}

Result<ExportFile> ContactExportService::MailingCsv(const auth::Principal& caller,
                                                    const MailingQuery& query) {
  return db_.Read([&](soci::session& sql) -> Result<ExportFile> {
    CLIENTELE_CHECK(CheckMailingQuery(sql, caller, query));
    ExportFile file;
    file.filename = "contacts.csv";
    if (query.keyword) {
      auto keyword = picklists_.FindMany(sql, caller.org, PicklistKind::kKeyword, {query.keyword->value});
      file.filename = SafeFilename("contacts-" + keyword.front().name, "contacts", ".csv");
    }
    util::AppendCsvRow(file.body, {"name", "email", "customer", "role", "keywords"});
    Scan scan = Collect(sql, caller, query, kMaxCsvRows + 1, std::nullopt, kCsvScanBudget);
    if (scan.entries.size() > static_cast<std::size_t>(kMaxCsvRows) || !scan.exhausted) {
      file.truncated = true;
      if (scan.entries.size() > static_cast<std::size_t>(kMaxCsvRows)) scan.entries.resize(kMaxCsvRows);
    }
    for (const auto& e : scan.entries) {
      const Contact& c = e.contact;
      util::AppendCsvRow(file.body, {DisplayName(c.values), c.values.email.value_or(""), e.customer_name,
                                     c.role_name.value_or(""), KeywordNames(c)});
    }
    file.count = static_cast<int>(scan.entries.size());
    return file;
  });
}

Result<ExportFile> ContactExportService::ContactVcard(const auth::Principal& caller, ContactId id) {
  return db_.Read([&](soci::session& sql) -> Result<ExportFile> {
    auto contact = repo_.Find(sql, caller.org, id);
    if (!contact) return Error::NotFound("No such contact");
    CLIENTELE_TRY(customer, customers_.Visible(sql, caller, contact->customer));
    std::optional<addresses::Address> address;
    if (contact->values.address) address = addresses_.Find(sql, caller.org, *contact->values.address);
    ExportFile file;
    file.filename = SafeFilename(DisplayName(contact->values), "contact-" + std::to_string(id.value), ".vcf");
    file.body = RenderVcard(CardFor(caller.org, *contact, customer.values.name, address));
    file.count = 1;
    return file;
  });
}

Result<ExportFile> ContactExportService::CustomerVcards(const auth::Principal& caller,
                                                        CustomerId customer_id) {
  return db_.Read([&](soci::session& sql) -> Result<ExportFile> {
    CLIENTELE_TRY(customer, customers_.Visible(sql, caller, customer_id));
    ContactQuery query;  // active ones, in name order
    auto contacts = repo_.List(sql, caller.org, customer_id, query, kMaxVcardsPerFile + 1, std::nullopt);
    ExportFile file;
    if (static_cast<int>(contacts.size()) > kMaxVcardsPerFile) {
      contacts.resize(kMaxVcardsPerFile);
      file.truncated = true;
    }
    std::map<std::int64_t, addresses::Address> addresses;
    for (auto& a : addresses_.ListForCustomer(sql, caller.org, customer_id))
      addresses.emplace(a.id.value, std::move(a));
    for (const auto& c : contacts) {
      std::optional<addresses::Address> address;
      if (c.values.address) {
        if (auto it = addresses.find(c.values.address->value); it != addresses.end()) address = it->second;
      }
      file.body += RenderVcard(CardFor(caller.org, c, customer.values.name, address));
    }
    file.filename = SafeFilename(customer.values.name + " contacts", "contacts", ".vcf");
    file.count = static_cast<int>(contacts.size());
    return file;
  });
}

}  // namespace clientele::contacts
