#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace clientele::util {

/// Lexicographic ranks for ordered lists that change by moving one item: a rank is a string over the digits
/// 0-9A-Za-z (ASCII order), never ending in '0', compared byte by byte. A move gives the moved item a rank
/// between its new neighbours and never renumbers the others. Ranks grow by about one character per six
/// inserts at one spot and per ~30 appends at one end; nothing shortens them again yet (a rebalancing
/// pass, or a length-prefixed integer part, is the known next step for very long columns).
namespace rank {

/// A rank for an item in an empty list.
std::string First();
/// A rank strictly between `before` and `after`; an empty `before` means "the start", nullopt `after` "the
/// end". Requires before < after when both are given.
std::string Between(std::string_view before, std::optional<std::string_view> after);
/// A rank after `last` (the end of the list): the shortest one, so that appending to a column grows ranks
/// by only one character per ~30 appends.
std::string After(std::string_view last);
/// A rank before `first` (the start of the list), likewise the shortest.
std::string Before(std::string_view first);
/// True for a string that Between can work with.
bool IsValid(std::string_view rank);

}  // namespace rank
}  // namespace clientele::util
