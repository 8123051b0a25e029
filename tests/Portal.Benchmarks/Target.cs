namespace Portal.Benchmarks;

/// <summary>One acceptance target of the issue and whether the run met it.</summary>
public sealed record Target(string Name, string Goal, string Actual, bool Met);
