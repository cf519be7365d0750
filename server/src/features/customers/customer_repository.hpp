#pragma once

#include <optional>
#include <vector>

#include <soci/soci.h>

#include "features/customers/customer.hpp"
#include "platform/db/database.hpp"

namespace clientele::customers {

/// Where a list page continues: the sort key of the last row seen.
struct CustomerKey {
  std::string sort_name;
  std::int64_t number = 0;
  std::int64_t id = 0;
};

/// The customers table. Every statement filters by organization.
class CustomerRepository {
 public:
  explicit CustomerRepository(db::DbKind kind) : kind_(kind) {}

  /// The next free number from the organization's counter (skipping numbers people typed in by hand).
  std::int64_t NextNumber(soci::session& sql, OrgId org);
  bool NumberTaken(soci::session& sql, OrgId org, std::int64_t number);
  /// Moves the number counter past `number` (bulk imports that assign numbers themselves).
  void RaiseNumberCounter(soci::session& sql, OrgId org, std::int64_t number);

  CustomerId Insert(soci::session& sql, OrgId org, const CustomerValues& values, UserId by,
                    const std::string& now);
  std::optional<Customer> Find(soci::session& sql, OrgId org, CustomerId id);
  /// Those of `ids` that exist in the organization, in one query (at most 1000 ids a call).
  std::vector<Customer> FindMany(soci::session& sql, OrgId org, const std::vector<CustomerId>& ids);
  std::vector<Customer> List(soci::session& sql, OrgId org, const CustomerQuery& query, int limit,
                             const std::optional<CustomerKey>& after);
  /// Writes `values` when the stored version is `version`; false when it is not (someone else saved first).
  bool Update(soci::session& sql, OrgId org, CustomerId id, std::int64_t version,
              const CustomerValues& values, UserId by, const std::string& now);
  bool SetActive(soci::session& sql, OrgId org, CustomerId id, std::int64_t version, bool active, UserId by,
                 const std::string& now);
  void Delete(soci::session& sql, OrgId org, CustomerId id);

 private:
  db::DbKind kind_;
};

}  // namespace clientele::customers
