# Installs kg into a temporary prefix and runs the installed binary from
# outside the source tree: `kg --help`, `kg extract` on a small text (the model
# and dictionaries must come from PREFIX/share/kg), the man page and the bash
# completion. Run as:
#   cmake -DBUILD_DIR=<build> -DWORK_DIR=<scratch> -P install_test.cmake
foreach(var BUILD_DIR WORK_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "install_test.cmake: -D${var}= is required")
  endif()
endforeach()
set(prefix "${WORK_DIR}/prefix")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}/elsewhere")

function(run)
  cmake_parse_arguments(R "" "OUT" "COMMAND" ${ARGN})
  execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=KG_DATA --unset=KG_MODEL --unset=KG_DB
                          ${R_COMMAND}
                  WORKING_DIRECTORY "${WORK_DIR}/elsewhere"
                  OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "'${R_COMMAND}' failed (${rc}):\n${out}\n${err}")
  endif()
  if(R_OUT)
    set(${R_OUT} "${out}" PARENT_SCOPE)
  endif()
endfunction()

run(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")
foreach(f bin/kg share/kg/models/en-ewt.kgm share/kg/actors/countries.tsv
          share/man/man1/kg.1 share/bash-completion/completions/kg)
  if(NOT EXISTS "${prefix}/${f}")
    message(FATAL_ERROR "not installed: ${f}")
  endif()
endforeach()

# The source tree's data/ must not be what the installed kg uses.
run(COMMAND "${prefix}/bin/kg" --help OUT help)
if(NOT help MATCHES "Commands:")
  message(FATAL_ERROR "installed kg --help printed no command list:\n${help}")
endif()
file(WRITE "${WORK_DIR}/elsewhere/article.txt"
     "Title: Test\nDate: 2013-06-05\n\nChina accused the United States of hacking.\n")
run(COMMAND "${prefix}/bin/kg" extract article.txt OUT events)
if(NOT events MATCHES "\"code\": *\"112")
  message(FATAL_ERROR "installed kg extract found no accusation (CAMEO 112):\n${events}")
endif()

file(READ "${prefix}/share/man/man1/kg.1" man)
foreach(needle ".TH KG 1" ".SS ingest" ".SS rank" "\\-\\-db")
  string(FIND "${man}" "${needle}" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "the man page lacks '${needle}'")
  endif()
endforeach()

set(completion "${prefix}/share/bash-completion/completions/kg")
# Newlines, not semicolons, between the shell commands: a CMake list splits at ';'.
run(COMMAND bash -c "source '${completion}'\nCOMP_WORDS=(kg que)\nCOMP_CWORD=1\n_kg\necho \"\${COMPREPLY[*]}\""
    OUT commands)
run(COMMAND bash -c "source '${completion}'\nCOMP_WORDS=(kg rank --t)\nCOMP_CWORD=2\n_kg\necho \"\${COMPREPLY[*]}\""
    OUT flags)
if(NOT commands MATCHES "query" OR NOT flags MATCHES "--top")
  message(FATAL_ERROR "bash completion: 'kg que' gave '${commands}', 'kg rank --t' gave '${flags}'")
endif()
file(REMOVE_RECURSE "${WORK_DIR}")
message(STATUS "install: ok")
