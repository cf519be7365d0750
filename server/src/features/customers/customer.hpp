#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::customers {

/// The editable fields of a customer, validated and normalized.
struct CustomerValues {
  std::int64_t number = 0;
  std::string name;
  std::optional<std::string> vat_number;
  std::optional<std::string> country;
  std::optional<UserId> account_owner;
  std::optional<std::string> email;
  std::optional<std::string> website;
  std::optional<std::string> phone;
  std::optional<std::string> industry;
};

struct Customer {
  CustomerId id;
  CustomerValues values;
  std::optional<UserRef> account_owner;  // with the owner's name
  bool is_active = true;
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// A new customer as the client sent it (not yet validated). `number` is assigned when absent.
struct NewCustomer {
  std::optional<std::int64_t> number;
  std::optional<std::string> name;
  std::optional<std::string> vat_number;
  std::optional<std::string> country;
  std::optional<std::int64_t> account_owner;
  std::optional<std::string> email;
  std::optional<std::string> website;
  std::optional<std::string> phone;
  std::optional<std::string> industry;
};

/// A partial update as the client sent it; `version` is the one the client read.
struct CustomerPatch {
  std::optional<std::int64_t> version;
  Field<std::int64_t> number;
  Field<std::string> name;
  Field<std::string> vat_number;
  Field<std::string> country;
  Field<std::int64_t> account_owner;
  Field<std::string> email;
  Field<std::string> website;
  Field<std::string> phone;
  Field<std::string> industry;
};

enum class CustomerSort { kNameAsc, kNameDesc, kNumberAsc, kNumberDesc };
enum class ActiveFilter { kActive, kInactive, kAll };

struct CustomerQuery {
  std::optional<std::string> q;
  std::optional<UserId> owner;
  ActiveFilter active = ActiveFilter::kActive;
  CustomerSort sort = CustomerSort::kNameAsc;
};

/// What the caller may do on a customer card, so the web app never has to guess.
struct CardActions {
  bool can_edit = false;
  bool can_delete = false;
  bool can_inactivate = false;
  bool can_reactivate = false;
  bool can_update_from_registry = false;  // FI or NO with a valid VAT number of that country
};

struct CustomerCard {
  Customer customer;
  CardActions actions;
};

}  // namespace clientele::customers
