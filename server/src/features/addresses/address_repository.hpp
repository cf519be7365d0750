#pragma once

#include <optional>
#include <vector>

#include <soci/soci.h>

#include "features/addresses/address.hpp"
#include "platform/db/database.hpp"

namespace clientele::addresses {

/// The addresses table. Every statement filters by organization.
class AddressRepository {
 public:
  explicit AddressRepository(db::DbKind kind) : kind_(kind) {}

  /// Serializes changes to one customer's addresses until the transaction ends. SQLite's BEGIN IMMEDIATE
  /// already serializes every writer; PostgreSQL locks the customer's address rows (FOR UPDATE), so two
  /// concurrent headquarters moves run one after the other and the second sees the first.
  void LockCustomer(soci::session& sql, OrgId org, CustomerId customer);

  /// Inserts an address; nullopt when it was to be the headquarters and the customer already has one (a
  /// concurrent insert won), in which case nothing was written.
  std::optional<AddressId> Insert(soci::session& sql, OrgId org, CustomerId customer,
                                  const AddressValues& values, bool headquarters, UserId by,
                                  const std::string& now);
  std::optional<Address> Find(soci::session& sql, OrgId org, AddressId id);
  /// The customer's addresses, the headquarters first, then in the order they were added.
  std::vector<Address> ListForCustomer(soci::session& sql, OrgId org, CustomerId customer);
  std::int64_t CountForCustomer(soci::session& sql, OrgId org, CustomerId customer);
  /// Writes `values` when the stored version is `version`; false when it is not.
  bool Update(soci::session& sql, OrgId org, AddressId id, std::int64_t version, const AddressValues& values,
              UserId by, const std::string& now);
  /// Sets or clears the headquarters flag of one address (bumping its version).
  void SetHeadquarters(soci::session& sql, OrgId org, AddressId id, bool headquarters, UserId by,
                       const std::string& now);
  void Delete(soci::session& sql, OrgId org, AddressId id);

 private:
  db::DbKind kind_;
};

}  // namespace clientele::addresses
