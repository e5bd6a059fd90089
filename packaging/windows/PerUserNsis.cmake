# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# An NSIS installer that installs for the current user without admin rights.
#
# CPack's NSIS template always asks for elevation (`RequestExecutionLevel admin`) and, for a
# user in the Administrators group, writes shortcuts and registry keys for all users. CPack has
# no setting for either, so this derives a template from the one of the CMake that builds
# (never a copy kept here, which would drift from CMake's) with those two lines changed:
# `RequestExecutionLevel user` and `SetShellVarContext current`, so that the shortcuts, the
# uninstall entry (SHCTX = HKCU) and the files all belong to the user. CPack looks for
# NSIS.template.in in CMAKE_MODULE_PATH before its own.

set(REKINDLE_NSIS_TEMPLATE_DIR "${CMAKE_CURRENT_BINARY_DIR}/nsis")
set(template "${CMAKE_ROOT}/Modules/Internal/CPack/NSIS.template.in")
if(NOT EXISTS "${template}")
    message(FATAL_ERROR "CPack's NSIS template is not at ${template}: adapt windows/PerUserNsis.cmake "
                        "to this CMake ${CMAKE_VERSION}.")
endif()
file(READ "${template}" content)
foreach(line IN ITEMS "RequestExecutionLevel admin" "SetShellVarContext all")
    string(FIND "${content}" "${line}" found)
    if(found EQUAL -1)
        message(FATAL_ERROR "CPack's NSIS template of CMake ${CMAKE_VERSION} has no `${line}`: "
                            "check that windows/PerUserNsis.cmake still makes a per-user installer.")
    endif()
endforeach()
string(REPLACE "RequestExecutionLevel admin" "RequestExecutionLevel user" content "${content}")
string(REPLACE "SetShellVarContext all" "SetShellVarContext current" content "${content}")
file(WRITE "${REKINDLE_NSIS_TEMPLATE_DIR}/NSIS.template.in" "${content}")
list(PREPEND CMAKE_MODULE_PATH "${REKINDLE_NSIS_TEMPLATE_DIR}")
