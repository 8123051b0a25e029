namespace Portal.Benchmarks;

/// <summary>What `audit verify --tenant X` said about one tenant's chain after a run.</summary>
public sealed record ChainCheck(string Tenant, int ExitCode, long Entries, long ExpectedEntries, double VerifyMs, string Output)
{
    public bool Valid => ExitCode == 0 && Entries == ExpectedEntries;
}
