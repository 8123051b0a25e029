namespace Portal.Incoming.Services;

/// <summary>A thumbnail's PNG, or the reason there is none.</summary>
public sealed record Thumbnail(byte[]? Png, string? Reason)
{
    public static Thumbnail Refused(string reason) => new(null, reason);
}
