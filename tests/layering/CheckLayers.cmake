# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Reads the #include "..." lines of every .h and .cpp under APP_DIR and fails on any arrow the
# layering forbids. Run as: cmake -DAPP_DIR=<dir> [-DEXPECT_VIOLATIONS=<n>] -P CheckLayers.cmake
#
# Where each part of app/ sits, and what it may include (besides itself):
#   core      QtCore only: nothing of ours
#   crypto    core (libsodium: keys, envelopes, sealed values)
#   storage   core, crypto (the only layer that sees the keys)
#   export    core, storage (HTML/PDF exports: QtGui, beside the models layer)
#   models    core, storage
#   ui        core, models, export: never storage (widgets reach it through the models layer)
#   cli       core, storage, models, export: the console commands, never ui
#   main      main.cpp and ParentConsole: core, cli, ui, each other
# A storage-internal header (the journal's connection) is included by storage alone, even where
# the layer may include storage.
# A quoted include is resolved like the compiler does (next to the including file, then from
# app/); a bare name found nowhere else is looked up by file name across app/, so that
# `#include "Journal.h"` from ui/ counts as the storage include it is.
#
# With EXPECT_VIOLATIONS the script checks itself on a fixture tree: it succeeds only when it
# finds exactly that many forbidden arrows.

cmake_minimum_required(VERSION 3.21)

if(NOT APP_DIR OR NOT IS_DIRECTORY "${APP_DIR}")
    message(FATAL_ERROR "CheckLayers: APP_DIR is not a folder: '${APP_DIR}'")
endif()

set(allowed_core "core")
set(allowed_crypto "core;crypto")
set(allowed_storage "core;crypto;storage")
set(allowed_export "core;storage;export")
set(allowed_models "core;storage;models")
set(allowed_ui "core;models;export;ui")
set(allowed_cli "core;storage;models;export;cli")
set(allowed_main "core;cli;ui;main")
set(layers core crypto storage export models ui cli main)
set(storage_internal "storage/JournalConnection.h")

# The layer of a path relative to APP_DIR, or "" when it is in none.
function(layer_of relative out)
    # main.cpp and its Windows console helper (ParentConsole) make the executable.
    if(relative MATCHES "^(main\\.cpp|ParentConsole\\.(h|cpp))$")
        set(${out} main PARENT_SCOPE)
        return()
    endif()
    string(REGEX MATCH "^[^/]+" top "${relative}")
    if(top IN_LIST layers AND NOT top STREQUAL "main")
        set(${out} ${top} PARENT_SCOPE)
    else()
        set(${out} "" PARENT_SCOPE)
    endif()
endfunction()

file(GLOB_RECURSE sources RELATIVE "${APP_DIR}" "${APP_DIR}/*.h" "${APP_DIR}/*.cpp")
list(SORT sources)

set(violations 0)
set(checked 0)
foreach(source IN LISTS sources)
    layer_of("${source}" layer)
    if(layer STREQUAL "")
        message(NOTICE "CheckLayers: ${source} is in no layer; add its folder above")
        math(EXPR violations "${violations} + 1")
        continue()
    endif()
    get_filename_component(source_dir "${source}" DIRECTORY)
    file(STRINGS "${APP_DIR}/${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*\"")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*\"([^\"]+)\".*$" "\\1" included "${line}")
        math(EXPR checked "${checked} + 1")
        # Resolve as the compiler would: next to the file, then from app/.
        set(target "")
        get_filename_component(beside "${APP_DIR}/${source_dir}/${included}" ABSOLUTE)
        if(source_dir AND EXISTS "${beside}")
            file(RELATIVE_PATH target "${APP_DIR}" "${beside}")
        elseif(EXISTS "${APP_DIR}/${included}")
            set(target "${included}")
        else()
            get_filename_component(name "${included}" NAME)
            foreach(candidate IN LISTS sources)
                get_filename_component(candidate_name "${candidate}" NAME)
                if(candidate_name STREQUAL name)
                    set(target "${candidate}")
                    break()
                endif()
            endforeach()
        endif()
        if(target STREQUAL "")
            # Not ours (a generated file or a library's header in quotes): no arrow to check.
            continue()
        endif()
        layer_of("${target}" target_layer)
        if(target IN_LIST storage_internal AND NOT layer STREQUAL "storage")
            message(NOTICE
                "CheckLayers: ${source} (${layer}) includes \"${included}\", which is "
                "storage-internal: only storage may include it")
            math(EXPR violations "${violations} + 1")
            continue()
        endif()
        if(target_layer STREQUAL "" OR target_layer IN_LIST allowed_${layer})
            continue()
        endif()
        message(NOTICE
            "CheckLayers: ${source} (${layer}) includes \"${included}\" (${target_layer}): "
            "${layer} may include only ${allowed_${layer}}")
        math(EXPR violations "${violations} + 1")
    endforeach()
endforeach()

list(LENGTH sources files)
if(DEFINED EXPECT_VIOLATIONS)
    if(NOT violations EQUAL EXPECT_VIOLATIONS)
        message(FATAL_ERROR
            "CheckLayers: expected ${EXPECT_VIOLATIONS} forbidden includes, found ${violations}")
    endif()
    message(STATUS "CheckLayers: found the ${violations} forbidden includes of the fixture")
    return()
endif()
if(violations GREATER 0)
    message(FATAL_ERROR "CheckLayers: ${violations} forbidden includes in ${files} files")
endif()
message(STATUS "CheckLayers: ${checked} includes in ${files} files follow the layering")
