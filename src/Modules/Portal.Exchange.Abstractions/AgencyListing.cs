namespace Portal.Exchange;

/// <summary>An agency as the exchange directory shows it to people choosing recipients.</summary>
public sealed record AgencyListing(string AgencyCode, string DisplayName, string? ParentCode, int Level);
