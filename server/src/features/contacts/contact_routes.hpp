#pragma once

#include "features/contacts/contact_export_service.hpp"
#include "features/contacts/contact_service.hpp"
#include "features/contacts/picklist_service.hpp"
#include "platform/http/router.hpp"

namespace clientele::contacts {

/// /api/v1/customers/{id}/contacts and /api/v1/contacts/{id}.
void AddContactRoutes(http::Router& router, ContactService& service);
/// Mailing lists (/api/v1/contacts, JSON or CSV) and vCards.
void AddContactExportRoutes(http::Router& router, ContactExportService& service);
/// /api/v1/settings/keywords and /api/v1/settings/contact-roles.
void AddPicklistRoutes(http::Router& router, PicklistService& service);

}  // namespace clientele::contacts
