#include <doctest/doctest.h>
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fcntl.h>
#include <chrono>
#include <thread>

#include "tests/test_util.hpp"
#include "tools/command.hpp"

using kg::test::run_kg;
using kg::test::TempDir;
using kg::test::write_file;

namespace {

std::string jsonl_corpus(int n, const std::string& prefix) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += "{\"id\": \"" + prefix + std::to_string(i) + "\", \"title\": \"" + prefix + " story " +
           std::to_string(i) + "\", \"date\": \"2013-05-0" + std::to_string(1 + i % 9) +
           "\", \"text\": \"China accused the United States of spying, officials said. "
           "The Pentagon denied it in a statement on Tuesday.\\n\\nTalks are planned for June " +
           std::to_string(i) + ".\"}\n";
  return out;
}

// The checks open the database read-write, as the rerun does: a process killed
// while it switched a new file to WAL mode leaves a hot rollback journal that a
// read-only connection cannot roll back (SQLITE_READONLY_ROLLBACK).
int64_t query_int(const std::filesystem::path& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.string().c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
          SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
  int64_t v = -1;
  if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

std::string query_text(const std::filesystem::path& db_path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open_v2(db_path.string().c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
          SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK);
  std::string v;
  while (sqlite3_step(st) == SQLITE_ROW)
    v += reinterpret_cast<const char*>(sqlite3_column_text(st, 0)), v += "\n";
  sqlite3_finalize(st);
  sqlite3_close(db);
  return v;
}

pid_t spawn_kg(const std::vector<std::string>& args) {
  const pid_t pid = fork();
  if (pid == 0) {
    const int devnull = open("/dev/null", O_RDWR);
    dup2(devnull, 0);
    dup2(devnull, 1);
    dup2(devnull, 2);
    std::vector<char*> argv;
    const std::string bin = kg::test::kg_binary().string();
    argv.push_back(const_cast<char*>(bin.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

int wait_exit(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

TEST_CASE("kg with no arguments, help and --version list the commands") {
  auto r = run_kg({});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("ingest") != std::string::npos);
  CHECK(r.out.find("Exit codes") != std::string::npos);
  CHECK(run_kg({"help"}).out == r.out);
  r = run_kg({"--version"});
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("kg ", 0) == 0);
}

TEST_CASE("an unknown command is a usage error") {
  const auto r = run_kg({"frobnicate"});
  CHECK(r.exit_code == 2);
  CHECK(r.err == "Unknown command 'frobnicate'. Try 'kg help'.\n");
  CHECK(r.out.empty());
}

TEST_CASE("every registered command explains itself with --help and kg help CMD") {
  for (const auto& c : kg::tools::command_table()) {
    CAPTURE(c.name);
    const auto r = run_kg({std::string(c.name), "--help"});
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Usage") != std::string::npos);
    CHECK(r.out.find("Exit codes") != std::string::npos);
    CHECK(r.err.empty());
    CHECK(run_kg({"help", std::string(c.name)}).out == r.out);
  }
}

TEST_CASE("a bad flag is a usage error and touches no database") {
  TempDir dir;
  const auto r = run_kg({"ingest", "--no-such-flag", "x", "--db", (dir / "kg.sqlite").string()});
  CHECK(r.exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(dir / "kg.sqlite"));
}

TEST_CASE("ingest stores new articles, skips known ones and reports a summary") {
  TempDir dir;
  write_file(dir / "a.jsonl", jsonl_corpus(5, "a"));
  const std::string db = (dir / "kg.sqlite").string();
  auto r = run_kg({"ingest", (dir / "a.jsonl").string(), "--db", db});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("5 new articles, 0 already stored, 0 rejected") != std::string::npos);
  r = run_kg({"ingest", (dir / "a.jsonl").string(), "--db", db});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("0 new articles, 5 already stored") != std::string::npos);
  CHECK(query_int(db, "SELECT count(*) FROM documents") == 5);
  r = run_kg({"stats", "--db", db});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("articles   5") != std::string::npos);
  r = run_kg({"docs", "--db", db, "--format", "csv"});
  CHECK(kg::test::count_lines_with(r.out, "a story") == 5);
  r = run_kg({"show", "doc", "1", "--db", db});
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("The Pentagon denied it") != std::string::npos);
  CHECK(run_kg({"show", "doc", "99", "--db", db}).exit_code == 3);
}

TEST_CASE("KG_DB chooses the database when --db is absent") {
  TempDir dir;
  const std::string db = (dir / "env.sqlite").string();
  const auto r = run_kg({"ingest", "-"}, "Some article text.", {"KG_DB=" + db});
  CHECK(r.exit_code == 0);
  CHECK(query_int(db, "SELECT count(*) FROM documents") == 1);
}

