#include "app/financials_port.hpp"

#include "platform/util/clock.hpp"

namespace clientele::app {

namespace {

// Debt: the project's money currency is read here until the projects feature's Project carries it
// (branch money-hours adds it); then this becomes p.values.currency.
std::string CurrencyOf(soci::session& sql, OrgId org, projects::ProjectId id) {
  long long o = org.value, i = id.value;
  std::string currency;
  sql << "SELECT currency FROM projects WHERE org_id = :org AND id = :id", soci::use(o, "org"),
      soci::use(i, "id"), soci::into(currency);
  return currency;
}

}  // namespace

financials::ProjectPort FinancialsPortOf(projects::ProjectService& projects,
                                         customers::CustomerService& customers) {
  financials::ProjectPort port;
  port.visible = [&projects](soci::session& sql, const auth::Principal& caller,
                             financials::ProjectId id) -> Result<financials::ProjectFacts> {
    CLIENTELE_TRY(p, projects.Visible(sql, caller, projects::ProjectId(id.value)));
    financials::ProjectFacts facts;
    facts.id = id;
    facts.customer = p.customer;
    facts.currency = CurrencyOf(sql, caller.org, p.id);
    facts.audience = {p.state == projects::ProjectState::kSales, p.values.owner, p.values.sales_person,
                      p.values.members};
    return facts;
  };
  port.account_owner = [&customers](soci::session& sql, OrgId org, CustomerId customer) {
    return customers.AccountOwner(sql, org, customer);
  };
  // Debt: UTC until the organization's time zone (money-hours) has a date helper here.
  port.today = [](soci::session&, OrgId) { return util::TodayIso(); };
  return port;
}

}  // namespace clientele::app
