#pragma once

#include <nlohmann/json.hpp>

#include "features/contacts/contact.hpp"
#include "features/contacts/picklist.hpp"
#include "platform/errors/result.hpp"

namespace clientele::contacts {

void to_json(nlohmann::json& j, const Contact& c);
/// A contact with its customer's name, for mailing lists.
void to_json(nlohmann::json& j, const MailingEntry& e);
void to_json(nlohmann::json& j, const PicklistItem& item);

/// POST /customers/{id}/contacts body. Wrong types → 400; unknown fields → 422.
Result<NewContact> ParseNewContact(const nlohmann::json& body);
/// PATCH /contacts/{id} body.
Result<ContactPatch> ParseContactPatch(const nlohmann::json& body);
/// PATCH /settings/keywords/{id} and /settings/contact-roles/{id} body.
Result<PicklistPatch> ParsePicklistPatch(const nlohmann::json& body);

}  // namespace clientele::contacts
