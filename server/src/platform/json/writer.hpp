#pragma once

#include <charconv>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace clientele::json {

/// Writes JSON text straight into a string, for the few big answers where building an nlohmann DOM first
/// costs more than the query (a board of hundreds of cards: a map node, a key and a value allocated per
/// field). The output is what nlohmann::json::dump(-1) would give for the same object written with its keys
/// in sorted order, as nlohmann keeps them (tests compare the two); callers write the keys in that order.
/// Keys are trusted literals; string values are escaped, invalid UTF-8 replaced with U+FFFD as Dump() does.
class Writer {
 public:
  explicit Writer(std::size_t reserve = 4096) { out_.reserve(reserve); }

  Writer& StartObject() {
    Separate();
    out_ += '{';
    first_ = true;
    return *this;
  }
  Writer& EndObject() {
    out_ += '}';
    first_ = false;
    return *this;
  }
  Writer& StartArray() {
    Separate();
    out_ += '[';
    first_ = true;
    return *this;
  }
  Writer& EndArray() {
    out_ += ']';
    first_ = false;
    return *this;
  }
  Writer& Key(std::string_view key) {
    if (!first_) out_ += ',';
    out_ += '"';
    out_ += key;
    out_ += "\":";
    after_key_ = true;
    return *this;
  }
  Writer& String(std::string_view value) {
    Separate();
    Escape(value);
    return *this;
  }
  Writer& Int(std::int64_t value) {
    Separate();
    char buffer[24];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out_.append(buffer, end);
    return *this;
  }
  Writer& Bool(bool value) {
    Separate();
    out_ += value ? "true" : "false";
    return *this;
  }
  Writer& Null() {
    Separate();
    out_ += "null";
    return *this;
  }
  Writer& OptString(const std::optional<std::string>& value) { return value ? String(*value) : Null(); }
  Writer& OptInt(const std::optional<std::int64_t>& value) { return value ? Int(*value) : Null(); }

  std::string Take() { return std::move(out_); }

 private:
  /// The comma before a value in an array (a value after a key has had its comma from Key()).
  void Separate() {
    if (after_key_) {
      after_key_ = false;
    } else if (!first_) {
      out_ += ',';
    }
    first_ = false;
  }
  void Escape(std::string_view text);

  std::string out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace clientele::json
