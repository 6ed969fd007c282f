#pragma once

#include "model/catalogentry.h"

// The catalog's texts as the lesson views show them: each read through one function, so that reading them in the
// user's language (CatalogTexts) is a change here alone.
namespace CatalogWording {
inline QString service(const CatalogEntry& entry)
{
    return entry.service;
}
} // namespace CatalogWording
