namespace Portal.Tests.Support;

/// <summary>Tenant prefixes and agency codes no other test uses, so tests can share a server.</summary>
public static class UniqueNames
{
    private static int _codes;

    public static string Tenant(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)];

    /// <summary>A well-formed agency code (000.00.00.H41 shape) that differs from test to test.</summary>
    public static string AgencyCode()
    {
        var n = Interlocked.Increment(ref _codes);
        return $"{500 + n / 100 % 500:000}.{n % 100:00}.41.H41";
    }
}
