#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "features/invoicing/invoice_math.hpp"

// Everything a printed invoice (PDF) or an e-invoice (Peppol BIS Billing 3.0 UBL) shows, already decided:
// texts as printed, amounts in minor units, quantities in ten-thousandths, percents in basis points. The
// renderers only lay it out; they compute nothing but formatting.
namespace clientele::invoicing {

/// A party of the invoice: the seller (the organization) or the buyer (the customer).
struct DocumentParty {
  std::string name;         // the legal name for the seller, the customer's name for the buyer
  std::string business_id;  // FI "0112038-9", NO "923609016"; may be empty for a buyer
  std::string vat_number;   // "FI01120389", "NO923609016MVA"; may be empty
  std::vector<std::string> street_lines;
  std::string postal_code;
  std::string city;
  std::string country;  // ISO 3166-1 alpha-2
  std::string phone;
  std::string email;
  std::string website;
};

struct DocumentLine {
  std::string description;
  std::int64_t quantity = 0;  // ten-thousandths; negative on a credit note
  std::string unit;           // as typed: "h", "pcs"
  std::int64_t unit_price = 0;
  std::int64_t net = 0;
  std::int64_t vat_basis_points = 0;
  VatCategory vat_category = VatCategory::kStandard;
};

struct InvoiceDocument {
  bool credit_note = false;
  std::string number;    // "1000"
  std::string date;      // YYYY-MM-DD
  std::string due_date;  // YYYY-MM-DD
  std::string currency;  // ISO 4217; every currency here has two decimals (EUR, NOK, SEK, DKK, USD, GBP)
  std::string language;  // fi, sv, nb, en
  /// The structured payment reference in electronic form ("10003", "RF18…", a KID) and as printed.
  std::string payment_reference;
  std::string payment_reference_printed;
  std::string our_reference;
  std::string your_reference;
  std::string order_number;
  std::string notes;
  /// On a credit note: the credited invoice's number and date.
  std::optional<std::string> credited_number;
  std::optional<std::string> credited_date;
  DocumentParty seller;
  DocumentParty buyer;
  std::string iban;  // electronic form
  std::string bic;
  std::string footer;
  std::int64_t payment_term_days = 14;
  std::string overdue_interest;  // percent as a decimal string, "7.5"
  std::vector<DocumentLine> lines;
  VatSummary totals;
  /// Finnish invoices: the bank "virtual barcode" (54 digits) printed as text.
  std::optional<std::string> virtual_barcode;
  /// PNG or JPEG bytes of the organization's logo, when it has one.
  std::optional<std::string> logo;
};

}  // namespace clientele::invoicing
