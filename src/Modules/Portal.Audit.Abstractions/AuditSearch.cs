namespace Portal.Audit;

/// <summary>Which entries to read: Vietnam's calendar days from/to (inclusive), an action code, at most <see cref="Limit"/> entries.</summary>
public sealed record AuditSearch(DateOnly? From = null, DateOnly? To = null, string? Action = null, string? UserName = null, int Limit = 100);
