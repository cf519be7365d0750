#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/util/field.hpp"
#include "platform/util/ids.hpp"
#include "platform/util/page.hpp"

namespace clientele::addresses {

using AddressId = Id<struct AddressTag>;

/// What an address is for; a customer's address can serve several.
enum class AddressUse { kVisiting, kPostal, kBilling, kDelivery };

/// Every use, in the order the API lists them.
inline constexpr AddressUse kAllUses[] = {AddressUse::kVisiting, AddressUse::kPostal, AddressUse::kBilling,
                                          AddressUse::kDelivery};

/// A customer can have at most this many addresses, so their list never needs paging.
inline constexpr int kMaxAddressesPerCustomer = 100;

/// The editable fields of an address, validated and normalized.
struct AddressValues {
  std::vector<std::string> street;  // 1–3 lines
  std::optional<std::string> postal_code;
  std::optional<std::string> city;
  std::optional<std::string> region;
  std::optional<std::string> country;  // ISO 3166-1 alpha-2
  std::optional<std::string> phone;
  std::vector<AddressUse> uses;  // each at most once, in kAllUses order

  bool Has(AddressUse use) const;
};

struct Address {
  AddressId id;
  CustomerId customer;
  AddressValues values;
  bool is_headquarters = false;
  std::string created_at;
  UserRef created_by;
  std::string updated_at;
  UserRef updated_by;
  std::int64_t version = 1;
};

/// A new address as the client sent it (not yet validated). `uses` holds API names ("postal").
struct NewAddress {
  std::optional<std::vector<std::string>> street;
  std::optional<std::string> postal_code;
  std::optional<std::string> city;
  std::optional<std::string> region;
  std::optional<std::string> country;
  std::optional<std::string> phone;
  std::optional<std::vector<std::string>> uses;
  /// True makes the new address the headquarters; the first address of a customer always is.
  std::optional<bool> is_headquarters;
};

/// A partial update as the client sent it; `version` is the one the client read.
struct AddressPatch {
  std::optional<std::int64_t> version;
  Field<std::vector<std::string>> street;
  Field<std::string> postal_code;
  Field<std::string> city;
  Field<std::string> region;
  Field<std::string> country;
  Field<std::string> phone;
  Field<std::vector<std::string>> uses;
};

}  // namespace clientele::addresses
