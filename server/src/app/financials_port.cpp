#include "app/financials_port.hpp"

#include "platform/util/clock.hpp"

namespace clientele::app {

financials::ProjectPort FinancialsPortOf(projects::ProjectService& projects,
                                         customers::CustomerService& customers) {
  financials::ProjectPort port;
  port.visible = [&projects](soci::session& sql, const auth::Principal& caller,
                             financials::ProjectId id) -> Result<financials::ProjectFacts> {
    CLIENTELE_TRY(p, projects.Visible(sql, caller, projects::ProjectId(id.value)));
    financials::ProjectFacts facts;
    facts.id = id;
    facts.customer = p.customer;
    facts.currency = p.values.currency;
    facts.audience = {p.state == projects::ProjectState::kSales, p.values.owner, p.values.sales_person,
                      p.values.members};
    return facts;
  };
  port.account_owner = [&customers](soci::session& sql, OrgId org, CustomerId customer) {
    return customers.AccountOwner(sql, org, customer);
  };
  // Debt: today is the UTC date until the organization's time zone (settings) can turn "now" into a local
  // date (no tz database in libstdc++ 12); for a few hours around midnight at a month's turn the current
  // month can differ from the organization's.
  port.today = [](soci::session&, OrgId) { return util::TodayIso(); };
  return port;
}

}  // namespace clientele::app
