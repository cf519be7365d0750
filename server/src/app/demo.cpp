#include "app/demo.hpp"

#include "app/demo_invoices.hpp"
#include "app/demo_money.hpp"

#include <array>
#include <chrono>

#include "platform/util/clock.hpp"

#include "platform/auth/permissions.hpp"

namespace clientele::app {

namespace {

constexpr const char* kDemoOrganization = "Demo Consulting Oy";
constexpr const char* kDemoPassword = "clientele-demo";

struct DemoUser {
  const char* email;
  const char* name;
  auth::BuiltinRole role;
};

constexpr std::array<DemoUser, 5> kUsers = {{
    {"admin@demo.clientele.test", "Aino Admin", auth::BuiltinRole::kAdministrator},
    {"manager@demo.clientele.test", "Mikko Manager", auth::BuiltinRole::kManager},
    {"consultant@demo.clientele.test", "Kari Konsulent", auth::BuiltinRole::kConsultant},
    {"consultant2@demo.clientele.test", "Sanna Consultant", auth::BuiltinRole::kConsultant},
    {"readonly@demo.clientele.test", "Reino Read-only", auth::BuiltinRole::kReadOnly},
}};

struct DemoCustomer {
  const char* name;
  const char* country;
  const char* vat;  // valid business ids; the first ones are real public companies
  const char* website;
  const char* industry;
};

constexpr std::array<DemoCustomer, 16> kCustomers = {{
    {"Nokia Oyj", "FI", "0112038-9", "www.nokia.com", "Telecommunications"},
    {"Wolt Oy", "FI", "2646674-9", "https://wolt.com", "Online services"},
    {"Equinor ASA", "NO", "923609016", "www.equinor.com", "Energy"},
    {"Brønnøysundregistrene", "NO", "974760673", "www.brreg.no", "Public administration"},
    {"Digitaliseringsdirektoratet", "NO", "991825827", "www.digdir.no", "Public administration"},
    {"Aalto Rakennus Oy", "FI", "2331972-7", "https://aaltorakennus.example.fi", "Construction"},
    {"Pohjola Analytics Oy", "FI", nullptr, "https://pohjola-analytics.example.fi", "Software"},
    {"Saimaa Logistiikka Oy", "FI", nullptr, nullptr, "Logistics"},
    {"Kuopion Kone ja Teräs Oy", "FI", nullptr, nullptr, "Manufacturing"},
    {"Fjord Energi AS", "NO", nullptr, "https://fjordenergi.example.no", "Energy"},
    {"Nordlys Shipping AS", "NO", nullptr, nullptr, "Shipping"},
    {"Bergen Bygg og Anlegg AS", "NO", nullptr, nullptr, "Construction"},
    {"Lapin Matkailu Oy", "FI", nullptr, "https://lapinmatkailu.example.fi", "Tourism"},
    {"Tampereen Ohjelmistotalo Oy", "FI", nullptr, nullptr, "Software"},
    {"Helsingin Hammaslääkärit Oy", "FI", nullptr, nullptr, "Healthcare"},
    {"Øresund Design AB", "SE", "SE556677889901", nullptr, "Design"},
}};

/// A sales case and a won project with tasks on the board, so both tabs show something.
Status AddDemoProjects(Services& services, const auth::Principal& admin, CustomerId customer, UserId owner,
                       std::size_t index, std::vector<projects::Project>& open_projects) {
  struct DemoProject {
    const char* name;
    const char* state;
    std::int64_t amount;  // cents
    const char* currency;
  };
  const DemoProject kProjects[] = {{"Cloud migration", "sales", 4'500'000, index % 2 ? "NOK" : "EUR"},
                                   {"ERP roll-out", "open", 12'000'000, "EUR"}};
  for (const auto& d : kProjects) {
    projects::NewProject p;
    p.name = d.name;
    p.customer_id = customer.value;
    p.state = d.state;
    p.owner_id = owner.value;
    p.expected_value = {true, projects::Money{d.amount, d.currency}};
    CLIENTELE_TRY(project, services.projects.Create(admin, p));
    if (project.state != projects::ProjectState::kOpen) continue;
    open_projects.push_back(project);
    const char* kTasks[] = {"Kick-off workshop", "Requirements", "Data migration plan", "Pilot", "Training"};
    for (const char* name : kTasks) {
      tasks::NewTask t;
      t.name = name;
      t.assignee_id = owner.value;
      CLIENTELE_CHECK(services.tasks.Create(admin, project.id, t));
    }
  }
  return Ok();
}

/// A meeting next week, a to-do due in a few days and a phone call done last week, so the activities tab and
/// the calendar feed show something.
Status AddDemoActivities(Services& services, const auth::Principal& admin, CustomerId customer,
                         UserId owner) {
  CLIENTELE_TRY(types, services.activity_types.List(admin));
  auto type_id = [&](const char* name) -> std::int64_t {
    for (const auto& t : types)
      if (t.name == name) return t.id.value;
    return 0;
  };
  const auto today = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  auto at = [&](int days, int hour) {
    return util::ToIso(today + std::chrono::days(days) + std::chrono::hours(hour));
  };
  activities::NewActivity meeting;
  meeting.type_id = type_id("Meeting");
  meeting.name = "Steering group";
  meeting.location = "Helsinki office";
  meeting.start_at = {true, at(7, 8)};
  meeting.end_at = {true, at(7, 9)};
  meeting.owner_id = owner.value;
  meeting.participants =
      std::vector<activities::ParticipantRef>{{activities::ParticipantRef::Type::kUser, admin.user.value}};
  CLIENTELE_CHECK(services.activities.CreateForCustomer(admin, customer, meeting));
  activities::NewActivity todo;
  todo.type_id = type_id("To-do");
  todo.name = "Send the proposal, with prices";
  todo.due_at = {true, at(3, 12)};
  todo.owner_id = owner.value;
  CLIENTELE_CHECK(services.activities.CreateForCustomer(admin, customer, todo));
  activities::NewActivity call;
  call.type_id = type_id("Phone call");
  call.name = "Call about the renewal";
  call.due_at = {true, at(-7, 10)};
  call.owner_id = owner.value;
  call.is_done = true;
  CLIENTELE_CHECK(services.activities.CreateForCustomer(admin, customer, call));
  return Ok();
}

/// A Finnish company ready to invoice: a valid Y-tunnus and an IBAN with a valid checksum. Setting the
/// country also gives it Finland's VAT rates.
Status AddDemoOrganizationDetails(Services& services, const auth::Principal& admin) {
  CLIENTELE_TRY(current, services.organization.Get(admin));
  settings::OrganizationSettingsPatch patch;
  patch.version = current.version;
  patch.legal_name = {true, std::string(kDemoOrganization)};
  patch.business_id = {true, std::string("2645217-9")};
  patch.vat_number = {true, std::string("FI26452179")};
  patch.country = {true, std::string("FI")};
  patch.address = {true, settings::OrganizationAddress{{"Mannerheimintie 12 B"}, "00100", "Helsinki", "FI"}};
  patch.phone = {true, std::string("+358 9 1234 5678")};
  patch.email = {true, std::string("billing@demo.clientele.test")};
  patch.website = {true, std::string("https://demo.clientele.test")};
  patch.iban = {true, std::string("FI75 4005 0010 0001 23")};
  patch.bic = {true, std::string("ITELFIHH")};
  patch.invoice_footer = {true, std::string("Demo Consulting Oy · Y-tunnus 2645217-9\nKotipaikka Helsinki")};
  patch.payment_term_days = {true, 14};
  patch.overdue_interest = {true, std::string("11.5")};
  CLIENTELE_TRY(updated, services.organization.Update(admin, patch));
  (void)updated;
  return Ok();
}

}  // namespace

Status LoadDemoIfEmpty(Services& services) {
  if (services.users.AnyOrganization()) return Ok();
  CLIENTELE_TRY(org, services.users.CreateOrganization(kDemoOrganization));
  std::vector<users::User> created;
  for (const auto& u : kUsers) {
    CLIENTELE_TRY(user, services.users.CreateUserInOrganization(
                            kDemoOrganization, std::string(auth::BuiltinRoleName(u.role)),
                            users::NewUser{u.email, u.name, RoleId(), kDemoPassword}));
    created.push_back(std::move(user));
  }
  auth::Principal admin;
  admin.org = org.id;
  admin.user = created[0].id;
  admin.user_name = created[0].name;
  admin.role = created[0].role_id;
  admin.permissions = auth::BuiltinPermissions(auth::BuiltinRole::kAdministrator);
  CLIENTELE_CHECK(AddDemoOrganizationDetails(services, admin));
  std::vector<projects::Project> open_projects;
  for (std::size_t i = 0; i < kCustomers.size(); ++i) {
    const auto& c = kCustomers[i];
    customers::NewCustomer input;
    input.name = c.name;
    input.country = c.country;
    if (c.vat) input.vat_number = c.vat;
    if (c.website) input.website = c.website;
    input.industry = c.industry;
    // Spread the accounts over the manager and the two consultants.
    input.account_owner = created[1 + i % 3].id.value;
    CLIENTELE_TRY(customer, services.customers.Create(admin, input));
    if (i < 4)
      CLIENTELE_CHECK(AddDemoProjects(services, admin, customer.id, created[1 + i % 3].id, i, open_projects));
    if (i < 6) CLIENTELE_CHECK(AddDemoActivities(services, admin, customer.id, created[1 + i % 3].id));
  }
  CLIENTELE_CHECK(AddDemoMoney(services, admin, created, open_projects));
  return AddDemoInvoices(services, admin, open_projects);
}

void PrintDemoLogins(std::ostream& out) {
  out << "Demo organization \"" << kDemoOrganization << "\"; every demo user's password is " << kDemoPassword
      << "\n";
  for (const auto& u : kUsers) {
    out << "  " << auth::BuiltinRoleName(u.role) << ": " << u.email << "\n";
  }
  out << "Sign in at the address below with admin@demo.clientele.test / " << kDemoPassword << std::endl;
}

}  // namespace clientele::app
