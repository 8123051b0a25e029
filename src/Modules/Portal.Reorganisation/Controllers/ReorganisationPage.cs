using Portal.Reorganisation.Models;
using Portal.Reorganisation.Services;

namespace Portal.Reorganisation.Controllers;

/// <summary>One reorganisation's page: its plan as approved, and its steps' progress.</summary>
public sealed record ReorganisationPage(ReorganisationRecord Record, MergePlan Plan, IReadOnlyList<ReorganisationStep> Steps);
