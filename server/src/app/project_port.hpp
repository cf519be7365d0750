#pragma once

#include "features/notes/project_ref.hpp"
#include "features/projects/project_service.hpp"

namespace clientele::app {

/// Notes', files' and links' view of projects, through the projects feature: names for their lists, and its
/// visibility rules for the project cards.
notes::ProjectPort ProjectPortOf(projects::ProjectService& projects);

}  // namespace clientele::app
