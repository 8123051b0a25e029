using Portal.Core.Tenancy;

namespace Portal.Benchmarks;

/// <summary>The benchmark's communes: xa-0001, xa-0002, ... with unique agency codes, set up from the shipped commune recipe.</summary>
public static class BenchTenants
{
    public const string Recipe = "commune";
    public const string Prefix = "xa-";
    public const string AdminUserName = "quantri";
    public const string AdminPassword = "Portal@Bench2026";

    public static string Name(int number) => $"{Prefix}{number:0000}";

    public static bool IsBenchTenant(string name) => name.StartsWith(Prefix, StringComparison.Ordinal);

    public static TenantCreation Creation(int number) => new(
        Name(number),
        $"Ủy ban nhân dân xã Thử Nghiệm {number}",
        $"{number / 100:000}.{number % 100:00}.42.H42",
        "Ủy ban nhân dân tỉnh Thử Nghiệm",
        AgencyLevel.Commune,
        Recipe,
        AdminUserName,
        AdminPassword,
        "Quản trị xã");
}
