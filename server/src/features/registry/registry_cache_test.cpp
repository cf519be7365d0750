#include "features/registry/registry_cache.hpp"

#include <gtest/gtest.h>

#include <thread>
#include <vector>

namespace clientele::registry {
namespace {

using namespace std::chrono_literals;

RegistryCompany Company(const std::string& id) {
  RegistryCompany c;
  c.business_id = id;
  c.name = "Company " + id;
  return c;
}

class RegistryCacheTest : public ::testing::Test {
 protected:
  RegistryCache Cache(std::chrono::seconds ttl, std::size_t capacity) {
    return RegistryCache(ttl, capacity, [this] { return now_; });
  }
  std::chrono::steady_clock::time_point now_{};
};

TEST_F(RegistryCacheTest, KeepsACompanyUntilItsTimeIsUp) {
  auto cache = Cache(300s, 10);
  cache.Put(Registry::kPrh, "0112038-9", Language::kFinnish, Company("0112038-9"));
  now_ += 299s;
  auto hit = cache.Get(Registry::kPrh, "0112038-9", Language::kFinnish);
  ASSERT_TRUE(hit && hit->ok());
  EXPECT_EQ((*hit)->name, "Company 0112038-9");
  now_ += 1s;
  EXPECT_FALSE(cache.Get(Registry::kPrh, "0112038-9", Language::kFinnish));
  EXPECT_EQ(cache.size(), 0u);
}

TEST_F(RegistryCacheTest, KeysByRegistryBusinessIdAndLanguage) {
  auto cache = Cache(300s, 10);
  cache.Put(Registry::kPrh, "0112038-9", Language::kFinnish, Company("0112038-9"));
  EXPECT_FALSE(cache.Get(Registry::kPrh, "0112038-9", Language::kSwedish));
  EXPECT_FALSE(cache.Get(Registry::kBrreg, "0112038-9", Language::kFinnish));
  EXPECT_FALSE(cache.Get(Registry::kPrh, "2646674-9", Language::kFinnish));
}

TEST_F(RegistryCacheTest, KeepsNotFoundButNeverFailures) {
  auto cache = Cache(300s, 10);
  cache.Put(Registry::kPrh, "0000001-9", Language::kFinnish, Error::NotFound("not found in the registry"));
  cache.Put(Registry::kPrh, "0112038-9", Language::kFinnish, Error{ErrorCode::kServiceUnavailable, "busy"});
  cache.Put(Registry::kPrh, "2646674-9", Language::kFinnish, Error{ErrorCode::kBadGateway, "broken"});
  auto miss = cache.Get(Registry::kPrh, "0000001-9", Language::kFinnish);
  ASSERT_TRUE(miss);
  EXPECT_EQ(miss->error().code, ErrorCode::kNotFound);
  EXPECT_FALSE(cache.Get(Registry::kPrh, "0112038-9", Language::kFinnish));
  EXPECT_FALSE(cache.Get(Registry::kPrh, "2646674-9", Language::kFinnish));
}

TEST_F(RegistryCacheTest, DropsTheOldestWhenFull) {
  auto cache = Cache(300s, 2);
  cache.Put(Registry::kBrreg, "1", Language::kFinnish, Company("1"));
  cache.Put(Registry::kBrreg, "2", Language::kFinnish, Company("2"));
  cache.Put(Registry::kBrreg, "1", Language::kFinnish, Company("1"));  // refreshed: now the newest
  cache.Put(Registry::kBrreg, "3", Language::kFinnish, Company("3"));
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_TRUE(cache.Get(Registry::kBrreg, "1", Language::kFinnish));
  EXPECT_FALSE(cache.Get(Registry::kBrreg, "2", Language::kFinnish));
  EXPECT_TRUE(cache.Get(Registry::kBrreg, "3", Language::kFinnish));
}

TEST(RegistryCache, IsSafeToUseFromManyThreads) {
  RegistryCache cache(300s, 50);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&cache, t] {
      for (int i = 0; i < 2000; ++i) {
        const std::string id = std::to_string((i * 7 + t) % 120);
        if (i % 3 == 0) {
          cache.Put(Registry::kBrreg, id, Language::kFinnish, Company(id));
        } else if (auto hit = cache.Get(Registry::kBrreg, id, Language::kFinnish)) {
          EXPECT_EQ((*hit)->business_id, id);
        }
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_LE(cache.size(), 50u);
}

}  // namespace
}  // namespace clientele::registry
