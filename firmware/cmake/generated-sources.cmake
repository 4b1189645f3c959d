# The generated headers (UI asset, board table, settings schema) come from the node build. In an ESP-IDF build this
# runs it when a header is missing or older than the sources it is made from, before `target`
# compiles. The host build leaves this to `npm run build` / `npm test`.
function(printcam_generate_before target)
  get_filename_component(root "${CMAKE_CURRENT_FUNCTION_LIST_DIR}/../.." ABSOLUTE)
  set(gen "${root}/firmware/generated")
  file(GLOB_RECURSE inputs CONFIGURE_DEPENDS
       "${root}/device-ui/src/*" "${root}/device-ui/index.html" "${root}/build/*.ts")
  list(APPEND inputs "${root}/firmware/boards/boards.json" "${root}/firmware/core/settings/schema.json")
  set(outputs "${gen}/ui_asset.hpp" "${gen}/boards.hpp" "${gen}/settings_schema.hpp")
  add_custom_command(
    OUTPUT ${outputs}
    COMMAND npx tsx build/build.ts
    # The build leaves an unchanged header untouched (no needless recompiles); touch it so this
    # rule sees it as fresh and does not run again until a source changes.
    COMMAND ${CMAKE_COMMAND} -E touch ${outputs}
    DEPENDS ${inputs}
    WORKING_DIRECTORY "${root}"
    COMMENT "Generating the UI, board and settings headers (npx tsx build/build.ts)"
    VERBATIM)
  add_custom_target(printcam_generated DEPENDS ${outputs})
  add_dependencies(${target} printcam_generated)
endfunction()
