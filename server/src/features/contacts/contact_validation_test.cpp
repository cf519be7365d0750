#include "features/contacts/contact_validation.hpp"

#include <gtest/gtest.h>

namespace clientele::contacts {
namespace {

ContactValues Valid() {
  ContactValues v;
  v.first_name = " Anna ";
  v.last_name = "Virtanen";
  v.title = "CFO";
  v.email = " anna.virtanen@example.fi ";
  v.mobile_phone = "+358 40 123 4567";
  v.work_phone = "(09) 123-456";
  v.language = "FI";
  v.notes = "Prefers e-mail.\nCall after 10.";
  v.keywords = {KeywordId(3), KeywordId(1), KeywordId(3)};
  return v;
}

bool HasError(const std::vector<FieldError>& errors, const std::string& field) {
  for (const auto& e : errors) {
    if (e.field == field) return true;
  }
  return false;
}

TEST(ContactValidation, NormalizesValidValues) {
  auto v = Valid();
  EXPECT_TRUE(NormalizeContactValues(v).empty());
  EXPECT_EQ(v.first_name, "Anna");
  EXPECT_EQ(v.email, "anna.virtanen@example.fi");
  EXPECT_EQ(v.language, "fi");
  EXPECT_EQ(v.keywords, (std::vector<KeywordId>{KeywordId(1), KeywordId(3)})) << "sorted, deduplicated";
  EXPECT_EQ(DisplayName(v), "Anna Virtanen");
}

TEST(ContactValidation, NeedsAFirstOrALastName) {
  auto only_first = Valid();
  only_first.last_name.reset();
  EXPECT_TRUE(NormalizeContactValues(only_first).empty());
  EXPECT_EQ(DisplayName(only_first), "Anna");
  auto only_last = Valid();
  only_last.first_name = "  ";
  EXPECT_TRUE(NormalizeContactValues(only_last).empty());
  EXPECT_EQ(DisplayName(only_last), "Virtanen");
  auto neither = Valid();
  neither.first_name = " ";
  neither.last_name.reset();
  auto errors = NormalizeContactValues(neither);
  EXPECT_TRUE(HasError(errors, "firstName"));
  EXPECT_TRUE(HasError(errors, "lastName"));
}

TEST(ContactValidation, RefusesBadEmailPhonesLanguageAndLongNames) {
  auto v = Valid();
  v.email = "anna@";
  v.mobile_phone = "mobile";
  v.work_phone = std::string(51, '1');
  v.language = "fin";
  v.first_name = std::string(101, 'a');
  v.title = "a\x01";
  auto errors = NormalizeContactValues(v);
  for (const char* field : {"email", "mobilePhone", "workPhone", "language", "firstName", "title"}) {
    EXPECT_TRUE(HasError(errors, field)) << field;
  }
}

TEST(ContactValidation, NotesAllowLinesUpTo2000Characters) {
  auto ok = Valid();
  ok.notes = std::string(2000, 'n');
  EXPECT_TRUE(NormalizeContactValues(ok).empty());
  auto multibyte = Valid();
  std::string text;
  for (int i = 0; i < 2000; ++i) text += "ä";
  multibyte.notes = text;
  EXPECT_TRUE(NormalizeContactValues(multibyte).empty()) << "characters, not bytes";
  auto long_notes = Valid();
  long_notes.notes = std::string(2001, 'n');
  EXPECT_TRUE(HasError(NormalizeContactValues(long_notes), "notes"));
  auto control = Valid();
  control.notes = std::string("bell\x07");
  EXPECT_TRUE(HasError(NormalizeContactValues(control), "notes"));
}

TEST(ContactValidation, RefusesNonPositiveIdsAndTooManyKeywords) {
  auto v = Valid();
  v.role = ContactRoleId(0);
  v.address = addresses::AddressId(-1);
  v.keywords = {KeywordId(-5)};
  auto errors = NormalizeContactValues(v);
  EXPECT_TRUE(HasError(errors, "roleId"));
  EXPECT_TRUE(HasError(errors, "addressId"));
  EXPECT_TRUE(HasError(errors, "keywordIds"));
  auto many = Valid();
  many.keywords.clear();
  for (int i = 1; i <= 51; ++i) many.keywords.push_back(KeywordId(i));
  EXPECT_TRUE(HasError(NormalizeContactValues(many), "keywordIds"));
}

TEST(ContactValidation, SortAndSearchKeysFoldCase) {
  auto v = Valid();
  v.first_name = "Åsa";
  v.last_name = "Öberg";
  NormalizeContactValues(v);
  EXPECT_EQ(SortName(v), "åsa öberg");
  EXPECT_EQ(SortLastName(v), "öberg åsa");
  EXPECT_EQ(SearchText(v), "åsa öberg anna.virtanen@example.fi");
}

TEST(ContactValidation, PatchReplacesKeywordsAndClearsFields) {
  auto v = Valid();
  NormalizeContactValues(v);
  ContactPatch p;
  p.title = {true, std::nullopt};
  p.keyword_ids = {true, std::vector<std::int64_t>{7}};
  p.role_id = {true, 4};
  ApplyPatch(p, v);
  EXPECT_FALSE(v.title.has_value());
  EXPECT_EQ(v.keywords, (std::vector<KeywordId>{KeywordId(7)}));
  EXPECT_EQ(v.role, ContactRoleId(4));
  auto before = Valid();
  NormalizeContactValues(before);
  auto changes = Diff(before, v);
  ASSERT_EQ(changes.size(), 3u);
  EXPECT_EQ(changes[0].field, "title");
  EXPECT_EQ(changes[1].field, "roleId");
  EXPECT_EQ(changes[2].field, "keywordIds");
  EXPECT_EQ(changes[2].old_value, "1, 3");
  EXPECT_EQ(changes[2].new_value, "7");
}

}  // namespace
}  // namespace clientele::contacts
