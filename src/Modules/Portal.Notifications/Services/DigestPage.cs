namespace Portal.Notifications.Services;

/// <summary>What happened since the person's previous visit (null on the first), grouped by kind.</summary>
public sealed record DigestPage(DateTime? SinceUtc, IReadOnlyList<DigestGroup> Groups);
