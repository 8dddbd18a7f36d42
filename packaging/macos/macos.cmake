# macOS: Rowbook.app with its Info.plist and icon, the LGPL notices for the bundled Qt,
# and a drag-and-drop disk image. Included from packaging/CMakeLists.txt; the Qt frameworks
# are deployed into the bundle there as well.

set(ROWBOOK_ICNS "${CMAKE_CURRENT_SOURCE_DIR}/macos/rowbook.icns")
target_sources(rowbook PRIVATE "${ROWBOOK_ICNS}")
set_source_files_properties("${ROWBOOK_ICNS}" TARGET_DIRECTORY rowbook
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(rowbook PROPERTIES
    OUTPUT_NAME Rowbook
    MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in"
    MACOSX_BUNDLE_BUNDLE_NAME Rowbook
    MACOSX_BUNDLE_GUI_IDENTIFIER "${ROWBOOK_ID}"
    MACOSX_BUNDLE_ICON_FILE rowbook.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
    MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
    MACOSX_BUNDLE_COPYRIGHT "${ROWBOOK_COPYRIGHT}")

install(FILES
    "${PROJECT_SOURCE_DIR}/LICENSE"
    THIRD-PARTY-NOTICES.txt
    licenses/LGPL-3.0.txt
    licenses/GPL-3.0.txt
    DESTINATION .)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Rowbook ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)
# LICENSE travels inside the image; no click-through licence agreement.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
