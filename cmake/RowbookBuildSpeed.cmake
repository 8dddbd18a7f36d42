# Build speed: precompiled Qt headers and a faster linker. Neither changes what is built.
#
# Parsing Qt's headers is most of the time of compiling a Rowbook source file. Each library
# precompiles the Qt headers its files use most, once; all tests share one precompiled header
# (rowbook_test_pch). Measured with GCC 12 at -O2 -g: 30-40 % less CPU per file.
#
# The shared test header leaves Qt Test out on purpose: qtest.h tests QT_TESTCASE_BUILDDIR and
# QT_TESTCASE_SOURCEDIR, which Qt defines per test directory, and GCC refuses a precompiled header
# when a macro it looked at is defined differently. Every test links the same Qt modules
# (rowbook_add_test adds them), so the QT_*_LIB macros agree.
#
# ccache and precompiled headers: set `sloppiness = pch_defines,time_macros` in ccache.conf, or
# ccache compiles such files without caching. clang-tidy cannot read GCC's .gch files:
# tests/tidy.sh drops the -include of the precompiled header from the commands it hands over.
option(ROWBOOK_PCH "Precompile the common Qt headers" ON)

set(ROWBOOK_PCH_CORE
    <QByteArray> <QCoreApplication> <QDir> <QFile> <QFileInfo> <QHash> <QObject>
    <QSqlDatabase> <QSqlError> <QSqlQuery> <QSqlRecord> <QString> <QStringList> <QThread>
    <QVariant> <QVector>)
set(ROWBOOK_PCH_WIDGETS ${ROWBOOK_PCH_CORE}
    <QAction> <QApplication> <QComboBox> <QDialog> <QDialogButtonBox> <QHeaderView> <QLabel>
    <QLineEdit> <QMessageBox> <QPainter> <QPushButton> <QTableView> <QVBoxLayout> <QWidget>)
set(ROWBOOK_PCH_TESTS ${ROWBOOK_PCH_WIDGETS}
    <QElapsedTimer> <QProcess> <QStandardPaths> <QTemporaryDir> <QTimer>)

# rowbook_precompile(TARGET CORE|WIDGETS): precompile that header set for TARGET's own files.
function(rowbook_precompile target set)
    if(ROWBOOK_PCH)
        target_precompile_headers(${target} PRIVATE ${ROWBOOK_PCH_${set}})
    endif()
endfunction()

# The one precompiled header all tests reuse (rowbook_add_test calls rowbook_precompile_test).
if(ROWBOOK_PCH)
    file(WRITE ${CMAKE_BINARY_DIR}/rowbook_test_pch.cpp "// Carries the tests' shared header.\n")
    add_library(rowbook_test_pch OBJECT ${CMAKE_BINARY_DIR}/rowbook_test_pch.cpp)
    target_link_libraries(rowbook_test_pch PRIVATE Qt6::Widgets Qt6::Gui Qt6::Sql Qt6::Core)
    target_precompile_headers(rowbook_test_pch PRIVATE ${ROWBOOK_PCH_TESTS})
endif()
function(rowbook_precompile_test target)
    if(ROWBOOK_PCH)
        target_precompile_headers(${target} REUSE_FROM rowbook_test_pch)
        # A test's moc output is included by its own .cpp, so AUTOMOC's mocs_compilation.cpp is
        # all but empty: loading the precompiled header would cost it 2 s instead of 0.05 s
        # (x 95 tests, measured in a fresh CI build).
        set_source_files_properties(
            ${CMAKE_CURRENT_BINARY_DIR}/${target}_autogen/mocs_compilation.cpp
            PROPERTIES SKIP_PRECOMPILE_HEADERS ON)
    endif()
endfunction()

# GNU gold links the test executables in about half the time of the default BFD linker.
if(NOT MSVC AND NOT APPLE)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=gold ROWBOOK_HAVE_GOLD)
    if(ROWBOOK_HAVE_GOLD)
        add_link_options(-fuse-ld=gold)
    endif()
endif()
