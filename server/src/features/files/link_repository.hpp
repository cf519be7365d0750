#pragma once

#include <optional>
#include <string>
#include <vector>

#include <soci/soci.h>

#include "features/files/link.hpp"

namespace clientele::files {

/// The links table. Every statement filters by organization; rows come with `project` holding the id only.
class LinkRepository {
 public:
  LinkId Insert(soci::session& sql, OrgId org, const CardScope& scope, const Link& link, UserId by,
                const std::string& now);
  std::optional<Link> Find(soci::session& sql, OrgId org, LinkId id);
  std::vector<Link> List(soci::session& sql, OrgId org, const CardScope& scope, int limit,
                         std::optional<std::int64_t> after_id);
  bool Update(soci::session& sql, OrgId org, LinkId id, std::int64_t version, const Link& values, UserId by,
              const std::string& now);
  void Delete(soci::session& sql, OrgId org, LinkId id);
  std::int64_t CountForCustomer(soci::session& sql, OrgId org, CustomerId customer);
};

}  // namespace clientele::files
