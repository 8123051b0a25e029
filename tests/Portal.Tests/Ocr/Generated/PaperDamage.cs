using SkiaSharp;

namespace Portal.Tests.Ocr.Generated;

/// <summary>
/// Turns a clean page into what arrives: a colour scan (slight skew, speckle, JPEG), a fax (200 dpi,
/// black and white, red printed black, streaks and specks, PNG) or a photo (perspective, uneven
/// light, soft focus, JPEG).
/// </summary>
internal static class PaperDamage
{
    public static (byte[] Bytes, string Extension) Apply(SKBitmap page, Damage damage, Random random) => damage switch
    {
        Damage.Scan => (Jpeg(Transform(page, page.Width, page.Height, random, 0.6f, perspective: false, light: false), 88), ".jpg"),
        Damage.Fax => (Fax(Transform(page, 1653, 2338, random, 0.8f, perspective: false, light: false), random), ".png"),
        _ => (Jpeg(Transform(page, page.Width, page.Height, random, 1.2f, perspective: true, light: true), 82), ".jpg"),
    };

    private static SKBitmap Transform(SKBitmap page, int width, int height, Random random, float maxDegrees, bool perspective, bool light)
    {
        var result = new SKBitmap(width, height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(result);
        canvas.Clear(light ? new SKColor(235, 232, 225) : SKColors.White);
        canvas.Translate(width / 2f, height / 2f);
        canvas.RotateDegrees((float)(random.NextDouble() * 2 - 1) * maxDegrees);
        canvas.Scale((float)width / page.Width);
        if (perspective)
        {
            var tilt = SKMatrix.CreateIdentity();
            tilt.Persp1 = (float)(random.NextDouble() * 2 - 1) * 0.000015f;
            canvas.Concat(tilt);
        }
        canvas.Translate(-page.Width / 2f, -page.Height / 2f);
        using var paint = new SKPaint();
        if (light)
            paint.ImageFilter = SKImageFilter.CreateBlur(1.0f, 1.0f);
        canvas.DrawBitmap(page, 0, 0, paint);
        canvas.ResetMatrix();
        if (light)
        {
            // Light from one side: the far corner of the photo is a third darker.
            using var shade = new SKPaint
            {
                BlendMode = SKBlendMode.Multiply,
                Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(width, height),
                    [SKColors.White, new SKColor(170, 165, 160)], SKShaderTileMode.Clamp),
            };
            canvas.DrawRect(0, 0, width, height, shade);
        }
        Speckle(canvas, width, height, random, light ? 0 : 600);
        return result;
    }

    private static void Speckle(SKCanvas canvas, int width, int height, Random random, int count)
    {
        using var dot = new SKPaint { Color = new SKColor(60, 60, 60) };
        for (var i = 0; i < count; i++)
            canvas.DrawRect(random.Next(width), random.Next(height), 1 + random.Next(2), 1 + random.Next(2), dot);
    }

    private static byte[] Jpeg(SKBitmap bitmap, int quality)
    {
        using (bitmap)
        using (var image = SKImage.FromBitmap(bitmap))
            return image.Encode(SKEncodedImageFormat.Jpeg, quality).ToArray();
    }

    private static byte[] Fax(SKBitmap colour, Random random)
    {
        using (colour)
        {
            var rgba = colour.GetPixelSpan();
            var pixels = new byte[colour.Width * colour.Height];
            var streaks = Enumerable.Range(0, 3).Select(_ => random.Next(colour.Height)).ToHashSet();
            for (var i = 0; i < pixels.Length; i++)
            {
                var luminance = 0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2];
                var black = luminance < 160 || streaks.Contains(i / colour.Width) || random.Next(1000) == 0;
                pixels[i] = black ? (byte)0 : (byte)255;
            }
            using var gray = new SKBitmap(colour.Width, colour.Height, SKColorType.Gray8, SKAlphaType.Opaque);
            System.Runtime.InteropServices.Marshal.Copy(pixels, 0, gray.GetPixels(), pixels.Length);
            using var image = SKImage.FromBitmap(gray);
            return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
        }
    }
}
