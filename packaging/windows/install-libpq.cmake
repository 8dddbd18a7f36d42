# Install-time script (packaging/windows/windows.cmake): libpq.dll and the DLLs it loads from its
# own folder (OpenSSL, zlib, lz4: whatever vcpkg built it with) next to rowbook.exe. Qt's deploy
# script copies Qt's DLLs and plugins only, and the QPSQL plugin cannot load without these.
# Set by the install(CODE) before it: ROWBOOK_LIBPQ_DLL, ROWBOOK_INSTALL_BINDIR.
get_filename_component(libpq_dir "${ROWBOOK_LIBPQ_DLL}" DIRECTORY)
file(TO_CMAKE_PATH "${libpq_dir}" libpq_dir)
string(TOLOWER "${libpq_dir}" libpq_dir_lower)
file(GET_RUNTIME_DEPENDENCIES
     LIBRARIES "${ROWBOOK_LIBPQ_DLL}"
     RESOLVED_DEPENDENCIES_VAR resolved
     UNRESOLVED_DEPENDENCIES_VAR unresolved
     DIRECTORIES "${libpq_dir}"
     PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-")
set(bundled "${ROWBOOK_LIBPQ_DLL}")
foreach(dll IN LISTS resolved)
    get_filename_component(dir "${dll}" DIRECTORY)
    file(TO_CMAKE_PATH "${dir}" dir)
    string(TOLOWER "${dir}" dir)
    if(dir STREQUAL libpq_dir_lower) # not Windows' own DLLs
        list(APPEND bundled "${dll}")
    endif()
endforeach()
message(STATUS "libpq and its DLLs: ${bundled}")
file(INSTALL ${bundled} DESTINATION "${CMAKE_INSTALL_PREFIX}/${ROWBOOK_INSTALL_BINDIR}")
