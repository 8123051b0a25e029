namespace Portal.Departure.Models;

/// <summary>
/// A person's signed undertaking to protect state secrets (cam kết bảo vệ bí mật nhà nước) before leaving their post:
/// who, when, and which version of the text they signed, with their name and title as they were.
/// </summary>
public sealed class Undertaking
{
    public int Id { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public required string FullName { get; set; }
    public string Position { get; set; } = "";
    public required string TextVersion { get; set; }
    public DateTime SignedUtc { get; set; }
}
