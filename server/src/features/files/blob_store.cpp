#include "features/files/blob_store.hpp"

#include <sodium.h>

#include <atomic>
#include <fstream>
#include <stdexcept>
#include <system_error>

#include <unistd.h>

namespace clientele::files {

namespace fs = std::filesystem;

namespace {

bool IsDigest(const std::string& sha256) {
  if (sha256.size() != 64) return false;
  for (char c : sha256)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

std::atomic<std::uint64_t> temp_counter{0};

}  // namespace

std::string BlobStore::Digest(std::string_view bytes) {
  unsigned char hash[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(hash, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char b : hash) {
    out += kHex[b >> 4];
    out += kHex[b & 15];
  }
  return out;
}

fs::path BlobStore::PathOf(OrgId org, const std::string& sha256) const {
  // A digest is all the caller controls here; anything else is a bug, not input.
  if (!IsDigest(sha256) || !org.valid()) throw std::invalid_argument("BlobStore: not a SHA-256 digest");
  return root_ / std::to_string(org.value) / sha256.substr(0, 2) / sha256;
}

bool BlobStore::Exists(OrgId org, const std::string& sha256) const {
  std::error_code ec;
  return fs::exists(PathOf(org, sha256), ec);
}

void BlobStore::Put(OrgId org, const std::string& sha256, std::string_view bytes) {
  const fs::path target = PathOf(org, sha256);
  if (Exists(org, sha256)) return;
  fs::create_directories(target.parent_path());
  fs::path temp = target;
  temp += ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(temp_counter.fetch_add(1));
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(temp, ec);
      throw std::runtime_error("cannot write " + temp.string());
    }
  }
  fs::rename(temp, target);
}

void BlobStore::Adopt(OrgId org, const std::string& sha256, const fs::path& spooled) {
  const fs::path target = PathOf(org, sha256);
  if (Exists(org, sha256)) {
    std::error_code ec;
    fs::remove(spooled, ec);
    return;
  }
  fs::create_directories(target.parent_path());
  fs::rename(spooled, target);  // atomic: a reader sees the whole blob or none
}

void BlobStore::Remove(OrgId org, const std::string& sha256) {
  std::error_code ec;
  fs::remove(PathOf(org, sha256), ec);
}

}  // namespace clientele::files
