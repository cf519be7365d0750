#pragma once

#include "features/notes/project_ref.hpp"

namespace clientele::app {

/// Notes', files' and links' view of projects: number, name and customer. For now it reads the projects table
/// of migration 0004 itself; once the projects feature's service offers this lookup, it goes through that.
notes::ProjectPort ProjectRefsFromTable();

}  // namespace clientele::app
