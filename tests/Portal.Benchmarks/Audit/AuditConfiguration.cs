namespace Portal.Benchmarks;

/// <summary>
/// One way of appending: how many writers at once, on how many tenants (writer i on tenant i mod tenants),
/// and whether a writer keeps one DI scope for its whole run or takes a new one for every append (as a request does).
/// </summary>
public sealed record AuditConfiguration(string Name, int Writers, int Tenants, bool ScopePerAppend)
{
    public static IReadOnlyList<AuditConfiguration> All { get; } =
    [
        new("sequential, 1 writer, one scope", 1, 1, false),
        new("2 concurrent writers, a scope each", 2, 1, false),
        new("8 concurrent writers, a scope each", 8, 1, false),
        new("sequential, 1 writer, scope per append", 1, 1, true),
        new("2 concurrent writers, scope per append", 2, 1, true),
        new("8 concurrent writers, scope per append", 8, 1, true),
        new("8 writers on 8 tenants, a scope each", 8, 8, false),
    ];
}
