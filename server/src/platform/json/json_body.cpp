#include "platform/json/json_body.hpp"

namespace clientele::json {

namespace {

/// Scans the raw text for nesting depth, skipping string contents.
bool WithinDepth(std::string_view text) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
      continue;
    }
    if (c == '"')
      in_string = true;
    else if (c == '{' || c == '[') {
      if (++depth > kMaxJsonDepth) return false;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return true;
}

}  // namespace

Result<Json> ParseObject(std::string_view body) {
  if (!WithinDepth(body)) {
    return Error::BadRequest("JSON nesting is deeper than " + std::to_string(kMaxJsonDepth) + " levels");
  }
  Json parsed = Json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (parsed.is_discarded()) return Error::BadRequest("The request body is not valid JSON");
  if (!parsed.is_object()) return Error::BadRequest("The request body must be a JSON object");
  return parsed;
}

const Json* ObjectReader::Find(const std::string& name) {
  known_.insert(name);
  auto it = object_.find(name);
  return it == object_.end() ? nullptr : &*it;
}

void ObjectReader::TypeError(const std::string& name, std::string_view expected) {
  type_errors_.push_back({name, "must be " + std::string(expected)});
}

Field<std::string> ObjectReader::String(const std::string& name) {
  const Json* v = Find(name);
  if (!v) return {};
  if (v->is_null()) return {true, std::nullopt};
  if (!v->is_string()) {
    TypeError(name, "a string");
    return {};
  }
  return {true, v->get<std::string>()};
}

Field<std::int64_t> ObjectReader::Int(const std::string& name) {
  const Json* v = Find(name);
  if (!v) return {};
  if (v->is_null()) return {true, std::nullopt};
  if (v->is_number_integer()) return {true, v->get<std::int64_t>()};
  if (v->is_number_unsigned() && v->get<std::uint64_t>() <= INT64_MAX) {
    return {true, static_cast<std::int64_t>(v->get<std::uint64_t>())};
  }
  TypeError(name, "an integer");
  return {};
}

Field<bool> ObjectReader::Bool(const std::string& name) {
  const Json* v = Find(name);
  if (!v) return {};
  if (v->is_null()) return {true, std::nullopt};
  if (!v->is_boolean()) {
    TypeError(name, "true or false");
    return {};
  }
  return {true, v->get<bool>()};
}

Field<std::vector<std::int64_t>> ObjectReader::IntList(const std::string& name) {
  const Json* v = Find(name);
  if (!v) return {};
  if (v->is_null()) return {true, std::nullopt};
  std::vector<std::int64_t> out;
  if (v->is_array()) {
    for (const auto& item : *v) {
      if (!item.is_number_integer()) {
        TypeError(name, "a list of integers");
        return {};
      }
      out.push_back(item.get<std::int64_t>());
    }
    return {true, std::move(out)};
  }
  TypeError(name, "a list of integers");
  return {};
}

Field<Json> ObjectReader::Object(const std::string& name) {
  const Json* v = Find(name);
  if (!v) return {};
  if (v->is_null()) return {true, std::nullopt};
  if (!v->is_object()) {
    TypeError(name, "an object");
    return {};
  }
  return {true, *v};
}

Field<Json> ObjectReader::Array(const std::string& name) {
  const Json* v = Find(name);
  if (!v) return {};
  if (v->is_null()) return {true, std::nullopt};
  if (!v->is_array()) {
    TypeError(name, "a list");
    return {};
  }
  return {true, *v};
}

Field<std::vector<std::string>> ObjectReader::StringList(const std::string& name) {
  const Json* v = Find(name);
  if (!v) return {};
  if (v->is_null()) return {true, std::nullopt};
  std::vector<std::string> out;
  if (v->is_array()) {
    for (const auto& item : *v) {
      if (!item.is_string()) {
        TypeError(name, "a list of strings");
        return {};
      }
      out.push_back(item.get<std::string>());
    }
    return {true, std::move(out)};
  }
  TypeError(name, "a list of strings");
  return {};
}

Status ObjectReader::Finish() {
  if (!type_errors_.empty()) {
    Error e = Error::BadRequest(type_errors_.front().field + " " + type_errors_.front().message);
    e.fields = std::move(type_errors_);
    return e;
  }
  std::vector<FieldError> unknown;
  for (const auto& [key, value] : object_.items()) {
    if (!known_.count(key)) unknown.push_back({key, "is not a field of this request"});
  }
  if (!unknown.empty()) return Error::Validation(std::move(unknown));
  return Ok();
}

}  // namespace clientele::json
