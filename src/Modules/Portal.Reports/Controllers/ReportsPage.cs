using Portal.Reports.Services;

namespace Portal.Reports.Controllers;

public sealed record ReportsPage(LeaderReport? Report, IReadOnlyList<(string Name, ReportPeriod Period)> Usual, IReadOnlyList<string> Errors);
