# Script mode helper for kg_embed: writes INPUT as a byte array named SYMBOL.
file(READ "${INPUT}" content HEX)
string(LENGTH "${content}" hex_length)
math(EXPR size "${hex_length} / 2")
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${content}")
file(WRITE "${OUTPUT}"
  "// Generated from ${INPUT}; do not edit.\n"
  "#include <string_view>\n"
  "namespace kg::embedded {\n"
  "static const char ${SYMBOL}_bytes[] = {${bytes} 0};\n"
  "extern const std::string_view ${SYMBOL}(${SYMBOL}_bytes, ${size});\n"
  "}\n")
