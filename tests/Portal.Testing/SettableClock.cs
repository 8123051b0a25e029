namespace Portal.Testing;

/// <summary>A clock a test sets by hand, given to the service under test in place of the system's.</summary>
public sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
