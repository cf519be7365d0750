# Debian's libsoci-dev ships neither a CMake config nor a pkg-config file; find the pieces by hand.
find_path(SOCI_INCLUDE_DIR soci/soci.h)
find_library(SOCI_CORE_LIBRARY soci_core)
find_library(SOCI_SQLITE3_LIBRARY soci_sqlite3)
find_library(SOCI_POSTGRESQL_LIBRARY soci_postgresql)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(SOCI REQUIRED_VARS SOCI_INCLUDE_DIR SOCI_CORE_LIBRARY SOCI_SQLITE3_LIBRARY SOCI_POSTGRESQL_LIBRARY)
if(SOCI_FOUND AND NOT TARGET SOCI::soci)
  add_library(SOCI::soci INTERFACE IMPORTED)
  set_target_properties(SOCI::soci PROPERTIES
    INTERFACE_INCLUDE_DIRECTORIES "${SOCI_INCLUDE_DIR};/usr/include/postgresql"
    INTERFACE_LINK_LIBRARIES "${SOCI_SQLITE3_LIBRARY};${SOCI_POSTGRESQL_LIBRARY};${SOCI_CORE_LIBRARY}")
endif()
