#include "features/invoicing/invoice_status_rules.hpp"

#include <gtest/gtest.h>

namespace clientele::invoicing {
namespace {

InvoiceStatus Make(std::int64_t id, const std::string& name, InvoiceStatusFlags flags) {
  InvoiceStatus s;
  s.id = InvoiceStatusId(id);
  s.name = name;
  s.position = id;
  s.flags = flags;
  return s;
}

// The default flow every organization starts with.
const InvoiceStatus kDraft = Make(1, "Draft", {});
const InvoiceStatus kApproved = Make(2, "Approved", {.read_only = true, .assigns_number = true});
const InvoiceStatus kSent =
    Make(3, "Sent", {.read_only = true, .assigns_number = true, .sent = true, .waiting_payment = true});
const InvoiceStatus kPaid = Make(4, "Paid", {.read_only = true, .assigns_number = true, .paid = true});
const InvoiceStatus kCredited =
    Make(5, "Credited", {.read_only = true, .assigns_number = true, .credited = true});

std::optional<std::string> Move(const InvoiceStatus& from, const InvoiceStatus& to,
                                FinancialsEdit edit = FinancialsEdit::kYes) {
  return CheckTransition(from, to, TransitionKind::kMove, edit);
}

bool HasField(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors)
    if (e.field == field) return true;
  return false;
}

TEST(InvoiceStatusRules, AllowsEveryForwardStepOfTheDefaultFlow) {
  EXPECT_EQ(Move(kDraft, kApproved), std::nullopt);
  EXPECT_EQ(Move(kApproved, kSent), std::nullopt);
  EXPECT_EQ(Move(kSent, kPaid), std::nullopt);
  EXPECT_EQ(Move(kDraft, kSent), std::nullopt) << "forward may skip statuses";
}

TEST(InvoiceStatusRules, RefusesTheSameStatusAndADisabledTarget) {
  EXPECT_NE(Move(kDraft, kDraft), std::nullopt);
  InvoiceStatus review = Make(6, "Review", {});
  review.position = 1;
  review.is_active = false;
  auto reason = Move(kDraft, review);
  ASSERT_TRUE(reason);
  EXPECT_NE(reason->find("disabled"), std::string::npos) << *reason;
}

TEST(InvoiceStatusRules, MovesBackOnlyFromAStatusThatIsNotReadOnly) {
  InvoiceStatus proforma = Make(0, "Proforma", {});
  InvoiceStatus draft = kDraft;
  EXPECT_EQ(Move(draft, proforma), std::nullopt) << "an editable status may go back";
  InvoiceStatus review = Make(7, "Review", {.read_only = true});
  review.position = 2;
  InvoiceStatus later = Make(8, "Checked", {.read_only = true});
  later.position = 3;
  auto reason = Move(later, review);
  ASSERT_TRUE(reason);
  EXPECT_NE(reason->find("read-only"), std::string::npos) << *reason;
  EXPECT_NE(Move(kPaid, kSent), std::nullopt);
}

TEST(InvoiceStatusRules, LeavingAReadOnlyStatusNeedsFinancialsEdit) {
  EXPECT_NE(Move(kApproved, kSent, FinancialsEdit::kNo), std::nullopt);
  EXPECT_EQ(Move(kApproved, kSent, FinancialsEdit::kYes), std::nullopt);
  EXPECT_EQ(Move(kDraft, kApproved, FinancialsEdit::kNo), std::nullopt)
      << "leaving an editable status needs no more than the caller already has";
}

TEST(InvoiceStatusRules, NeverTakesANumberAway) {
  InvoiceStatus archived = Make(9, "Archived", {.read_only = true});
  archived.position = 10;
  auto reason = Move(kApproved, archived);
  ASSERT_TRUE(reason);
  EXPECT_NE(reason->find("number"), std::string::npos) << *reason;
  EXPECT_NE(Move(kApproved, kDraft), std::nullopt);
}

TEST(InvoiceStatusRules, ReachesPaidOnlyFromSentOrWaitingPayment) {
  EXPECT_NE(Move(kApproved, kPaid), std::nullopt);
  EXPECT_NE(Move(kDraft, kPaid), std::nullopt);
  EXPECT_EQ(Move(kSent, kPaid), std::nullopt);
  InvoiceStatus reminded =
      Make(10, "Reminded", {.read_only = true, .assigns_number = true, .waiting_payment = true});
  reminded.position = 3;
  EXPECT_EQ(Move(reminded, kPaid), std::nullopt);
}

TEST(InvoiceStatusRules, ReachesCreditedOnlyByCreditingANumberedInvoice) {
  auto plain = Move(kSent, kCredited);
  ASSERT_TRUE(plain);
  EXPECT_NE(plain->find("crediting"), std::string::npos) << *plain;
  EXPECT_EQ(CheckTransition(kSent, kCredited, TransitionKind::kCredit, FinancialsEdit::kYes), std::nullopt);
  EXPECT_EQ(CheckTransition(kPaid, kCredited, TransitionKind::kCredit, FinancialsEdit::kYes), std::nullopt);
  EXPECT_NE(CheckTransition(kDraft, kCredited, TransitionKind::kCredit, FinancialsEdit::kYes), std::nullopt)
      << "a draft has no number to credit";
  EXPECT_NE(CheckTransition(kSent, kPaid, TransitionKind::kCredit, FinancialsEdit::kYes), std::nullopt)
      << "crediting ends in a credited status";
}

TEST(InvoiceStatusRules, ACreditedInvoiceIsFinal) {
  InvoiceStatus after = Make(11, "Archived", {.read_only = true, .assigns_number = true});
  after.position = 20;
  EXPECT_NE(Move(kCredited, after), std::nullopt);
  EXPECT_NE(Move(kCredited, kPaid), std::nullopt);
}

TEST(InvoiceStatusRules, OrdersByPositionThenId) {
  InvoiceStatus a = Make(5, "A", {});
  InvoiceStatus b = Make(3, "B", {});
  a.position = b.position = 2;
  EXPECT_TRUE(ComesBefore(b, a));
  EXPECT_FALSE(ComesBefore(a, b));
  EXPECT_TRUE(ComesBefore(kDraft, kApproved));
}

TEST(InvoiceStatusRules, AcceptsTheDefaultFlowsFlags) {
  for (const auto* s : {&kDraft, &kApproved, &kSent, &kPaid, &kCredited})
    EXPECT_TRUE(CheckFlags(s->flags).empty()) << s->name;
}

TEST(InvoiceStatusRules, NumberingNeedsReadOnly) {
  EXPECT_TRUE(HasField(CheckFlags({.assigns_number = true}), "readOnly"));
}

TEST(InvoiceStatusRules, SentPaidCreditedAndWaitingNeedANumber) {
  EXPECT_TRUE(HasField(CheckFlags({.read_only = true, .sent = true}), "sent"));
  EXPECT_TRUE(HasField(CheckFlags({.read_only = true, .waiting_payment = true}), "waitingPayment"));
  EXPECT_TRUE(HasField(CheckFlags({.read_only = true, .paid = true}), "paid"));
  EXPECT_TRUE(HasField(CheckFlags({.read_only = true, .credited = true}), "credited"));
}

TEST(InvoiceStatusRules, PaidCreditedAndWaitingExcludeEachOther) {
  const InvoiceStatusFlags numbered{.read_only = true, .assigns_number = true};
  auto with = [&](InvoiceStatusFlags f) {
    f.read_only = numbered.read_only;
    f.assigns_number = numbered.assigns_number;
    return CheckFlags(f);
  };
  EXPECT_TRUE(HasField(with({.waiting_payment = true, .paid = true}), "waitingPayment"));
  EXPECT_TRUE(HasField(with({.waiting_payment = true, .credited = true}), "waitingPayment"));
  EXPECT_TRUE(HasField(with({.paid = true, .credited = true}), "credited"));
}

TEST(InvoiceStatusRules, TheDefaultIsActiveAndEditable) {
  InvoiceStatus s = kDraft;
  s.is_default = true;
  EXPECT_TRUE(CheckDefault(s).empty());
  s.is_active = false;
  EXPECT_TRUE(HasField(CheckDefault(s), "isActive"));
  InvoiceStatus locked = kApproved;
  locked.is_default = true;
  EXPECT_TRUE(HasField(CheckDefault(locked), "isDefault"));
  locked.is_default = false;
  EXPECT_TRUE(CheckDefault(locked).empty()) << "only the default has to be editable";
}

}  // namespace
}  // namespace clientele::invoicing
