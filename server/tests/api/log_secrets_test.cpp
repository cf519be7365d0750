// Finding 4 of the security review: the server's log never holds a secret it was given or created.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/api_client.hpp"

namespace clientele::testing {
namespace {

namespace fs = std::filesystem;

std::string ReadAll(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

class LogSecretsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("clientele-logs-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    db_ = "sqlite:" + (dir_ / "crm.db").string();
  }
  void TearDown() override { fs::remove_all(dir_); }

  /// Runs a `clientele` command; its standard error goes to `err`.
  int Run(const std::string& args, const std::string& input = "", const fs::path& err = "/dev/null") {
    std::ofstream(dir_ / "in") << input;
    const std::string cmd = std::string(CLIENTELE_BIN) + " " + args + " <" + (dir_ / "in").string() +
                            " >/dev/null 2>" + err.string();
    return WEXITSTATUS(std::system(cmd.c_str()));
  }

  /// Starts `clientele serve` logging at info level to `log`; returns its base URL.
  std::string Serve(const fs::path& log) {
    int out_pipe[2];
    EXPECT_EQ(pipe(out_pipe), 0);
    pid_ = fork();
    if (pid_ == 0) {
      dup2(out_pipe[1], STDOUT_FILENO);
      close(out_pipe[0]);
      FILE* err = std::fopen(log.c_str(), "w");
      dup2(fileno(err), STDERR_FILENO);
      const std::string data_dir = (dir_ / "data").string();
      execl(CLIENTELE_BIN, CLIENTELE_BIN, "serve", "--db", db_.c_str(), "--listen", "127.0.0.1:0",
            "--data-dir", data_dir.c_str(), "--log-level", "info", static_cast<char*>(nullptr));
      _exit(127);
    }
    close(out_pipe[1]);
    out_ = fdopen(out_pipe[0], "r");
    std::array<char, 256> line{};
    while (fgets(line.data(), line.size(), out_)) {  // blocks until the server says it listens
      std::string text(line.data());
      if (text.rfind("Listening on ", 0) == 0) return text.substr(13, text.find('\n') - 13);
    }
    return "";
  }

  void Stop() {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    fclose(out_);
  }

  fs::path dir_;
  std::string db_;
  pid_t pid_ = 0;
  FILE* out_ = nullptr;
};

TEST_F(LogSecretsTest, TheServerLogHoldsNoPasswordTokenSessionOrFeedSecret) {
  const std::string password = "Log-Secret-Password-71";
  ASSERT_EQ(Run("org add --db " + db_ + " --name 'Acme Oy'"), 0);
  ASSERT_EQ(Run("user add --db " + db_ +
                    " --org 'Acme Oy' --email a@acme.test --name Aino --role Administrator "
                    "--password-stdin",
                password + "\n"),
            0);
  const auto log = dir_ / "server.log";
  const std::string url = Serve(log);
  ASSERT_FALSE(url.empty());

  ApiClient client(url);
  ASSERT_EQ(client.Login("a@acme.test", "Wrong-Password-Secret-93").status, 401);
  auto me = client.Login("a@acme.test", password);
  ASSERT_EQ(me.status, 200) << me.body;
  const std::string session = client.cookie().substr(client.cookie().find('=') + 1);
  const std::string csrf = me.json()["csrfToken"];
  const std::string token = client.Post("/api/v1/tokens", {{"name", "script"}}).json()["token"];
  auto feed = client.Post("/api/v1/me/calendar-feed", nlohmann::json::object());
  ASSERT_EQ(feed.status, 201) << feed.body;
  const std::string feed_url = feed.json()["url"];
  const std::string feed_secret =
      feed_url.substr(feed_url.rfind('/') + 1, feed_url.size() - feed_url.rfind('/') - 5);
  EXPECT_EQ(ApiClient(url).Get("/calendar/" + feed_secret + ".ics").status, 200);
  ApiClient script(url);
  script.UseToken(token);
  EXPECT_GT(script.Get("/api/v1/customers?token=Query-Secret-55&q=kia").status, 0);
  Stop();

  const std::string text = ReadAll(log);
  EXPECT_NE(text.find("/calendar/***.ics"), std::string::npos) << "the access log ran";
  for (const std::string& secret : {password, std::string("Wrong-Password-Secret-93"), session, csrf, token,
                                    feed_secret, std::string("Query-Secret-55")}) {
    ASSERT_FALSE(secret.empty());
    EXPECT_EQ(text.find(secret), std::string::npos) << "the log holds " << secret << ":\n" << text;
  }
}

TEST_F(LogSecretsTest, AFailedDatabaseOpenDoesNotPrintThePassword) {
  const auto err = dir_ / "err";
  EXPECT_EQ(Run("migrate --db postgresql://crm:Db-Password-Secret-12@127.0.0.1:1/crm", "", err), 1);
  const std::string text = ReadAll(err);
  EXPECT_NE(text.find("cannot open database postgresql://crm:***@127.0.0.1:1/crm"), std::string::npos)
      << text;
  EXPECT_EQ(text.find("Db-Password-Secret-12"), std::string::npos) << text;
}

}  // namespace
}  // namespace clientele::testing
