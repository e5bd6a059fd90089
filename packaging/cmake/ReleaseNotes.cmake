# SPDX-FileCopyrightText: 2026 The Rekindle authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# rekindle_release_notes(<CHANGELOG.md> VERSION <v> MAINTAINER <"Name <mail>">
#                        DEBIAN_PACKAGE <name> RPM_RELEASE <n> OUT_DIR <dir>)
#
# Reads the one changelog of the project (see CHANGELOG.md for its shape) and writes, from the
# same entries:
#   <dir>/debian-changelog     the Debian changelog (gzipped by the caller for changelog.gz)
#   <dir>/rpm-changelog        the body of the RPM %changelog (CPACK_RPM_CHANGELOG_FILE)
# and sets in the caller's scope
#   REKINDLE_APPSTREAM_RELEASES  the <release> elements of the AppStream metainfo
#   REKINDLE_RELEASE_DATE        the newest release's date (YYYY-MM-DD), e.g. for the man page
# It stops with an error when the newest entry is not VERSION, so that the version is set in
# one place (project(VERSION)) and the changelog cannot fall behind it.

# Day of the week (0 = Sunday) of a Gregorian date, by Sakamoto's method: the changelog formats
# want the weekday and CMake cannot parse dates.
function(_rekindle_weekday year month day out)
    set(offsets 0 3 2 5 0 3 5 1 4 6 2 4)
    math(EXPR index "${month} - 1")
    list(GET offsets ${index} offset)
    if(month LESS 3)
        math(EXPR year "${year} - 1")
    endif()
    math(EXPR weekday "(${year} + ${year} / 4 - ${year} / 100 + ${year} / 400 + ${offset} + ${day}) % 7")
    set(${out} ${weekday} PARENT_SCOPE)
endfunction()

function(_rekindle_xml_escape text out)
    string(REPLACE "&" "&amp;" text "${text}")
    string(REPLACE "<" "&lt;" text "${text}")
    string(REPLACE ">" "&gt;" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

function(rekindle_release_notes changelog)
    cmake_parse_arguments(ARG "" "VERSION;MAINTAINER;DEBIAN_PACKAGE;RPM_RELEASE;OUT_DIR" "" ${ARGN})
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${changelog}")
    file(STRINGS "${changelog}" lines ENCODING UTF-8)

    set(day_names Sun Mon Tue Wed Thu Fri Sat)
    set(month_names Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    set(debian "")
    set(rpm "")
    set(appstream "")
    set(releases "")
    # The entry being read: its header fields and its items (Debian, RPM, AppStream forms).
    set(version "")

    # One pass over the lines; a sentinel heading at the end closes the last entry.
    list(APPEND lines "## END (0000-00-00)")
    foreach(line IN LISTS lines)
        if(line MATCHES "^## ([^ ]+) \\(([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])\\)$")
            if(NOT version STREQUAL "")
                if(item_xml)
                    string(APPEND items_xml "          <li>${item_xml}</li>\n")
                endif()
                if(items_debian STREQUAL "")
                    message(FATAL_ERROR "${changelog}: release ${version} lists no change.")
                endif()
                _rekindle_weekday(${year} ${month} ${day} weekday)
                list(GET day_names ${weekday} day_name)
                math(EXPR month_index "${month} - 1")
                list(GET month_names ${month_index} month_name)
                string(APPEND debian
                    "${ARG_DEBIAN_PACKAGE} (${version}) unstable; urgency=medium\n\n"
                    "${items_debian}\n"
                    " -- ${ARG_MAINTAINER}  ${day_name}, ${day} ${month_name} ${year} 12:00:00 +0000\n\n")
                string(APPEND rpm
                    "* ${day_name} ${month_name} ${day} ${year} ${ARG_MAINTAINER} - ${version}-${ARG_RPM_RELEASE}\n"
                    "${items_rpm}\n")
                string(APPEND appstream
                    "    <release version=\"${version}\" date=\"${year}-${month}-${day}\">\n"
                    "      <description>\n        <ul>\n${items_xml}        </ul>\n"
                    "      </description>\n    </release>\n")
                list(APPEND releases "${version}")
                if(NOT DEFINED newest_date)
                    set(newest_date "${year}-${month}-${day}")
                endif()
            endif()
            set(version "${CMAKE_MATCH_1}")
            set(year "${CMAKE_MATCH_2}")
            set(month "${CMAKE_MATCH_3}")
            set(day "${CMAKE_MATCH_4}")
            set(items_debian "")
            set(items_rpm "")
            set(items_xml "")
            set(item_xml "")
        elseif(version STREQUAL "")
            continue() # the file's own header
        elseif(line MATCHES "^- (.+)$")
            if(item_xml)
                string(APPEND items_xml "          <li>${item_xml}</li>\n")
            endif()
            string(APPEND items_debian "  * ${CMAKE_MATCH_1}\n")
            string(APPEND items_rpm "- ${CMAKE_MATCH_1}\n")
            _rekindle_xml_escape("${CMAKE_MATCH_1}" item_xml)
        elseif(line MATCHES "^  +([^ ].*)$" AND item_xml)
            string(APPEND items_debian "    ${CMAKE_MATCH_1}\n")
            string(APPEND items_rpm "  ${CMAKE_MATCH_1}\n")
            _rekindle_xml_escape("${CMAKE_MATCH_1}" continued)
            string(APPEND item_xml " ${continued}")
        elseif(line MATCHES "^## ")
            message(FATAL_ERROR "${changelog}: a release heading must read `## VERSION (YYYY-MM-DD)`: ${line}")
        elseif(NOT line STREQUAL "")
            message(FATAL_ERROR "${changelog}: under ${version}, a line is neither an item nor its continuation: ${line}")
        endif()
        string(LENGTH "${line}" length)
        if(length GREATER 76)
            message(FATAL_ERROR "${changelog}: a line is longer than 76 columns: ${line}")
        endif()
    endforeach()

    list(LENGTH releases count)
    if(count EQUAL 0)
        message(FATAL_ERROR "${changelog} lists no release.")
    endif()
    list(GET releases 0 newest)
    if(NOT newest STREQUAL ARG_VERSION)
        message(FATAL_ERROR "The newest release in ${changelog} is ${newest}, but the project's "
                            "VERSION is ${ARG_VERSION}: add its entry to the changelog.")
    endif()

    # Written through a copy so that an unchanged changelog keeps its timestamp.
    string(STRIP "${debian}" debian)
    string(STRIP "${rpm}" rpm)
    foreach(kind IN ITEMS debian rpm)
        file(WRITE "${ARG_OUT_DIR}/${kind}-changelog.tmp" "${${kind}}\n")
        configure_file("${ARG_OUT_DIR}/${kind}-changelog.tmp" "${ARG_OUT_DIR}/${kind}-changelog" COPYONLY)
    endforeach()
    set(REKINDLE_APPSTREAM_RELEASES "${appstream}" PARENT_SCOPE)
    set(REKINDLE_RELEASE_DATE "${newest_date}" PARENT_SCOPE)
endfunction()
