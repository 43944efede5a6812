# Writes kg's man page (kg.1) and bash completion (kg.bash) from the help text
# of the built binary, so both always say what `kg --help` and `kg help CMD` say.
# Run at build time as:
#   cmake -DKG=path/to/kg -DVERSION=x.y.z -DOUT_DIR=dir -P KgHelpPages.cmake
foreach(var KG VERSION OUT_DIR)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "KgHelpPages.cmake: -D${var}= is required")
  endif()
endforeach()

function(kg_help out_var)
  execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=KG_DB COLUMNS=80 "${KG}" ${ARGN}
                  OUTPUT_VARIABLE text RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "'kg ${ARGN}' failed (${rc})")
  endif()
  set(${out_var} "${text}" PARENT_SCOPE)
endfunction()

# Preformatted roff: backslashes and hyphens escaped, no line read as a request.
function(kg_roff_block out_var text)
  string(REPLACE "\\" "\\e" text "${text}")
  string(REPLACE "-" "\\-" text "${text}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
  set(${out_var} ".nf\n${text}.fi\n" PARENT_SCOPE)
endfunction()

kg_help(main --help)
# The command table: "  name   summary" lines after "Commands:" up to the blank line.
string(REGEX MATCH "Commands:\n(  [^\n]+\n)+" table "${main}")
string(REGEX MATCHALL "\n  [a-z][a-z-]*" names "${table}")
set(commands "")
foreach(n IN LISTS names)
  string(STRIP "${n}" n)
  list(APPEND commands "${n}")
endforeach()
if(NOT commands)
  message(FATAL_ERROR "no command table in 'kg --help'")
endif()

string(TIMESTAMP year "%Y" UTC)
kg_roff_block(main_roff "${main}")
set(man ".\\\" Generated from 'kg --help' and 'kg help COMMAND' (cmake/KgHelpPages.cmake).\n")
string(APPEND man ".TH KG 1 \"\" \"kg ${VERSION}\" \"User Commands\"\n"
       ".SH NAME\nkg \\- build an event and claim knowledge graph from news text\n"
       ".SH SYNOPSIS\n.B kg\n\\fICOMMAND\\fR [\\fIoptions\\fR] [\\fIarguments\\fR]\n"
       ".SH DESCRIPTION\n${main_roff}"
       ".SH COMMANDS\n")
set(cases "")
foreach(c IN LISTS commands)
  kg_help(text help ${c})
  kg_roff_block(roff "${text}")
  string(APPEND man ".SS ${c}\n${roff}")
  string(REGEX MATCHALL "(^|[] ,[])--[a-z][a-z0-9-]*" flags "${text}")
  set(words "")
  foreach(f IN LISTS flags)
    string(REGEX REPLACE "^[] ,[]" "" f "${f}")
    list(APPEND words "${f}")
  endforeach()
  list(REMOVE_DUPLICATES words)
  list(JOIN words " " words)
  string(APPEND cases "    ${c}) flags=\"${words}\" ;;\n")
endforeach()
string(APPEND man ".SH ENVIRONMENT\n"
       ".TP\n.B KG_DB\nthe database file when \\-\\-db is absent (default kg.sqlite)\n"
       ".TP\n.B KG_DATA\nthe data folder (dictionaries, lexicons, model)\n"
       ".TP\n.B KG_MODEL\nthe analyzer model file\n"
       ".TP\n.B COLUMNS\ntable width when standard output is not a terminal\n"
       ".TP\n.B NO_COLOR\nno ANSI colour in kg evidence\n"
       ".SH FILES\n.TP\n.I PREFIX/share/kg/\n"
       "kg's data: models, actor and verb dictionaries, lexicons (found next to the "
       "binary as ../share/kg)\n")
file(WRITE "${OUT_DIR}/kg.1" "${man}")

list(JOIN commands " " command_words)
file(WRITE "${OUT_DIR}/kg.bash"
"# bash completion for kg: commands and each command's flags.
# Generated from 'kg --help' and 'kg help COMMAND' (cmake/KgHelpPages.cmake).
_kg() {
  local cur=\"\${COMP_WORDS[COMP_CWORD]}\" prev=\"\${COMP_WORDS[COMP_CWORD-1]}\"
  local cmd=\"\" i flags=\"\"
  for ((i = 1; i < COMP_CWORD; i++)); do
    case \"\${COMP_WORDS[i]}\" in
      --db) ((i++)) ;;
      -*) ;;
      *) cmd=\"\${COMP_WORDS[i]}\"; break ;;
    esac
  done
  case \"$prev\" in
    --format) COMPREPLY=($(compgen -W \"table jsonl csv dot graphml json gdelt gdelt-mentions\" -- \"$cur\")); return ;;
    --by) COMPREPLY=($(compgen -W \"pagerank degree betweenness\" -- \"$cur\")); return ;;
  esac
  if [[ -z $cmd ]]; then
    if [[ $cur == -* ]]; then
      COMPREPLY=($(compgen -W \"--help --version --db\" -- \"$cur\"))
    else
      COMPREPLY=($(compgen -W \"help ${command_words}\" -- \"$cur\"))
    fi
    return
  fi
  case \"$cmd\" in
    help) [[ $COMP_CWORD -eq $((i + 1)) ]] && COMPREPLY=($(compgen -W \"${command_words}\" -- \"$cur\")); return ;;
${cases}  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W \"$flags\" -- \"$cur\"))
  fi
}
complete -o bashdefault -o default -F _kg kg
")
