#pragma once
// The exception types every kg module throws, so the CLI can turn each kind
// into one line on stderr and its documented exit code. Messages name the
// file, line or byte offset and say what to do where that is known.
#include <stdexcept>
#include <string>

namespace kg {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A file or argument the user gave is missing, unreadable or malformed.
class InputError : public Error {
 public:
  using Error::Error;
};

// A model or dictionary file kg needs is missing, corrupt or of another version.
class ModelError : public Error {
 public:
  using Error::Error;
};

}  // namespace kg
