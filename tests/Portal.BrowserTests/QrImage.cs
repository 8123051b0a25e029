using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace Portal.BrowserTests;

/// <summary>The enrolment page's QR image: the PNG its data URI carries, and the text a phone reads from what the browser drew.</summary>
public static class QrImage
{
    private const string DataUriPrefix = "data:image/png;base64,";
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Draws the loaded image on a white canvas and returns its size and the red channel of each pixel.</summary>
    private const string ReadPixels =
        "img => { const c = document.createElement('canvas'); c.width = img.naturalWidth; c.height = img.naturalHeight;" +
        " const g = c.getContext('2d'); g.fillStyle = '#fff'; g.fillRect(0, 0, c.width, c.height); g.drawImage(img, 0, 0);" +
        " const d = g.getImageData(0, 0, c.width, c.height).data; const out = new Array(c.width * c.height);" +
        " for (let i = 0; i < out.length; i++) out[i] = d[i * 4];" +
        " return { width: c.width, height: c.height, complete: img.complete, pixels: out }; }";

    /// <summary>Asserts the data URI is a whole PNG (signature, header chunk first, end chunk last); returns its size in pixels and bytes.</summary>
    public static (int Width, int Height, int Bytes) ReadPng(string? dataUri)
    {
        Assert.StartsWith(DataUriPrefix, dataUri);
        var png = Convert.FromBase64String(dataUri![DataUriPrefix.Length..]);
        Assert.True(png.AsSpan(0, 8).SequenceEqual(PngSignature), "The QR image is not a PNG.");
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal("IEND", Encoding.ASCII.GetString(png, png.Length - 8, 4));
        return (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)), png.Length);
    }

    /// <summary>The browser's pixels of the image, read as a QR code; fails when the browser did not decode the image or no code is found.</summary>
    public static async Task<string> ScanAsync(ILocator image)
    {
        var drawn = await image.EvaluateAsync<JsonElement>(ReadPixels);
        var width = drawn.GetProperty("width").GetInt32();
        var height = drawn.GetProperty("height").GetInt32();
        Assert.True(drawn.GetProperty("complete").GetBoolean() && width > 0, "The browser did not decode the QR image.");
        var luminance = drawn.GetProperty("pixels").EnumerateArray().Select(p => (byte)p.GetInt32()).ToArray();
        var source = new RGBLuminanceSource(luminance, width, height, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        Assert.True(result is not null, "No QR code found in the image the browser drew.");
        return result.Text;
    }
}
