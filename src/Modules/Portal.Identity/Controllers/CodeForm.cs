namespace Portal.Identity.Controllers;

public sealed class CodeForm
{
    public string? Code { get; set; }
    public string? RecoveryCode { get; set; }
    public string? ReturnUrl { get; set; }
    public string? Error { get; set; }
    /// <summary>For enrolment: the key in groups of four, and its QR code.</summary>
    public string? Key { get; set; }
    public string? QrCode { get; set; }
    public IReadOnlyList<string> RecoveryCodes { get; set; } = [];
}
