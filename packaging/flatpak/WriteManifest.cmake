# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# cmake -DTEMPLATE=<yml.in> -DARCHIVE=<tar.gz> -DOUTPUT=<yml> -DPROJECT_VERSION=<v>
#       -DREKINDLE_APP_ID=<id> -P WriteManifest.cmake
# Writes the Flatpak manifest with the SHA-256 of the source archive it builds from
# (run by the flatpak_manifest target of packaging/CMakeLists.txt, after the archive is made).
foreach(variable IN ITEMS TEMPLATE ARCHIVE OUTPUT PROJECT_VERSION REKINDLE_APP_ID)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "WriteManifest.cmake needs -D${variable}=...")
    endif()
endforeach()
if(NOT EXISTS "${ARCHIVE}")
    message(FATAL_ERROR "No source archive at ${ARCHIVE}")
endif()
file(SHA256 "${ARCHIVE}" REKINDLE_SOURCE_SHA256)
configure_file("${TEMPLATE}" "${OUTPUT}" @ONLY)
message(STATUS "Flatpak manifest: ${OUTPUT} (source sha256 ${REKINDLE_SOURCE_SHA256})")
