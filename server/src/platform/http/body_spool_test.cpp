#include "platform/http/body_spool.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace clientele::http {
namespace {

namespace fs = std::filesystem;

class BodySpoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("spool-test-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  int Files() const {
    int n = 0;
    for (const auto& e : fs::directory_iterator(dir_)) n += e.is_regular_file();
    return n;
  }
  fs::path dir_;
};

TEST_F(BodySpoolTest, WritesThePiecesInOrderAndHashesThem) {
  SpooledBody body;
  {
    BodySpool spool(dir_);
    spool.Write("a", 1);
    spool.Write("bc", 2);
    body = spool.Finish();
  }
  EXPECT_EQ(body.size, 3u);
  EXPECT_EQ(body.sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");  // SHA-256("abc")
  std::ifstream in(body.path, std::ios::binary);
  std::stringstream content;
  content << in.rdbuf();
  EXPECT_EQ(content.str(), "abc");
  EXPECT_EQ(body.path.parent_path(), dir_);
}

TEST_F(BodySpoolTest, AnUnfinishedSpoolRemovesItsFile) {
  {
    BodySpool spool(dir_);
    spool.Write("partial", 7);
    EXPECT_EQ(Files(), 1);
  }
  EXPECT_EQ(Files(), 0);
}

TEST_F(BodySpoolTest, LeftoversOfAnEarlierProcessAreRemovedAndNothingElse) {
  BodySpool spool(dir_);
  const auto kept = spool.Finish();
  std::ofstream(dir_ / "unrelated.txt") << "x";
  BodySpool::RemoveLeftovers(dir_);
  EXPECT_FALSE(fs::exists(kept.path));
  EXPECT_TRUE(fs::exists(dir_ / "unrelated.txt"));
}

}  // namespace
}  // namespace clientele::http
