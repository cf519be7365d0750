#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "platform/errors/result.hpp"
#include "platform/util/field.hpp"

namespace clientele::json {

using Json = nlohmann::json;

/// Nesting deeper than this is refused before parsing, so a hostile body cannot exhaust the stack.
constexpr int kMaxJsonDepth = 32;

/// Parses a request body that must be a JSON object. Malformed JSON, another top-level type or too deep
/// nesting → bad_request.
Result<Json> ParseObject(std::string_view body);

using clientele::Field;

/// An optional value as JSON: the value, or null.
template <class T>
Json OrNull(const std::optional<T>& value) {
  return value ? Json(*value) : Json(nullptr);
}

/// Reads typed fields from a JSON object and collects every problem: a wrong type is a 400 (the client sent
/// something that is not what the API accepts at all), an unknown field is a 422 (a typo must never be lost).
class ObjectReader {
 public:
  explicit ObjectReader(const Json& object) : object_(object) {}

  Field<std::string> String(const std::string& name);
  Field<std::int64_t> Int(const std::string& name);
  Field<bool> Bool(const std::string& name);
  Field<std::vector<std::int64_t>> IntList(const std::string& name);
  Field<std::vector<std::string>> StringList(const std::string& name);
  /// A nested object, for the caller to read with its own ObjectReader.
  Field<Json> Object(const std::string& name);
  /// A list of anything, for the caller to read item by item (e.g. a list of objects).
  Field<Json> Array(const std::string& name);

  /// Also refuses every field that no one asked for.
  Status Finish();

 private:
  const Json* Find(const std::string& name);
  void TypeError(const std::string& name, std::string_view expected);

  const Json& object_;
  std::set<std::string> known_;
  std::vector<FieldError> type_errors_;
};

}  // namespace clientele::json
