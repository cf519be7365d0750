#include "features/files/file_name.hpp"

#include <gtest/gtest.h>

namespace clientele::files {
namespace {

TEST(FileName, KeepsOnlyTheLastPathSegment) {
  EXPECT_EQ(SanitizeFileName("../../etc/passwd"), "passwd");
  EXPECT_EQ(SanitizeFileName("C:\\Users\\x\\report.pdf"), "report.pdf");
  EXPECT_EQ(SanitizeFileName("..\\..\\boot.ini"), "boot.ini");
  EXPECT_EQ(SanitizeFileName(".."), std::nullopt);
  EXPECT_EQ(SanitizeFileName("a/"), std::nullopt);
  EXPECT_EQ(SanitizeFileName("   "), std::nullopt);
}

TEST(FileName, DropsControlAndReplacesReservedCharacters) {
  EXPECT_EQ(SanitizeFileName("a\r\nb\t.txt"), "ab.txt");
  EXPECT_EQ(SanitizeFileName("what?<now>|\"x\"*.txt"), "what__now___x__.txt");
  EXPECT_EQ(SanitizeFileName(" Tarjous ÅÄÖ 🚀.pdf. "), "Tarjous ÅÄÖ 🚀.pdf");
  EXPECT_EQ(SanitizeFileName(".profile"), ".profile");
  EXPECT_EQ(SanitizeFileName("bad\xff.txt"), std::nullopt);
}

TEST(FileName, NormalizesContentTypes) {
  EXPECT_EQ(NormalizeContentType(std::nullopt), "application/octet-stream");
  EXPECT_EQ(NormalizeContentType("Image/PNG"), "image/png");
  EXPECT_EQ(NormalizeContentType("text/plain; charset=UTF-8"), "text/plain; charset=utf-8");
  EXPECT_EQ(NormalizeContentType("application/pdf; name=x"), "application/pdf");
  EXPECT_EQ(NormalizeContentType("text/html\r\nX-Evil: 1"), "application/octet-stream");
  EXPECT_EQ(NormalizeContentType("nonsense"), "application/octet-stream");
  EXPECT_TRUE(PreviewsInline("application/pdf"));
  EXPECT_TRUE(PreviewsInline("image/jpeg"));
  EXPECT_FALSE(PreviewsInline("image/svg+xml"));
  EXPECT_FALSE(PreviewsInline("text/html"));
}

TEST(FileName, ContentDispositionCarriesAnyNameSafely) {
  EXPECT_EQ(ContentDisposition(Disposition::kAttachment, "report.pdf"),
            "attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf");
  EXPECT_EQ(ContentDisposition(Disposition::kInline, "Åke \"x\".png"),
            "inline; filename=\"_ke _x_.png\"; filename*=UTF-8''%C3%85ke%20%22x%22.png");
  EXPECT_EQ(ContentDisposition(Disposition::kAttachment, "a;b%.txt"),
            "attachment; filename=\"a;b%.txt\"; filename*=UTF-8''a%3Bb%25.txt");
}

}  // namespace
}  // namespace clientele::files
