using QRCoder;

namespace Portal.Identity.Services;

/// <summary>A QR code drawn on the server as a PNG data URI (the page loads nothing from elsewhere).</summary>
public static class QrCode
{
    public static string DataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
    }
}
