// The projects list's search (GET /api/v1/projects?q=): substring of the name, case- and accent-case-blind,
// a name prefix for terms too short for the trigram index, and the project number.
#include <gtest/gtest.h>

#include "support/project_fixture.hpp"

namespace clientele::testing {
namespace {

using nlohmann::json;

class ProjectSearchTest : public ProjectApiTest {
 protected:
  void SetUp() override {
    ProjectApiTest::SetUp();
    for (const char* name : {"ERP roll-out", "Data platform", "Ääneseudun datahanke",
                             "Fjordkraft ÅPEN portal", "Audit 2027", "100% \"quoted\" _under_"})
      AddProject(customer_, {{"name", name}});
  }
  /// The names the search finds, newest first (as the list sorts).
  std::vector<std::string> Found(const std::string& q) {
    auto r = admin().Get("/api/v1/projects?q=" + q);
    EXPECT_EQ(r.status, 200) << r.body;
    const auto items = r.json()["items"];
    std::vector<std::string> names;
    for (const auto& p : items) names.push_back(p["name"]);
    return names;
  }
  using Names = std::vector<std::string>;
};

TEST_F(ProjectSearchTest, FindsSubstringsWhateverTheirCase) {
  EXPECT_EQ(Found("roll"), Names{"ERP roll-out"});
  EXPECT_EQ(Found("ROLL-OUT"), Names{"ERP roll-out"});
  EXPECT_EQ(Found("data"), (Names{"Ääneseudun datahanke", "Data platform"}));
  EXPECT_EQ(Found("atfor"), Names{"Data platform"});
  EXPECT_EQ(Found("p%20roll"), Names{"ERP roll-out"}) << "across a space";
  EXPECT_TRUE(Found("zzz").empty());
}

TEST_F(ProjectSearchTest, FindsNonAsciiLettersInEitherCase) {
  EXPECT_EQ(Found("%C3%A4%C3%A4ne"), Names{"Ääneseudun datahanke"}) << "ääne";
  EXPECT_EQ(Found("%C3%84%C3%84NE"), Names{"Ääneseudun datahanke"}) << "ÄÄNE";
  EXPECT_EQ(Found("%C3%A5pen"), Names{"Fjordkraft ÅPEN portal"}) << "åpen";
}

TEST_F(ProjectSearchTest, TermsOfOneOrTwoCharactersMatchANamePrefix) {
  EXPECT_EQ(Found("da"), Names{"Data platform"}) << "not \"Ääneseudun datahanke\": only a name's start";
  EXPECT_EQ(Found("E"), Names{"ERP roll-out"});
  EXPECT_EQ(Found("%C3%A4"), Names{"Ääneseudun datahanke"}) << "ä, one character of two bytes";
  EXPECT_TRUE(Found("rp").empty());
}

TEST_F(ProjectSearchTest, FindsTheProjectNumberAndTakesSpecialCharactersLiterally) {
  EXPECT_EQ(Found("2"), Names{"Data platform"}) << "project number 2";
  EXPECT_EQ(Found("2027"), Names{"Audit 2027"}) << "in the name; no project has number 2027";
  EXPECT_EQ(Found("100%25"), Names{"100% \"quoted\" _under_"});
  EXPECT_EQ(Found("%22quoted%22"), Names{"100% \"quoted\" _under_"});
  EXPECT_EQ(Found("_under"), Names{"100% \"quoted\" _under_"});
  EXPECT_TRUE(Found("_x_").empty()) << "_ is not a wildcard";
}

TEST_F(ProjectSearchTest, ARenamedProjectIsFoundByItsNewNameOnly) {
  auto p = AddProject(customer_, {{"name", "Old name"}});
  auto renamed = admin().Patch(ProjectPath(p), {{"version", p["version"]}, {"name", "Brand new"}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  EXPECT_TRUE(Found("old").empty());
  EXPECT_EQ(Found("brand"), Names{"Brand new"});
  ASSERT_EQ(admin().Delete(ProjectPath(p)).status, 204);
  EXPECT_TRUE(Found("brand").empty());
}

TEST_F(ProjectSearchTest, SearchesOnlyTheCallersOrganizationAndRefusesBadTerms) {
  auto other = server_.SignedIn("admin@other.test");
  EXPECT_TRUE(other.Get("/api/v1/projects?q=roll").json()["items"].empty());
  EXPECT_TRUE(admin().Get("/api/v1/projects?q=" + std::string(201, 'a')).has_field_error("q"));
  EXPECT_TRUE(admin().Get("/api/v1/projects?q=a%01b").has_field_error("q"));
  EXPECT_EQ(Found("%20%20").size(), 6u) << "a blank term is no filter";
}

}  // namespace
}  // namespace clientele::testing
