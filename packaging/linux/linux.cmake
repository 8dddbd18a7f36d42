# Linux: desktop entry, AppStream metadata, hicolor icons, man page, Debian copyright and
# changelog, and the .deb / .rpm / .tar.gz settings. Included from packaging/CMakeLists.txt.

set(desktop_dir "${PROJECT_SOURCE_DIR}/resources/linux")
set(app_svg "${PROJECT_SOURCE_DIR}/resources/icons/rowbook.svg")
set(gen_dir "${CMAKE_CURRENT_BINARY_DIR}/linux")
# Debian policy: /usr/share/doc/<package>, lower case (GNUInstallDirs would use PROJECT_NAME).
set(doc_dir "${CMAKE_INSTALL_DATADIR}/doc/rowbook")
set(generated_files "")

install(FILES "${desktop_dir}/${ROWBOOK_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")

# Shown in the AppStream metadata only once the screenshot exists in the repository.
set(ROWBOOK_METAINFO_SCREENSHOTS "")
if(EXISTS "${PROJECT_SOURCE_DIR}/docs/screenshot.png")
    string(CONCAT ROWBOOK_METAINFO_SCREENSHOTS
        "<screenshots>\n"
        "    <screenshot type=\"default\">\n"
        "      <caption>A table with the edit form next to it</caption>\n"
        "      <image>${ROWBOOK_REPOSITORY_RAW}/docs/screenshot.png</image>\n"
        "    </screenshot>\n"
        "  </screenshots>")
endif()
configure_file("${desktop_dir}/${ROWBOOK_ID}.metainfo.xml.in" "${gen_dir}/${ROWBOOK_ID}.metainfo.xml"
    @ONLY)
