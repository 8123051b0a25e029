namespace Portal.Exchange;

/// <summary>
/// An agency as the exchange directory shows it to people choosing recipients. A merged agency's code stays listed with
/// <see cref="MergedInto"/> (the agency that now receives what is sent to it) and <see cref="Note"/> ("đã sáp nhập vào …", or after a split "đã chia tách; liên thông chuyển về …").
/// </summary>
public sealed record AgencyListing(string AgencyCode, string DisplayName, string? ParentCode, int Level, string? MergedInto = null, string? Note = null);
