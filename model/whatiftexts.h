#pragma once

#include "model/catalogentry.h"

#include <QString>

// The catalog texts the what-if shows, each read in one place: when the catalog's texts come in the user's language
// (CatalogTexts), each of these becomes that one call.
namespace WhatIfTexts {

inline QString service(const CatalogEntry& entry)
{
    return entry.service;
}

inline QString purpose(const CatalogEntry& entry)
{
    return entry.purpose;
}

inline QString ifBlocked(const CatalogEntry& entry)
{
    return entry.ifBlocked;
}

} // namespace WhatIfTexts
