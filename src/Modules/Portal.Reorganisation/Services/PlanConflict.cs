namespace Portal.Reorganisation.Services;

/// <summary>A key held by more than one of the tenants (a user name, a register's code and year), and by which.</summary>
public sealed record PlanConflict(string Text, IReadOnlyList<string> Tenants);
