#pragma once
// Internal to store/: the SQLiteCpp connection behind Store. Other modules
// never include this header.
#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <filesystem>
#include <memory>

#include "store/store.hpp"

namespace kg::store {

struct Store::Impl {
  std::filesystem::path path;
  std::unique_ptr<SQLite::Database> db;
  OpenMode mode = OpenMode::ReadOnly;
};

// Runs `fn`, turning SQLite errors into StoreError naming the database.
template <typename Fn>
auto guarded(const std::filesystem::path& path, Fn&& fn) -> decltype(fn()) {
  try {
    return fn();
  } catch (const SQLite::Exception& e) {
    const int code = e.getErrorCode();
    std::string hint;
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
      hint = " (another kg process holds the database; try again when it finishes)";
    else if (code == SQLITE_READONLY || code == SQLITE_CANTOPEN || code == SQLITE_PERM)
      hint = " (check that the file and its folder are writable)";
    else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
      hint = " (the file is not a kg database or is damaged)";
    else if (code == SQLITE_FULL)
      hint = " (the disk is full)";
    throw StoreError(path.string() + ": " + e.what() + hint);
  }
}

// Inserts a document's sentences (and their full-text rows); returns their ids.
std::vector<int64_t> write_sentences(SQLite::Database& db, int64_t doc_id,
                                     const text::Document& doc, SQLite::Statement& insert_sentence,
                                     SQLite::Statement& insert_fts);

}  // namespace kg::store
