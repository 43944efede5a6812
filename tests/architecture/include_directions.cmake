# Checks the allowed include directions of docs/architecture.md: a module may
# include only its own folder and the modules before it in the pipeline.
# Run as: cmake -DSOURCE_DIR=<repo> -P include_directions.cmake
# Each rule: "folder:prefix,prefix", the include prefixes it must not use.
set(rules
  "extract/text:extract/nlp/,extract/events/,graph/,store/,tools/"
  "extract/nlp:extract/events/,graph/,store/,tools/"
  "extract/events:graph/,store/,tools/"
  "graph:store/,tools/"
  "store:tools/")
set(violations "")
foreach(rule IN LISTS rules)
  string(REPLACE ":" ";" parts "${rule}")
  list(GET parts 0 folder)
  list(GET parts 1 forbidden)
  string(REPLACE "," ";" forbidden "${forbidden}")
  file(GLOB_RECURSE sources "${SOURCE_DIR}/${folder}/*.hpp" "${SOURCE_DIR}/${folder}/*.cpp")
  if(NOT sources)
    message(FATAL_ERROR "no sources under ${SOURCE_DIR}/${folder}: the layout changed, update this test")
  endif()
  foreach(src IN LISTS sources)
    file(STRINGS "${src}" includes REGEX "^#include \"")
    foreach(line IN LISTS includes)
      foreach(prefix IN LISTS forbidden)
        string(FIND "${line}" "#include \"${prefix}" at)
        if(at EQUAL 0)
          file(RELATIVE_PATH rel "${SOURCE_DIR}" "${src}")
          string(APPEND violations "  ${rel}: ${line} (${folder} may not include ${prefix})\n")
        endif()
      endforeach()
    endforeach()
  endforeach()
endforeach()
if(violations)
  message(FATAL_ERROR "include directions violated (docs/architecture.md):\n${violations}")
endif()
message(STATUS "include directions: ok")
