#pragma once

#include <string>
#include <string_view>

namespace clientele::auth {

/// How much work a password hash costs. Tests create many users, so they may ask for the cheapest
/// setting; a real installation always uses libsodium's INTERACTIVE limits (~50 ms per hash).
enum class HashCost { kInteractive, kTestOnlyMinimal };

/// Reads CLIENTELE_TEST_FAST_HASH once: set → kTestOnlyMinimal.
HashCost DefaultHashCost();

/// argon2id via libsodium's crypto_pwhash_str.
std::string HashPassword(std::string_view password, HashCost cost = DefaultHashCost());
bool VerifyPassword(std::string_view password, const std::string& stored_hash);

/// 256 random bits, URL-safe base64 without padding.
std::string RandomToken();

/// SHA-256 as lower-case hex: how session and API tokens are stored (a leaked table reveals no token).
std::string Sha256Hex(std::string_view data);

/// Compares two strings in time independent of where they differ.
bool ConstantTimeEquals(std::string_view a, std::string_view b);

}  // namespace clientele::auth
