#include "features/contacts/vcard.hpp"

#include <gtest/gtest.h>

namespace clientele::contacts {
namespace {

TEST(Vcard, EscapesCommaSemicolonBackslashAndLineBreaks) {
  EXPECT_EQ(EscapeVcardText("Oy Nokia, Ab"), "Oy Nokia\\, Ab");
  EXPECT_EQ(EscapeVcardText("a;b"), "a\\;b");
  EXPECT_EQ(EscapeVcardText("C:\\temp"), "C:\\\\temp");
  EXPECT_EQ(EscapeVcardText("one\ntwo\r\nthree\rfour"), "one\\ntwo\\nthree\\nfour");
  EXPECT_EQ(EscapeVcardText("plain: text"), "plain: text");
}

TEST(Vcard, FoldsLongLinesAt75OctetsWithoutSplittingCharacters) {
  EXPECT_EQ(FoldVcardLine("FN:Anna"), "FN:Anna\r\n");
  const std::string line = "NOTE:" + std::string(200, 'x');
  const std::string folded = FoldVcardLine(line);
  std::string unfolded;
  size_t start = 0;
  for (;;) {
    size_t end = folded.find("\r\n", start);
    const std::string part = folded.substr(start, end - start);
    EXPECT_LE(part.size(), 75u);
    unfolded += start == 0 ? part : part.substr(1);
    if (start != 0) {
      EXPECT_EQ(part[0], ' ');
    }
    start = end + 2;
    if (start >= folded.size()) break;
  }
  EXPECT_EQ(unfolded, line);
  std::string umlauts = "NOTE:x";
  for (int i = 0; i < 60; ++i) umlauts += "ä";  // two octets each
  const std::string f = FoldVcardLine(umlauts);
  const size_t first_break = f.find("\r\n");
  EXPECT_EQ(first_break, 75u - 1) << "the 75th octet would split an ä";
  EXPECT_NE(static_cast<unsigned char>(f[first_break + 3]) & 0xC0, 0x80u)
      << "continuation starts on a character";
}

TEST(Vcard, RendersEveryField) {
  VcardCard card;
  card.uid = "urn:uuid:00000000-0000-8000-8000-000000000001";
  card.formatted_name = "Anna Virtanen";
  card.first_name = "Anna";
  card.last_name = "Virtanen";
  card.organization = "Oy Nokia, Ab";
  card.title = "CFO";
  card.role = "Decision maker";
  card.email = "anna@nokia.com";
  card.mobile_phone = "+358 40 1";
  card.work_phone = "+358 9 2";
  card.address = VcardAddress{{"Karaportti 3", "PL 226"}, "Espoo", "Uusimaa", "02610", "FI"};
  card.language = "fi";
  card.categories = {"Christmas card", "VIP; gold"};
  card.note = "Line one\nLine two";
  card.revision = "2026-11-27T20:41:00Z";
  EXPECT_EQ(RenderVcard(card),
            "BEGIN:VCARD\r\n"
            "VERSION:4.0\r\n"
            "PRODID:-//Clientele//Clientele//EN\r\n"
            "KIND:individual\r\n"
            "UID:urn:uuid:00000000-0000-8000-8000-000000000001\r\n"
            "FN:Anna Virtanen\r\n"
            "N:Virtanen;Anna;;;\r\n"
            "ORG:Oy Nokia\\, Ab\r\n"
            "TITLE:CFO\r\n"
            "ROLE:Decision maker\r\n"
            "EMAIL;TYPE=work:anna@nokia.com\r\n"
            "TEL;TYPE=cell:+358 40 1\r\n"
            "TEL;TYPE=work:+358 9 2\r\n"
            "ADR;TYPE=work:;;Karaportti 3,PL 226;Espoo;Uusimaa;02610;FI\r\n"
            "LANG:fi\r\n"
            "CATEGORIES:Christmas card,VIP\\; gold\r\n"
            "NOTE:Line one\\nLine two\r\n"
            "REV:20261127T204100Z\r\n"
            "END:VCARD\r\n");
}

TEST(Vcard, LeavesOutWhatTheContactDoesNotHave) {
  VcardCard card{};
  card.uid = "urn:uuid:x";
  card.first_name = "Bo";
  card.formatted_name = *card.first_name;
  card.revision = "2026-01-02T03:04:05Z";
  const std::string text = RenderVcard(card);
  EXPECT_NE(text.find("N:;Bo;;;\r\n"), std::string::npos);
  for (const char* absent : {"ORG", "TITLE", "EMAIL", "TEL", "ADR", "CATEGORIES", "NOTE", "LANG", "ROLE"}) {
    EXPECT_EQ(text.find(std::string("\n") + absent), std::string::npos) << absent;
  }
}

TEST(Vcard, UuidsAreStableAndWellFormed) {
  const std::string a = NameBasedUuid("clientele:contact:1:2");
  EXPECT_EQ(a, NameBasedUuid("clientele:contact:1:2"));
  EXPECT_NE(a, NameBasedUuid("clientele:contact:1:3"));
  ASSERT_EQ(a.size(), 36u);
  EXPECT_EQ(a[8], '-');
  EXPECT_EQ(a[14], '8') << "version 8";
  EXPECT_TRUE(a[19] == '8' || a[19] == '9' || a[19] == 'a' || a[19] == 'b') << "RFC variant";
}

TEST(Vcard, FilenamesAreSafe) {
  EXPECT_EQ(SafeFilename("Anna Virtanen", "contact", ".vcf"), "Anna-Virtanen.vcf");
  EXPECT_EQ(SafeFilename("Åsa Öberg-Lindström", "contact", ".vcf"), "Asa-Oberg-Lindstrom.vcf");
  EXPECT_EQ(SafeFilename("../../etc/passwd\"\r\n", "contact", ".vcf"), "etc-passwd.vcf");
  EXPECT_EQ(SafeFilename("李小龙", "contact-7", ".vcf"), "contact-7.vcf");
  EXPECT_EQ(SafeFilename(std::string(100, 'a'), "c", ".vcf"), std::string(60, 'a') + ".vcf");
}

}  // namespace
}  // namespace clientele::contacts