TEST_CASE("ingest reads JSON Lines from stdin") {
  TempDir dir;
  const std::string db = (dir / "kg.sqlite").string();
  const auto r = run_kg({"ingest", "-", "--db", db}, jsonl_corpus(3, "s"));
  CHECK(r.exit_code == 0);
  CHECK(query_int(db, "SELECT count(*) FROM documents") == 3);
}

TEST_CASE("bad lines and files are reported and make the exit status 1") {
  TempDir dir;
  write_file(dir / "bad.jsonl", jsonl_corpus(2, "b") + "{not json}\n" + jsonl_corpus(1, "c"));
  write_file(dir / "bin.txt", std::string("\0\0\0\1binary", 10));
  const std::string db = (dir / "kg.sqlite").string();
  const auto r =
      run_kg({"ingest", (dir / "bad.jsonl").string(), (dir / "bin.txt").string(), "--db", db});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find((dir / "bad.jsonl").string() + ":3: malformed JSON") != std::string::npos);
  CHECK(r.err.find("binary data") != std::string::npos);
  CHECK(query_int(db, "SELECT count(*) FROM documents") == 3);
}

TEST_CASE("a missing path fails before the database is created") {
  TempDir dir;
  const std::string db = (dir / "kg.sqlite").string();
  const auto r = run_kg({"ingest", (dir / "missing.jsonl").string(), "--db", db});
  CHECK(r.exit_code == 3);
  CHECK(r.err.find("no such file or directory") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(db));
}

TEST_CASE("an empty file or directory ingests nothing and says so") {
  TempDir dir;
  write_file(dir / "empty.jsonl", "");
  std::filesystem::create_directories(dir / "empty-dir");
  const std::string db = (dir / "kg.sqlite").string();
  const auto r =
      run_kg({"ingest", (dir / "empty.jsonl").string(), (dir / "empty-dir").string(), "--db", db});
  CHECK(r.exit_code == 1);
  CHECK(r.err.find("empty file") != std::string::npos);
  CHECK(r.err.find("holds no") != std::string::npos);
}

TEST_CASE("an unwritable database path is a database error") {
  TempDir dir;
  write_file(dir / "a.txt", "Text.");
  std::filesystem::create_directories(dir / "ro");
  std::filesystem::permissions(
      dir / "ro", std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec);
  auto r = run_kg(
      {"ingest", (dir / "a.txt").string(), "--db", (dir / "no-such-dir" / "kg.sqlite").string()});
  CHECK(r.exit_code == 4);
  if (geteuid() != 0) {  // root ignores folder permissions
    r = run_kg({"ingest", (dir / "a.txt").string(), "--db", (dir / "ro" / "kg.sqlite").string()});
    CHECK(r.exit_code == 4);
  }
  write_file(dir / "not-a-db.sqlite", std::string(4096, 'x'));
  r = run_kg({"ingest", (dir / "a.txt").string(), "--db", (dir / "not-a-db.sqlite").string()});
  CHECK(r.exit_code == 4);
  CHECK(r.err.find("not-a-db.sqlite") != std::string::npos);
}

TEST_CASE("a database of a newer schema version is refused with exit code 4") {
  TempDir dir;
  const std::string db = (dir / "kg.sqlite").string();
  write_file(dir / "a.txt", "Text.");
  REQUIRE(run_kg({"ingest", (dir / "a.txt").string(), "--db", db}).exit_code == 0);
  sqlite3* h = nullptr;
  sqlite3_open(db.c_str(), &h);
  sqlite3_exec(h, "PRAGMA user_version = 999", nullptr, nullptr, nullptr);
  sqlite3_close(h);
  const auto r = run_kg({"stats", "--db", db});
  CHECK(r.exit_code == 4);
  CHECK(r.err.find("schema version 999") != std::string::npos);
}

TEST_CASE("a 50 MB single-line article is ingested") {
  TempDir dir;
  std::string text;
  text.reserve(50u << 20);
  const std::string phrase = "China and the United States held talks about trade and security ";
  while (text.size() < (50u << 20)) text += phrase;
  text += "end.";
  write_file(dir / "huge.txt", text);
  const std::string db = (dir / "kg.sqlite").string();
  // Segmentation and storage are what a huge line stresses; parsing 9M words would take minutes.
  const auto r = run_kg({"ingest", (dir / "huge.txt").string(), "--db", db, "--no-extract"});
  CHECK(r.exit_code == 0);
  CHECK(query_int(db, "SELECT count(*) FROM documents") == 1);
  CHECK(query_int(db, "SELECT max(words) FROM sentences") <= 250);
  CHECK(query_int(db, "SELECT length(text) FROM documents") == static_cast<int64_t>(text.size()));
}