install(FILES "${gen_dir}/${ROWBOOK_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# Icons: the SVG as is, and PNGs rendered from it at build time.
install(FILES "${app_svg}" RENAME "${ROWBOOK_ID}.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
find_program(RSVG_CONVERT rsvg-convert)
if(RSVG_CONVERT)
    foreach(size IN ITEMS 16 22 24 32 48 64 128 256)
        set(png "${gen_dir}/icons/${size}x${size}/${ROWBOOK_ID}.png")
        add_custom_command(OUTPUT "${png}"
            COMMAND "${CMAKE_COMMAND}" -E make_directory "${gen_dir}/icons/${size}x${size}"
            COMMAND "${RSVG_CONVERT}" -w ${size} -h ${size} -o "${png}" "${app_svg}"
            DEPENDS "${app_svg}"
            COMMENT "Rendering the ${size} px application icon"
            VERBATIM)
        list(APPEND generated_files "${png}")
        install(FILES "${png}" DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps")
    endforeach()
else()
    message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): packages will hold only the "
                    "scalable application icon, no 16-256 px PNGs.")
endif()

# Man page and Debian changelog, compressed as Debian policy wants (gzip -9n: reproducible).
if(NOT ROWBOOK_RELEASE_DATE MATCHES "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$")
    message(FATAL_ERROR "ROWBOOK_RELEASE_DATE must be YYYY-MM-DD, not '${ROWBOOK_RELEASE_DATE}'")
endif()
set(year ${CMAKE_MATCH_1})
set(day ${CMAKE_MATCH_3})
math(EXPR month_index "${CMAKE_MATCH_2} - 1")
# Day of the week by Sakamoto's method (0 = Sunday), for the RFC 2822 changelog date.
set(month_offsets 0 3 2 5 0 3 5 1 4 6 2 4)
set(month_names Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
set(weekday_names Sun Mon Tue Wed Thu Fri Sat)
list(GET month_offsets ${month_index} offset)
list(GET month_names ${month_index} month_name)
set(y ${year})
if(month_index LESS 2)
    math(EXPR y "${y} - 1")
endif()
math(EXPR weekday "(${y} + ${y} / 4 - ${y} / 100 + ${y} / 400 + ${offset} + ${day}) % 7")
list(GET weekday_names ${weekday} weekday_name)
set(ROWBOOK_RELEASE_DATE_RFC2822 "${weekday_name}, ${day} ${month_name} ${year} 00:00:00 +0000")

configure_file(linux/rowbook.1.in "${gen_dir}/rowbook.1" @ONLY)
configure_file(linux/changelog.in "${gen_dir}/changelog" @ONLY)
find_program(GZIP gzip)
if(GZIP)
    foreach(name IN ITEMS rowbook.1 changelog)
        add_custom_command(OUTPUT "${gen_dir}/${name}.gz"
            COMMAND "${GZIP}" -9 -n -k -f "${gen_dir}/${name}"
            DEPENDS "${gen_dir}/${name}"
            VERBATIM)
        list(APPEND generated_files "${gen_dir}/${name}.gz")
    endforeach()
    install(FILES "${gen_dir}/rowbook.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${gen_dir}/changelog.gz" DESTINATION "${doc_dir}")
else()
    install(FILES "${gen_dir}/rowbook.1" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    install(FILES "${gen_dir}/changelog" DESTINATION "${doc_dir}")
endif()
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" RENAME copyright DESTINATION "${doc_dir}")

add_custom_target(rowbook_linux_data ALL DEPENDS ${generated_files})
add_dependencies(rowbook rowbook_linux_data)

# Every option that "rowbook --help" (and each working verb's --help) prints must be in the man page.
add_test(NAME rowbook_manpage
    COMMAND "${CMAKE_COMMAND}" "-DROWBOOK=$<TARGET_FILE:rowbook>" "-DMANPAGE=${gen_dir}/rowbook.1"
            -P "${CMAKE_CURRENT_SOURCE_DIR}/linux/check-manpage.cmake")
set_tests_properties(rowbook_manpage PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false" TIMEOUT 60)

# Like Debian's dh_strip: no compiler-version .comment section in the installed binary.
if(CMAKE_OBJCOPY)
    install(CODE "execute_process(COMMAND \"${CMAKE_OBJCOPY}\" --remove-section=.comment
        \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:rowbook>\"
        COMMAND_ERROR_IS_FATAL ANY)")
endif()

# Packages. DEB and RPM install under /usr; the .tar.gz is relocatable.
set(CPACK_GENERATOR TGZ DEB)
find_program(RPMBUILD rpmbuild)
if(RPMBUILD)
    list(APPEND CPACK_GENERATOR RPM)
endif()
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME rowbook)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION database)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${ROWBOOK_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${ROWBOOK_HOMEPAGE}")
find_program(DPKG_SHLIBDEPS dpkg-shlibdeps)
if(DPKG_SHLIBDEPS)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
    message(WARNING "dpkg-shlibdeps not found (Debian: dpkg-dev): the .deb will only depend on "
                    "the Qt plugin packages, not on the libraries it links.")
endif()
# Loaded at run time, so dpkg-shlibdeps cannot see them: the Qt SQLite driver and the SVG
# image/icon plugins (window and toolbar icons). The xcb platform plugin is in libqt6gui6,
# which shlibdeps finds. Qt's own translations (qtbase_de.qm...) for the standard dialogs are
# recommended: without them only Rowbook's texts are translated.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# QPSQL: opening PostgreSQL databases (the window, rowbook copy/query/dump).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libqt6sql6-psql")

set(CPACK_RPM_PACKAGE_NAME rowbook)
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_LICENSE MIT)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Databases")
set(CPACK_RPM_PACKAGE_URL "${ROWBOOK_HOMEPAGE}")
set(CPACK_RPM_PACKAGE_SUMMARY "Browse and edit local SQLite databases")
# The Debian description with its paragraph separator (" .") turned into an empty line.
string(REPLACE "\n.\n" "\n\n" CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
# Fedora names; libraries are found by rpmbuild's automatic dependency scan.
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtsvg")
# Directories that belong to the filesystem / hicolor-icon-theme packages.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
    /usr/share/icons /usr/share/icons/hicolor)
foreach(size IN ITEMS scalable 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
endforeach()
