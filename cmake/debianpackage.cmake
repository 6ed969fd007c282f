# The Debian package: `make package` (or `cmake --build build --target package`) writes
# build/portolan_<version>_<arch>.deb with everything the install() rules put under /usr.
set(PORTOLAN_PACKAGE_MAINTAINER "Portolan maintainers <maintainers@users.noreply.r-seed-30074143.example>"
    CACHE STRING "The Maintainer field of the Debian package")
set(PORTOLAN_PACKAGE_HOMEPAGE "" CACHE STRING "The Homepage field of the Debian package (left out when empty)")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME portolan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CONTACT "${PORTOLAN_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Port planner for Microsoft Exchange networks")
set(CPACK_PACKAGE_DESCRIPTION
    "Portolan describes an Exchange deployment as zones and servers with Exchange roles and derives every flow\n"
    "those roles need, the zone-to-zone port matrix a firewall must allow, and the warnings where Microsoft does\n"
    "not support the layout. Every port cites its Microsoft source. It checks a live network against the plan,\n"
    "exports firewall rules, writes PDF reports and teaches the layouts in lessons.\n"
    "\n"
    "This package holds the window (portolan), the command-line tool (portolan-cli) and its diagram and report\n"
    "renderer (portolan-render).")
string(CONCAT CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
if(PORTOLAN_PACKAGE_HOMEPAGE)
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PORTOLAN_PACKAGE_HOMEPAGE}")
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

include(CPack)
