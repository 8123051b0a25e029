using Portal.Reorganisation.Models;
using Portal.Reorganisation.Services;

namespace Portal.Reorganisation.Controllers;

/// <summary>One reorganisation's page: its plan as approved, and its steps' progress (a split's per successor).</summary>
public sealed record ReorganisationPage(ReorganisationRecord Record, ReorganisationPlan Plan, IReadOnlyList<ReorganisationStep> Steps);
