#pragma once

#include <nlohmann/json.hpp>

#include "features/tasks/task.hpp"
#include "platform/errors/result.hpp"
#include "platform/json/writer.hpp"

namespace clientele::tasks {

void to_json(nlohmann::json& j, const Task& t);
/// Columns with their status, count and cards (the fields a card shows).
void to_json(nlohmann::json& j, const Board& b);
/// A page of one board column: {items: [card], nextCursor}.
void to_json(nlohmann::json& j, const ColumnPage& p);
/// The same two as text without the DOM (a board holds hundreds of cards); the answers use these.
void WriteJson(json::Writer& w, const Board& b);
void WriteJson(json::Writer& w, const ColumnPage& p);

/// Request bodies; wrong types → 400, unknown fields → 422.
Result<NewTask> ParseNewTask(const nlohmann::json& body);
Result<TaskPatch> ParseTaskPatch(const nlohmann::json& body);
Result<TaskMove> ParseTaskMove(const nlohmann::json& body);

}  // namespace clientele::tasks
