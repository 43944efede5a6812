#pragma once
// Where kg finds its data/ folder (models, dictionaries): $KG_DATA if set,
// else share/kg next to the installed binary, else the source tree it was
// built from.
#include <filesystem>

namespace kg::text {

std::filesystem::path data_dir();

// data_dir() / relative; throws ModelError naming the places searched when absent.
std::filesystem::path data_file(const std::filesystem::path& relative);

}  // namespace kg::text