TEST_CASE("ingest killed with SIGKILL leaves a consistent database and a rerun completes it") {
  TempDir dir;
  write_file(dir / "big.jsonl", jsonl_corpus(8000, "k"));
  const std::string db = (dir / "kg.sqlite").string();
  // Storage alone: the kills must land while batches are being written.
  const std::vector<std::string> args = {
      "ingest",      (dir / "big.jsonl").string(), "--db", db, "--batch", "40", "--quiet",
      "--no-extract"};
  int partial = 0;  // kills that left some but not all articles stored
  for (int delay_ms : {20, 60, 120, 200, 300}) {
    const pid_t pid = spawn_kg(args);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(pid, SIGKILL);
    wait_exit(pid);
    if (!std::filesystem::exists(db) ||
        query_int(db, "SELECT count(*) FROM sqlite_master WHERE name = 'documents'") == 0)
      continue;  // killed before the schema was created
    const int64_t stored = query_int(db, "SELECT count(*) FROM documents");
    partial += stored > 0 && stored < 8000;
    CHECK(query_text(db, "PRAGMA integrity_check") == "ok\n");
    CHECK(query_text(db, "PRAGMA foreign_key_check").empty());
    // Every stored document has all of its sentences (3 each): batches are atomic.
    CHECK(query_int(db,
                    "SELECT count(*) FROM documents d WHERE "
                    "(SELECT count(*) FROM sentences s WHERE s.document_id = d.id) != 3") == 0);
  }
  CHECK(partial >= 1);  // the kills really interrupted the job
  const auto r = run_kg(args);
  CHECK(r.exit_code == 0);
  CHECK(query_int(db, "SELECT count(*) FROM documents") == 8000);
  CHECK(query_int(db, "SELECT count(DISTINCT external_id) FROM documents") == 8000);
  CHECK(query_int(db, "SELECT count(*) FROM sentences") == 24000);
}

TEST_CASE("ingest with extraction killed mid-run: a rerun stores each event exactly once") {
  TempDir dir;
  write_file(dir / "c.jsonl", jsonl_corpus(300, "e"));
  const std::string clean = (dir / "clean.sqlite").string();
  const std::string db = (dir / "kg.sqlite").string();
  REQUIRE(run_kg({"ingest", (dir / "c.jsonl").string(), "--db", clean, "--quiet"}).exit_code == 0);
  const int64_t events = query_int(clean, "SELECT count(*) FROM events");
  const int64_t relations = query_int(clean, "SELECT count(*) FROM relations");
  REQUIRE(events >= 300);
  const std::vector<std::string> args = {
      "ingest", (dir / "c.jsonl").string(), "--db", db, "--batch", "10", "--quiet"};
  for (int delay_ms : {500, 900}) {
    const pid_t pid = spawn_kg(args);
    std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
    kill(pid, SIGKILL);
    wait_exit(pid);
  }
  REQUIRE(run_kg(args).exit_code == 0);
  CHECK(query_text(db, "PRAGMA integrity_check") == "ok\n");
  CHECK(query_int(db, "SELECT count(*) FROM documents") == 300);
  CHECK(query_int(db, "SELECT count(*) FROM events") == events);
  CHECK(query_int(db, "SELECT count(*) FROM relations") == relations);
  CHECK(query_text(db, "SELECT sum(mentions) || ' ' || sum(articles) FROM relations") ==
        query_text(clean, "SELECT sum(mentions) || ' ' || sum(articles) FROM relations"));
}

TEST_CASE("two ingest processes writing one database both finish without loss or doubling") {
  TempDir dir;
  write_file(dir / "x.jsonl", jsonl_corpus(1500, "x"));
  write_file(dir / "y.jsonl", jsonl_corpus(1500, "y"));
  const std::string db = (dir / "kg.sqlite").string();
  const pid_t a = spawn_kg({"ingest", (dir / "x.jsonl").string(), (dir / "y.jsonl").string(),
                            "--db", db, "--batch", "20"});
  const pid_t b = spawn_kg({"ingest", (dir / "y.jsonl").string(), (dir / "x.jsonl").string(),
                            "--db", db, "--batch", "20"});
  CHECK(wait_exit(a) == 0);
  CHECK(wait_exit(b) == 0);
  CHECK(query_int(db, "SELECT count(*) FROM documents") == 3000);
  CHECK(query_int(db, "SELECT count(*) FROM sentences") == 9000);
}
