#pragma once

// How an item of the diagram is drawn while some matrix rules are highlighted: the items of those rules stand out,
// the others fade.
enum class Emphasis
{
    Normal,
    Emphasised,
    Dimmed
};
