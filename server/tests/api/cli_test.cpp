// The `clientele` command line as a person or a script uses it: exit codes, messages, and a graceful stop.
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

struct CliRun {
  int exit_code;
  std::string out;
  std::string err;
};

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("clientele-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    db_ = "sqlite:" + (dir_ / "cli.db").string();
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  /// Runs the binary with `args` (shell words), feeding `input` on stdin.
  CliRun Clientele(const std::string& args, const std::string& input = "") {
    const auto in = dir_ / "in", out = dir_ / "out", err = dir_ / "err";
    std::ofstream(in) << input;
    const std::string cmd = std::string(CLIENTELE_BIN) + " " + args + " <" + in.string() + " >" +
                            out.string() + " 2>" + err.string();
    const int status = std::system(cmd.c_str());
    return {WEXITSTATUS(status), Read(out), Read(err)};
  }
  static std::string Read(const std::filesystem::path& p) {
    std::ifstream f(p);
    std::stringstream s;
    s << f.rdbuf();
    return s.str();
  }

  std::filesystem::path dir_;
  std::string db_;
};

TEST_F(CliTest, VersionPrintsTheVersion) {
  auto r = Clientele("version");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("clientele ", 0), 0u);
}

TEST_F(CliTest, UnknownOptionsAndBadValuesExitWithCode2AndAMessage) {
  auto unknown = Clientele("serve --no-such-option");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("no-such-option"), std::string::npos);
  auto threads = Clientele("serve --threads 0");
  EXPECT_EQ(threads.exit_code, 2);
  EXPECT_FALSE(threads.err.empty());
  auto listen = Clientele("serve --db " + db_ + " --listen nowhere");
  EXPECT_EQ(listen.exit_code, 2);
  EXPECT_NE(listen.err.find("--listen"), std::string::npos);
  EXPECT_EQ(Clientele("").exit_code, 2);
  EXPECT_EQ(Clientele("demo --size XXL").exit_code, 2);
}

TEST_F(CliTest, OrgUserAndTokenCommandsCreateAWorkingLogin) {
  auto org = Clientele("org add --db " + db_ + " --name 'Acme Oy'");
  ASSERT_EQ(org.exit_code, 0) << org.err;
  EXPECT_EQ(std::stoi(org.out), 1);
  auto user = Clientele("user add --db " + db_ +
                            " --org 'Acme Oy' --email a@acme.test --name Aino "
                            "--role Administrator --password-stdin",
                        "a-long-password\n");
  ASSERT_EQ(user.exit_code, 0) << user.err;
  auto token = Clientele("token add --db " + db_ + " --email a@acme.test --name script");
  ASSERT_EQ(token.exit_code, 0) << token.err;
  EXPECT_EQ(token.out.rfind("clt_", 0), 0u);

  auto dup = Clientele("org add --db " + db_ + " --name 'Acme Oy'");
  EXPECT_EQ(dup.exit_code, 1);
  EXPECT_NE(dup.err.find("exists"), std::string::npos);
  auto bad_role = Clientele("user add --db " + db_ +
                                " --org 'Acme Oy' --email b@acme.test --name B "
                                "--role Emperor --password-stdin",
                            "a-long-password\n");
  EXPECT_EQ(bad_role.exit_code, 1);
  EXPECT_NE(bad_role.err.find("Emperor"), std::string::npos);
  EXPECT_EQ(Clientele("token add --db " + db_ + " --email nobody@acme.test").exit_code, 1);
  EXPECT_EQ(Clientele("migrate --db mysql://nope").exit_code, 1);
}

