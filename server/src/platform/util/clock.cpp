#include "platform/util/clock.hpp"

#include <ctime>

namespace clientele::util {

std::string ToIso(std::chrono::system_clock::time_point t) {
  std::time_t secs = std::chrono::system_clock::to_time_t(t);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string NowIso() { return ToIso(std::chrono::system_clock::now()); }

std::string TodayIso() { return NowIso().substr(0, 10); }

}  // namespace clientele::util

namespace clientele::util {

std::optional<std::chrono::system_clock::time_point> ParseIso(const std::string& text) {
  std::tm tm{};
  const char* end = strptime(text.c_str(), "%Y-%m-%dT%H:%M:%SZ", &tm);
  if (!end || *end != '\0') return std::nullopt;
  return std::chrono::system_clock::from_time_t(timegm(&tm));
}

}  // namespace clientele::util
