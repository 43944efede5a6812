#pragma once
// Errors from the database layer: it cannot be opened or written, it is
// locked, or it has another schema version. The CLI exits with code 4.
#include "extract/text/errors.hpp"

namespace kg::store {

class StoreError : public kg::Error {
 public:
  using kg::Error::Error;
};

}  // namespace kg::store
