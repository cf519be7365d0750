#include "platform/http/body_spool.hpp"

#include <cerrno>
#include <system_error>

#include <fcntl.h>
#include <unistd.h>

namespace clientele::http {

namespace fs = std::filesystem;

namespace {

constexpr const char* kPrefix = "upload-";

[[noreturn]] void ThrowErrno(const std::string& what) {
  throw std::system_error(errno, std::generic_category(), what);
}

std::string Hex(const unsigned char* bytes, std::size_t n) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (std::size_t i = 0; i < n; ++i) {
    out += kHex[bytes[i] >> 4];
    out += kHex[bytes[i] & 15];
  }
  return out;
}

}  // namespace

BodySpool::BodySpool(const fs::path& dir) {
  fs::create_directories(dir);
  std::string pattern = (dir / (std::string(kPrefix) + "XXXXXX")).string();
  fd_ = ::mkstemp(pattern.data());
  if (fd_ < 0) ThrowErrno("cannot create a file in " + dir.string());
  path_ = pattern;
  crypto_hash_sha256_init(&hash_);
}

BodySpool::~BodySpool() {
  if (fd_ >= 0) ::close(fd_);
  if (!finished_) {
    std::error_code ec;
    fs::remove(path_, ec);
  }
}

void BodySpool::Write(const char* data, std::size_t size) {
  crypto_hash_sha256_update(&hash_, reinterpret_cast<const unsigned char*>(data), size);
  size_ += size;
  while (size > 0) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      ThrowErrno("cannot write " + path_.string());
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
}

SpooledBody BodySpool::Finish() {
  if (::close(fd_) != 0) {
    fd_ = -1;
    ThrowErrno("cannot write " + path_.string());
  }
  fd_ = -1;
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256_final(&hash_, digest);
  finished_ = true;
  return SpooledBody{path_, size_, Hex(digest, sizeof digest)};
}

void BodySpool::RemoveLeftovers(const fs::path& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().filename().string().rfind(kPrefix, 0) == 0) fs::remove(entry.path(), ec);
  }
}

}  // namespace clientele::http
