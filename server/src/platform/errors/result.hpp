#pragma once

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

#include "platform/errors/error.hpp"

namespace clientele {

/// A value or an expected Error; the tl::expected idea in the few lines this project needs.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : state_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return state_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & { return std::get<0>(state_); }
  const T& value() const& { return std::get<0>(state_); }
  T&& value() && { return std::get<0>(std::move(state_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }

  Error& error() & { return std::get<1>(state_); }
  const Error& error() const& { return std::get<1>(state_); }
  Error&& error() && { return std::get<1>(std::move(state_)); }

 private:
  std::variant<T, Error> state_;
};

/// Result of an operation that produces nothing but may fail.
struct Done {};
using Status = Result<Done>;
inline Status Ok() { return Done{}; }

}  // namespace clientele

/// Returns the error of `expr` from the enclosing function when it failed, else yields its value.
#define CLIENTELE_TRY(var, expr)                                  \
  auto var##_result = (expr);                                     \
  if (!var##_result.ok()) return std::move(var##_result).error(); \
  auto var = std::move(var##_result).value()

/// Returns the error of a Status expression from the enclosing function when it failed.
#define CLIENTELE_CHECK(expr)                                                 \
  do {                                                                        \
    auto clientele_status_ = (expr);                                          \
    if (!clientele_status_.ok()) return std::move(clientele_status_).error(); \
  } while (false)
