# The Debian package: `make package` (or `cmake --build build --target package`) writes
# build/portolan_<version>_<arch>.deb with everything the install() rules put under /usr.
set(PORTOLAN_PACKAGE_MAINTAINER "Portolan maintainers <maintainers@users.noreply.r-seed-30074143.example>"
    CACHE STRING "The Maintainer field of the Debian package")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME portolan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "${PORTOLAN_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Port planner for Microsoft Exchange networks")
# Lines of at most 80 columns, as dpkg and the package tools show them.
set(CPACK_PACKAGE_DESCRIPTION
    "Portolan describes an Exchange deployment as zones and servers with Exchange\n"
    "roles and derives every flow those roles need, the zone-to-zone port matrix a\n"
    "firewall must allow, and the warnings where Microsoft does not support the\n"
    "layout. Every port cites its Microsoft source. It checks a live network\n"
    "against the plan, exports firewall rules, writes PDF reports and teaches the\n"
    "layouts in lessons.\n"
    "\n"
    "This package holds the window (portolan), the command-line tool\n"
    "(portolan-cli) and its diagram and report renderer (portolan-render).")
string(CONCAT CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
# The home page (PORTOLAN_HOMEPAGE, packaging/CMakeLists.txt) is the Homepage field and the copyright file's Source.
set(PORTOLAN_COPYRIGHT_SOURCE "")
if(PORTOLAN_HOMEPAGE)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PORTOLAN_HOMEPAGE}")
    set(PORTOLAN_COPYRIGHT_SOURCE "\nSource: ${PORTOLAN_HOMEPAGE}")
endif()

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# The libraries the programs link (Qt, QCustomPlot, the C++ runtime) come from dpkg-shlibdeps. What it cannot see is
# loaded at run time: the window's platform plugins (qt6-qpa-plugins; xcb and offscreen ship in libqt6gui6 on Debian
# 12), the SVG icon engine and image plugin for the role icons (libqt6svg6, whose library the programs also link) and
# a font for the diagram and the PDF report when the system has none.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
# Qt's own strings (standard buttons, file dialogs) in German and Russian; Wayland without XWayland.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland")

# What Debian wants in /usr/share/doc/portolan (lintian checks it in the install test): the copyright in the
# machine-readable format, under the licence the AppStream metainfo names (PORTOLAN_PROJECT_LICENSE, so the two cannot
# disagree), and the changelog. The version has no Debian revision, which makes the package native, and the changelog
# of a native package is changelog.gz in the format of debian/changelog: scripts/make-debian-changelog writes it from
# CHANGELOG.md and fails when CHANGELOG.md's newest section is not this version.
if(NOT PORTOLAN_PROJECT_LICENSE STREQUAL "LicenseRef-proprietary")
    message(FATAL_ERROR "packaging/debian/copyright.in holds only the text of LicenseRef-proprietary: give it the text "
        "of ${PORTOLAN_PROJECT_LICENSE} before packaging under that licence")
endif()
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(PORTOLAN_DEBIAN_DIR ${PROJECT_BINARY_DIR}/debian)
configure_file(${PROJECT_SOURCE_DIR}/packaging/debian/copyright.in ${PORTOLAN_DEBIAN_DIR}/copyright @ONLY)
add_custom_command(OUTPUT ${PORTOLAN_DEBIAN_DIR}/changelog.gz
    COMMAND Python3::Interpreter ${PROJECT_SOURCE_DIR}/scripts/make-debian-changelog ${PROJECT_SOURCE_DIR}/CHANGELOG.md
        --package ${CPACK_PACKAGE_NAME} --version ${PROJECT_VERSION} --maintainer ${PORTOLAN_PACKAGE_MAINTAINER}
        -o ${PORTOLAN_DEBIAN_DIR}/changelog.gz
    DEPENDS ${PROJECT_SOURCE_DIR}/CHANGELOG.md ${PROJECT_SOURCE_DIR}/scripts/make-debian-changelog
    COMMENT "Writing the Debian changelog.gz from CHANGELOG.md" VERBATIM)
add_custom_target(debian-changelog ALL DEPENDS ${PORTOLAN_DEBIAN_DIR}/changelog.gz)
install(FILES ${PORTOLAN_DEBIAN_DIR}/copyright ${PORTOLAN_DEBIAN_DIR}/changelog.gz
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})
# The formats and exports that portolan-cli's help points to as docs/<name>.md (the man page says where they are).
install(FILES ${PROJECT_SOURCE_DIR}/docs/diff-format.md ${PROJECT_SOURCE_DIR}/docs/firewall-export.md
    ${PROJECT_SOURCE_DIR}/docs/firewall-model.md ${PROJECT_SOURCE_DIR}/docs/lesson-format.md
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/${CPACK_PACKAGE_NAME})

include(CPack)
