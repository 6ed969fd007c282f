#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// The input of one run as a QByteArray that owns a copy: Qt's parsers may keep pointers into what they read.
inline QByteArray fuzzInput(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// A finding: prints what differs and aborts, so that libFuzzer keeps the input as a crash.
[[noreturn]] void fuzzFinding(const char* what, const QByteArray& expected, const QByteArray& actual);