TEST_F(CliTest, UserAddAcceptsAnAddressOfAnotherOrganization) {
  ASSERT_EQ(Clientele("org add --db " + db_ + " --name 'Acme Oy'").exit_code, 0);
  ASSERT_EQ(Clientele("org add --db " + db_ + " --name 'Beta Ab'").exit_code, 0);
  auto add = [&](const std::string& org) {
    return Clientele("user add --db " + db_ + " --org '" + org +
                         "' --email pat@example.test --name Pat --role Administrator --password-stdin",
                     "a-long-password\n");
  };
  auto acme = add("Acme Oy");
  ASSERT_EQ(acme.exit_code, 0) << acme.err;
  auto beta = add("Beta Ab");
  EXPECT_EQ(beta.exit_code, 0) << beta.err;
  auto again = add("Beta Ab");
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("exists"), std::string::npos) << again.err;
  // `token add` names the user by address alone: with two accounts it refuses rather than pick one.
  auto token = Clientele("token add --db " + db_ + " --email pat@example.test");
  EXPECT_EQ(token.exit_code, 1);
  EXPECT_NE(token.err.find("several"), std::string::npos) << token.err;
}

TEST_F(CliTest, ServeAnswersUntilSigtermThenStopsCleanly) {
  int out_pipe[2];
  ASSERT_EQ(pipe(out_pipe), 0);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], STDOUT_FILENO);
    close(out_pipe[0]);
    execl(CLIENTELE_BIN, CLIENTELE_BIN, "serve", "--db", db_.c_str(), "--listen", "127.0.0.1:0",
          "--log-level", "warn", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out_pipe[1]);
  FILE* out = fdopen(out_pipe[0], "r");
  std::array<char, 256> line{};
  std::string url;
  while (url.empty() && fgets(line.data(), line.size(), out)) {  // blocks until the server says it listens
    std::string text(line.data());
    if (text.rfind("Listening on ", 0) == 0) url = text.substr(13, text.find('\n') - 13);
  }
  ASSERT_FALSE(url.empty());
  EXPECT_EQ(ApiClient(url).Get("/healthz").status, 200);
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  fclose(out);
  EXPECT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

TEST_F(CliTest, OnAFreePortFeedUrlsNameThePortTheServerListensOn) {
  ASSERT_EQ(Clientele("org add --db " + db_ + " --name 'Acme Oy'").exit_code, 0);
  ASSERT_EQ(Clientele("user add --db " + db_ +
                          " --org 'Acme Oy' --email a@acme.test --name Aino --role Administrator "
                          "--password-stdin",
                      "a-long-password\n")
                .exit_code,
            0);
  auto token = Clientele("token add --db " + db_ + " --email a@acme.test --name script");
  ASSERT_EQ(token.exit_code, 0) << token.err;
  int out_pipe[2];
  ASSERT_EQ(pipe(out_pipe), 0);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out_pipe[1], STDOUT_FILENO);
    close(out_pipe[0]);
    execl(CLIENTELE_BIN, CLIENTELE_BIN, "serve", "--db", db_.c_str(), "--listen", "127.0.0.1:0",
          "--log-level", "warn", static_cast<char*>(nullptr));
    _exit(127);
  }
  close(out_pipe[1]);
  FILE* out = fdopen(out_pipe[0], "r");
  std::array<char, 256> line{};
  std::string url;
  while (url.empty() && fgets(line.data(), line.size(), out)) {
    std::string text(line.data());
    if (text.rfind("Listening on ", 0) == 0) url = text.substr(13, text.find('\n') - 13);
  }
  ASSERT_FALSE(url.empty());
  ApiClient client(url);
  client.UseToken(token.out.substr(0, token.out.find('\n')));
  auto feed = client.Post("/api/v1/me/calendar-feed", nlohmann::json::object());
  EXPECT_EQ(feed.status, 201) << feed.body;
  const std::string feed_url = feed.json().value("url", "");
  EXPECT_EQ(feed_url.rfind(url + "/calendar/", 0), 0u) << feed_url << " should start with " << url;
  EXPECT_EQ(ApiClient(url).Get(feed_url.substr(url.size())).status, 200) << "the URL works as given";
  kill(pid, SIGTERM);
  int status = 0;
  waitpid(pid, &status, 0);
  fclose(out);
}

}  // namespace
}  // namespace clientele::testing
