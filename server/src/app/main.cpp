// The `clientele` command: serve, migrate, org add, user add, token add, demo, version.
#include <iostream>

#include <CLI/CLI.hpp>

#include "app/commands.hpp"

int main(int argc, char** argv) {
  using clientele::app::ServeOptions;
  CLI::App cli{"Clientele: the customer card for professional-services firms"};
  cli.require_subcommand(1);
  std::string db_url = "sqlite:./data/clientele.db";
  auto add_db = [&db_url](CLI::App* cmd) {
    cmd->add_option("--db", db_url, "sqlite:PATH or postgresql://user@host:port/db")
        ->envname("CLIENTELE_DB")
        ->capture_default_str();
  };

  ServeOptions serve_options;
  auto* serve = cli.add_subcommand("serve", "Serve the API and the web app");
  add_db(serve);
  serve->add_option("--listen", serve_options.listen, "HOST:PORT; port 0 picks a free one")
      ->envname("CLIENTELE_LISTEN")
      ->capture_default_str();
  serve
      ->add_option("--public-url", serve_options.public_url,
                   "The address users reach the server at (for calendar feed links), e.g. "
                   "https://crm.example.com; default: the request's Host")
      ->envname("CLIENTELE_PUBLIC_URL");
  serve->add_option("--data-dir", serve_options.data_dir, "Folder for uploaded files")
      ->envname("CLIENTELE_DATA_DIR")
      ->capture_default_str();
  serve
      ->add_option("--web-dir", serve_options.web_dir,
                   "The built web app (default: web/dist of the checkout)")
      ->envname("CLIENTELE_WEB_DIR");
  serve->add_option("--threads", serve_options.threads, "Worker threads for request handlers")
      ->envname("CLIENTELE_THREADS")
      ->check(CLI::Range(1, 256))
      ->capture_default_str();
  serve->add_option("--io-threads", serve_options.io_threads, "Network I/O threads")
      ->envname("CLIENTELE_IO_THREADS")
      ->check(CLI::Range(1, 64))
      ->capture_default_str();
  serve
      ->add_option("--max-body-bytes", serve_options.max_body_bytes,
                   "Largest request body accepted (413 beyond)")
      ->envname("CLIENTELE_MAX_BODY_BYTES")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30))
      ->capture_default_str();
  serve
      ->add_option("--max-upload-bytes", serve_options.max_upload_bytes,
                   "Largest file upload accepted (413 beyond)")
      ->envname("CLIENTELE_MAX_UPLOAD_BYTES")
      ->check(CLI::Range(std::size_t{1024}, std::size_t{1} << 30))
      ->capture_default_str();
  serve
      ->add_option("--max-connections", serve_options.max_connections,
                   "Open connections at most (503 beyond; 0: no cap)")
      ->envname("CLIENTELE_MAX_CONNECTIONS")
      ->capture_default_str();
  serve
      ->add_option(
          "--max-connections-per-address", serve_options.max_connections_per_address,
          "Open connections from one client address at most (raise it behind a reverse proxy; 0: no cap)")
      ->envname("CLIENTELE_MAX_CONNECTIONS_PER_ADDRESS")
      ->capture_default_str();
  serve
      ->add_option("--max-uploads-per-user", serve_options.max_uploads_per_user,
                   "File uploads one user may have in progress at once (429 beyond)")
      ->envname("CLIENTELE_MAX_UPLOADS_PER_USER")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000}))
      ->capture_default_str();
  serve->add_option("--log-level", serve_options.log_level, "trace, debug, info, warn, error or off")
      ->envname("CLIENTELE_LOG_LEVEL")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}))
      ->capture_default_str();
  const auto http_url = CLI::Validator(
      [](std::string& url) -> std::string {
        if (url.rfind("https://", 0) == 0 || url.rfind("http://", 0) == 0) return {};
        return "must be an http:// or https:// URL";
      },
      "URL");
  serve
      ->add_option("--registry-fi-url", serve_options.registry_fi_url,
                   "Finnish business registry (PRH open data)")
      ->envname("CLIENTELE_REGISTRY_FI_URL")
      ->check(http_url)
      ->capture_default_str();
  serve
      ->add_option("--registry-no-url", serve_options.registry_no_url,
                   "Norwegian business registry (Brønnøysundregistrene open data)")
      ->envname("CLIENTELE_REGISTRY_NO_URL")
      ->check(http_url)
      ->capture_default_str();
  serve->add_flag("--load-demo-if-empty", serve_options.load_demo_if_empty,
                  "Load the demo organization when the database has no organization yet");

  auto* migrate = cli.add_subcommand("migrate", "Apply pending database migrations");
  add_db(migrate);

  std::string org_name, email, user_name, role, label;
  auto* org = cli.add_subcommand("org", "Organizations");
  org->require_subcommand(1);
  auto* org_add = org->add_subcommand("add", "Create an organization; prints its id");
  add_db(org_add);
  org_add->add_option("--name", org_name, "Organization name")->required();

  auto* user = cli.add_subcommand("user", "Users");
  user->require_subcommand(1);
  auto* user_add = user->add_subcommand("add", "Create a user; reads the password from standard input");
  add_db(user_add);
  user_add->add_option("--org", org_name, "Organization name")->required();
  user_add->add_option("--email", email, "E-mail (the sign-in name)")->required();
  user_add->add_option("--name", user_name, "Display name")->required();
  user_add->add_option("--role", role, "Administrator, Manager, Consultant or Read-only")->required();
  bool password_stdin = false;
  user_add->add_flag("--password-stdin", password_stdin, "Read the password from standard input")->required();

  auto* token = cli.add_subcommand("token", "Personal API tokens");
  token->require_subcommand(1);
  auto* token_add = token->add_subcommand("add", "Create an API token for a user; prints it");
  add_db(token_add);
  token_add->add_option("--email", email, "The user's e-mail")->required();
  token_add->add_option("--name", label, "A label for the token");

  auto* demo = cli.add_subcommand("demo", "Load the demo organization (when the database has none)");
  add_db(demo);
  std::string demo_size;
  std::uint64_t demo_seed = 1;
  demo->add_option("--size", demo_size, "Generate a benchmark organization instead: S, M, L or XL")
      ->check(CLI::IsMember({"S", "M", "L", "XL"}));
  demo->add_option("--seed", demo_seed, "Seed of the generated data")->capture_default_str();

  auto* version = cli.add_subcommand("version", "Print the version");

  try {
    cli.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = cli.exit(e);
    return code == 0 ? 0 : 2;
  }

  using namespace clientele::app;
  InitLogging();
  if (*serve) {
    serve_options.db_url = db_url;
    return RunServe(serve_options, argv[0]);
  }
  if (*migrate) return RunMigrate(db_url);
  if (*org_add) return RunOrgAdd(db_url, org_name);
  if (*user_add) return RunUserAdd(db_url, org_name, email, user_name, role);
  if (*token_add) return RunTokenAdd(db_url, email, label);
  if (*demo) return RunDemo(db_url, demo_size, demo_seed);
  if (*version) {
    std::cout << "clientele " << CLIENTELE_VERSION << std::endl;
    return 0;
  }
  return 2;
}
