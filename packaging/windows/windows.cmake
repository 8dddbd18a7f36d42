# Windows: version resource and icon in rowbook.exe, the LGPL notices for the bundled Qt,
# and the NSIS installer (Start-menu shortcut, optional "Open with" for .sqlite and .db).
# Included from packaging/CMakeLists.txt; the Qt DLLs are deployed there as well.

enable_language(RC)
set(ROWBOOK_ICO "${CMAKE_CURRENT_SOURCE_DIR}/windows/rowbook.ico")
configure_file(windows/rowbook.rc.in "${CMAKE_CURRENT_BINARY_DIR}/rowbook.rc" @ONLY)
# A library of its own, without the directory-wide compile options (-Wall -Wextra), which the
# resource compiler does not understand.
add_library(rowbook_windows_resources OBJECT "${CMAKE_CURRENT_BINARY_DIR}/rowbook.rc")
set_target_properties(rowbook_windows_resources PROPERTIES COMPILE_OPTIONS "")
target_link_libraries(rowbook PRIVATE rowbook_windows_resources)

# The Qt deploy script copies Qt's DLLs only. storage/ links SQLite itself, and the SQLite driver
# plugin must use that same sqlite3.dll (see .github/workflows/release.yml).
get_filename_component(sqlite_lib_dir "${SQLite3_LIBRARY}" DIRECTORY)
find_file(ROWBOOK_SQLITE_DLL sqlite3.dll HINTS "${sqlite_lib_dir}/../bin" "${sqlite_lib_dir}" NO_DEFAULT_PATH)
if(ROWBOOK_SQLITE_DLL)
    install(FILES "${ROWBOOK_SQLITE_DLL}" DESTINATION "${CMAKE_INSTALL_BINDIR}")
else()
    message(WARNING "sqlite3.dll not found next to ${SQLite3_LIBRARY}: the installer will lack it "
                    "unless SQLite is linked statically.")
endif()

# libpq.dll (the QPSQL plugin and the SQL console's PostgreSQL engine use it) with the DLLs it
# needs, from where find_package(PostgreSQL) found libpq (vcpkg's installed/x64-windows).
get_filename_component(libpq_lib_dir "${PostgreSQL_LIBRARY}" DIRECTORY)
find_file(ROWBOOK_LIBPQ_DLL libpq.dll HINTS "${libpq_lib_dir}/../bin" "${libpq_lib_dir}" NO_DEFAULT_PATH)
if(ROWBOOK_LIBPQ_DLL)
    install(CODE "set(ROWBOOK_LIBPQ_DLL \"${ROWBOOK_LIBPQ_DLL}\")
                  set(ROWBOOK_INSTALL_BINDIR \"${CMAKE_INSTALL_BINDIR}\")")
    install(SCRIPT "${CMAKE_CURRENT_SOURCE_DIR}/windows/install-libpq.cmake")
else()
    message(WARNING "libpq.dll not found next to ${PostgreSQL_LIBRARY}: the installer will lack "
                    "it, and Rowbook will not open PostgreSQL databases.")
endif()

install(FILES
    "${PROJECT_SOURCE_DIR}/LICENSE"
    THIRD-PARTY-NOTICES.txt
    licenses/LGPL-3.0.txt
    licenses/GPL-3.0.txt
    DESTINATION .)

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Rowbook")
# Fixed for the life of the product: the NSIS uninstall registry key (so a new version finds
# and removes the old one first) and the WiX upgrade code, should someone run `cpack -G WIX`.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "${ROWBOOK_UPGRADE_GUID}")
set(CPACK_WIX_UPGRADE_GUID "${ROWBOOK_UPGRADE_GUID}")
set(CPACK_WIX_PRODUCT_ICON "${ROWBOOK_ICO}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_PACKAGE_NAME "Rowbook")
set(CPACK_NSIS_DISPLAY_NAME "Rowbook")
set(CPACK_NSIS_MUI_ICON "${ROWBOOK_ICO}")
set(CPACK_NSIS_MUI_UNIICON "${ROWBOOK_ICO}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\rowbook.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "bin")
set(CPACK_NSIS_URL_INFO_ABOUT "${ROWBOOK_HOMEPAGE}")
set(CPACK_NSIS_HELP_LINK "${ROWBOOK_HOMEPAGE}")
set(CPACK_NSIS_CONTACT "${ROWBOOK_MAINTAINER}")
# Start-menu shortcut "Rowbook" to bin\rowbook.exe.
set(CPACK_PACKAGE_EXECUTABLES "rowbook" "Rowbook")

# The user chooses whether Rowbook joins the "Open with" list of .sqlite and .db files
# (silent installs: no). Rowbook becomes the default only where no program was set before.
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS [=[
  MessageBox MB_YESNO|MB_ICONQUESTION "Open .sqlite and .db files with Rowbook?$\n$\nRowbook is added to their 'Open with' list, and becomes their default program where none is set." /SD IDNO IDNO rowbook_skip_association
    WriteRegStr SHCTX "Software\Classes\Rowbook.Database" "" "SQLite database"
    WriteRegStr SHCTX "Software\Classes\Rowbook.Database\DefaultIcon" "" "$INSTDIR\bin\rowbook.exe,0"
    WriteRegStr SHCTX "Software\Classes\Rowbook.Database\shell\open\command" "" '"$INSTDIR\bin\rowbook.exe" --database "%1"'
    WriteRegStr SHCTX "Software\Classes\.sqlite\OpenWithProgids" "Rowbook.Database" ""
    WriteRegStr SHCTX "Software\Classes\.db\OpenWithProgids" "Rowbook.Database" ""
    ReadRegStr $0 SHCTX "Software\Classes\.sqlite" ""
    StrCmp $0 "" 0 +2
      WriteRegStr SHCTX "Software\Classes\.sqlite" "" "Rowbook.Database"
    ReadRegStr $0 SHCTX "Software\Classes\.db" ""
    StrCmp $0 "" 0 +2
      WriteRegStr SHCTX "Software\Classes\.db" "" "Rowbook.Database"
    System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
  rowbook_skip_association:
]=])
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS [=[
  DeleteRegValue SHCTX "Software\Classes\.sqlite\OpenWithProgids" "Rowbook.Database"
  DeleteRegValue SHCTX "Software\Classes\.db\OpenWithProgids" "Rowbook.Database"
  ReadRegStr $0 SHCTX "Software\Classes\.sqlite" ""
  StrCmp $0 "Rowbook.Database" 0 +2
    DeleteRegValue SHCTX "Software\Classes\.sqlite" ""
  ReadRegStr $0 SHCTX "Software\Classes\.db" ""
  StrCmp $0 "Rowbook.Database" 0 +2
    DeleteRegValue SHCTX "Software\Classes\.db" ""
  DeleteRegKey SHCTX "Software\Classes\Rowbook.Database"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
]=])
