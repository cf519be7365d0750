#include "features/invoicing/invoice_grouping.hpp"

#include <gtest/gtest.h>

namespace clientele::invoicing {
namespace {

HourSource Hour(std::int64_t id, std::string date, std::int64_t minutes, std::string type = "Consulting",
                std::string user = "Anna", std::int64_t price = 12'000, std::int64_t project = 1) {
  HourSource h;
  h.id = id;
  h.project_id = project;
  h.project_name = project == 1 ? "Website" : "Audit";
  h.work_type_id = type == "Consulting" ? 1 : 2;
  h.work_type_name = std::move(type);
  h.user_id = user == "Anna" ? 1 : 2;
  h.user_name = std::move(user);
  h.date = std::move(date);
  h.minutes = minutes;
  h.description = "Work";
  h.unit_price = price;
  return h;
}

TEST(HoursQuantityTest, IsExactForWholeThirdsOfAMinuteAndRoundsHalfAwayOtherwise) {
  EXPECT_EQ(HoursQuantity(90), 15'000);
  EXPECT_EQ(HoursQuantity(20), 3'333) << "0.33333… h";
  EXPECT_EQ(HoursQuantity(40), 6'667) << "0.66666… h rounds up";
  EXPECT_EQ(HoursQuantity(1), 167) << "0.016666… h";
  EXPECT_EQ(HoursQuantity(-90), -15'000);
}

TEST(GroupRowsTest, SumsHoursPerWorkTypeAndKeepsPricesApart) {
  const std::vector<HourSource> hours = {Hour(1, "2026-11-02", 90), Hour(2, "2026-11-03", 30),
                                         Hour(3, "2026-11-03", 60, "Design", "Anna", 9'000),
                                         Hour(4, "2026-11-04", 60, "Consulting", "Ben", 15'000)};
  const auto rows = GroupRows(hours, {}, Grouping::kWorkType);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].description, "Consulting");
  EXPECT_EQ(rows[0].quantity, 20'000) << "90 + 30 minutes at 120.00";
  EXPECT_EQ(rows[0].unit_price, 12'000);
  EXPECT_EQ(rows[0].hour_ids, (std::vector<std::int64_t>{1, 2}));
  EXPECT_EQ(rows[1].description, "Consulting") << "another price is another row";
  EXPECT_EQ(rows[1].unit_price, 15'000);
  EXPECT_EQ(rows[2].description, "Design");
  EXPECT_EQ(rows[2].unit, "h");
  EXPECT_FALSE(rows[2].vat_rate_id) << "hours take the standard rate";
}

TEST(GroupRowsTest, GroupsPerUserPerMonthOrPerEntry) {
  const std::vector<HourSource> hours = {Hour(1, "2026-10-30", 60),
                                         Hour(2, "2026-11-03", 60, "Design", "Ben"),
                                         Hour(3, "2026-11-04", 120, "Consulting", "Ben")};
  auto by_user = GroupRows(hours, {}, Grouping::kUser);
  ASSERT_EQ(by_user.size(), 2u);
  EXPECT_EQ(by_user[0].description, "Anna");
  EXPECT_EQ(by_user[1].description, "Ben");
  EXPECT_EQ(by_user[1].quantity, 30'000);

  auto by_month = GroupRows(hours, {}, Grouping::kMonth);
  ASSERT_EQ(by_month.size(), 2u);
  EXPECT_EQ(by_month[0].description, "2026-10");
  EXPECT_EQ(by_month[1].description, "2026-11");
  EXPECT_EQ(by_month[1].hour_ids, (std::vector<std::int64_t>{2, 3}));

  auto by_entry = GroupRows(hours, {}, Grouping::kEntry);
  ASSERT_EQ(by_entry.size(), 3u);
  EXPECT_EQ(by_entry[0].description, "2026-10-30 Anna, Consulting: Work");
  EXPECT_EQ(by_entry[2].description, "2026-11-04 Ben, Consulting: Work");
  EXPECT_EQ(by_entry[2].quantity, 20'000);
}

TEST(GroupRowsTest, PutsFeesAfterTheHoursOfTheirProjectAndNamesProjectsWhenSeveral) {
  FeeSource fee;
  fee.id = 7;
  fee.project_id = 1;
  fee.project_name = "Website";
  fee.date = "2026-11-10";
  fee.description = "Licence";
  fee.quantity = 150;  // 1.50
  fee.unit = "pcs";
  fee.unit_price = 10'000;
  fee.vat_rate_id = 4;
  const std::vector<HourSource> hours = {Hour(1, "2026-11-02", 60),
                                         Hour(2, "2026-11-02", 60, "Consulting", "Anna", 12'000, 2)};
  const auto rows = GroupRows(hours, {fee}, Grouping::kWorkType);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].description, "Website · Consulting");
  EXPECT_EQ(rows[1].description, "Website · Licence");
  EXPECT_EQ(rows[1].quantity, 15'000) << "hundredths become ten-thousandths";
  EXPECT_EQ(rows[1].vat_rate_id, 4);
  EXPECT_EQ(rows[1].fee_ids, (std::vector<std::int64_t>{7}));
  EXPECT_EQ(rows[2].description, "Audit · Consulting");
  EXPECT_EQ(rows[2].project_id, 2);
}

TEST(GroupingNameTest, RoundTrips) {
  for (auto g : {Grouping::kEntry, Grouping::kWorkType, Grouping::kUser, Grouping::kMonth})
    EXPECT_EQ(ParseGrouping(GroupingName(g)), g);
  EXPECT_FALSE(ParseGrouping("week"));
}

}  // namespace
}  // namespace clientele::invoicing
