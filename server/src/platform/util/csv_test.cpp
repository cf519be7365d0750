#include "platform/util/csv.hpp"

#include <gtest/gtest.h>

namespace clientele::util {
namespace {

TEST(Csv, PlainCellsStayAsTheyAre) {
  EXPECT_EQ(CsvCell("Anna Virtanen"), "Anna Virtanen");
  EXPECT_EQ(CsvCell(""), "");
  EXPECT_EQ(CsvCell("Åke Öhman"), "Åke Öhman");
}

TEST(Csv, QuotesCellsWithCommasQuotesAndLineBreaks) {
  EXPECT_EQ(CsvCell("Nokia, Oyj"), "\"Nokia, Oyj\"");
  EXPECT_EQ(CsvCell("The \"Boss\""), "\"The \"\"Boss\"\"\"");
  EXPECT_EQ(CsvCell("line\nbreak"), "\"line\nbreak\"");
  EXPECT_EQ(CsvCell("cr\rhere"), "\"cr\rhere\"");
}

TEST(Csv, GuardsAgainstFormulaInjection) {
  EXPECT_EQ(CsvCell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
  EXPECT_EQ(CsvCell("+358 40 1"), "'+358 40 1");
  EXPECT_EQ(CsvCell("-2+3"), "'-2+3");
  EXPECT_EQ(CsvCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvCell("\tx"), "'\tx");
  EXPECT_EQ(CsvCell("a=b"), "a=b") << "only a leading sign is dangerous";
}

TEST(Csv, RowsEndWithCrLf) {
  std::string out;
  AppendCsvRow(out, {"name", "email"});
  AppendCsvRow(out, {"A, B", "=1"});
  EXPECT_EQ(out, "name,email\r\n\"A, B\",'=1\r\n");
}

}  // namespace
}  // namespace clientele::util
