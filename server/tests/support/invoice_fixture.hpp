#pragma once

#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/money_fixture.hpp"

namespace clientele::testing {

/// MoneyApiTest with the organization's invoicing details filled in (Finland: the 25.5 %, 14 %, 10 % and
/// 0 % VAT rates, Finnish reference numbers) and builders for invoices.
class InvoiceApiTest : public MoneyApiTest {
 protected:
  void SetUp() override {
    MoneyApiTest::SetUp();
    const auto version = admin().Get("/api/v1/settings/organization").json()["version"];
    auto r = admin().Patch("/api/v1/settings/organization",
                           {{"version", version},
                            {"legalName", "Acme Consulting Oy"},
                            {"businessId", "0112038-9"},
                            {"country", "FI"},
                            {"address",
                             {{"streetLines", nlohmann::json::array({"Mannerheimintie 12 B"})},
                              {"postalCode", "00100"},
                              {"city", "Helsinki"}}},
                            {"iban", "FI2112345600000785"}});
    ASSERT_EQ(r.status, 200) << r.body;
  }

  static std::string InvoicePath(const nlohmann::json& invoice) {
    return "/api/v1/invoices/" + std::to_string(IdOf(invoice));
  }

  /// POST /api/v1/invoices with `body` (customerId added); fails the test unless 201.
  nlohmann::json MakeInvoice(nlohmann::json body) {
    body["customerId"] = IdOf(customer_);
    auto r = admin().Post("/api/v1/invoices", body);
    EXPECT_EQ(r.status, 201) << r.body;
    return r.json();
  }
  /// A manual invoice of one row: `quantity` × `price` at the standard rate.
  nlohmann::json ManualInvoice(const std::string& quantity = "1", long long price = 10'000) {
    nlohmann::json row = {{"description", "Workshop"}, {"quantity", quantity}, {"unitPrice", Eur(price)}};
    return MakeInvoice({{"rows", nlohmann::json::array({row})}});
  }
  /// Invoices every uninvoiced billable hour and fee of the project up to `until`.
  nlohmann::json InvoiceProject(const std::string& until = "2026-12-31",
                                const std::string& grouping = "workType") {
    return MakeInvoice(
        {{"projectIds", nlohmann::json::array({IdOf(project_)})}, {"until", until}, {"grouping", grouping}});
  }

  long long InvoiceStatus(const std::string& name) {
    const auto list = admin().Get("/api/v1/settings/invoice-statuses").json();
    for (const auto& s : list["items"])
      if (s["name"] == name) return IdOf(s);
    ADD_FAILURE() << "no invoice status " << name;
    return 0;
  }
  long long VatRate(const std::string& percent) {
    const auto list = admin().Get("/api/v1/settings/vat-rates").json();
    for (const auto& r : list["items"])
      if (r["percent"] == percent) return IdOf(r);
    ADD_FAILURE() << "no VAT rate " << percent;
    return 0;
  }
  /// POST …/status with the invoice's current version.
  HttpResult Move(const nlohmann::json& invoice, const std::string& status, ApiClient* client = nullptr) {
    auto& c = client ? *client : admin();
    const auto current = c.Get(InvoicePath(invoice)).json();
    return c.Post(InvoicePath(invoice) + "/status",
                  {{"statusId", InvoiceStatus(status)}, {"version", current["version"]}});
  }
  nlohmann::json Uninvoiced(const std::string& until = "2026-12-31") {
    auto r = admin().Get(ProjectPath(project_) + "/uninvoiced?until=" + until);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.json();
  }
};

}  // namespace clientele::testing
