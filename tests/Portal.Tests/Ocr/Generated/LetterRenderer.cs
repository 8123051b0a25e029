using SkiaSharp;

namespace Portal.Tests.Ocr.Generated;

/// <summary>
/// Draws a letter on A4 at 300 dpi as Decree 30/2020 lays it out, in Liberation Serif (Times New Roman's
/// metrics): two-column header, type and abstract or "V/v", red boxed stamps, justified body, recipients
/// and the signer's block with a blue signature and a red round seal over it.
/// </summary>
internal static class LetterRenderer
{
    public const int Width = 2480;
    public const int Height = 3508;
    private const float LeftCentre = 725;
    private const float RightCentre = 1738;
    private const float ColumnWidth = 860;
    private const float BodyLeft = 416;
    private const float BodyRight = 2290;
    private const string Fonts = "/usr/share/fonts/truetype/liberation2/LiberationSerif-";

    private static readonly SKTypeface Regular = SKTypeface.FromFile(Fonts + "Regular.ttf");
    private static readonly SKTypeface Bold = SKTypeface.FromFile(Fonts + "Bold.ttf");
    private static readonly SKTypeface Italic = SKTypeface.FromFile(Fonts + "Italic.ttf");
    private static readonly SKTypeface BoldItalic = SKTypeface.FromFile(Fonts + "BoldItalic.ttf");

    private static float Px(float points) => points * 300 / 72;

    public static SKBitmap Draw(LetterSpec letter)
    {
        var page = new SKBitmap(Width, Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var canvas = new SKCanvas(page);
        canvas.Clear(SKColors.White);
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        var y = 280f;
        var left = y;
        foreach (var line in letter.ParentLines.SelectMany(l => Wrap(l, Regular, 13, ColumnWidth)))
            left = Centred(canvas, line, LeftCentre, left, Regular, 13, ink);
        foreach (var line in letter.AgencyLines.SelectMany(l => Wrap(l, Bold, 13, ColumnWidth)))
            left = Centred(canvas, line, LeftCentre, left, Bold, 13, ink);
        canvas.DrawLine(LeftCentre - 130, left + 5, LeftCentre + 130, left + 5, Stroke(SKColors.Black, 3));
        left = Centred(canvas, "Số: " + letter.Number, LeftCentre, left + 30, Regular, 13, ink);
        var right = Centred(canvas, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", RightCentre, y, Bold, 13, ink);
        right = Centred(canvas, "Độc lập - Tự do - Hạnh phúc", RightCentre, right, Bold, 14, ink);
        canvas.DrawLine(RightCentre - 330, right + 5, RightCentre + 330, right + 5, Stroke(SKColors.Black, 3));
        right = Centred(canvas, letter.PlaceDate, RightCentre, right + 40, Italic, 14, ink);
        if (letter.IsLetter)
        {
            foreach (var line in Wrap(letter.SubjectLines[0], Regular, 12, ColumnWidth))
                left = Centred(canvas, line, LeftCentre, left, Regular, 12, ink);
            y = Math.Max(left, right) + 60;
        }
        else
        {
            y = Math.Max(left, right) + 60;
            y = Centred(canvas, letter.TypeTitle, Width / 2f, y, Bold, 14, ink);
            foreach (var line in Wrap(letter.SubjectLines[0], Bold, 14, 1700))
                y = Centred(canvas, line, Width / 2f, y, Bold, 14, ink);
            canvas.DrawLine(Width / 2f - 250, y + 5, Width / 2f + 250, y + 5, Stroke(SKColors.Black, 3));
        }
        y = Stamps(canvas, letter, y + 40);
        foreach (var paragraph in letter.Paragraphs)
            y = Justified(canvas, paragraph, y, ink) + Px(6);
        Footer(canvas, letter, y + 40, ink);
        return page;
    }

    private static float Stamps(SKCanvas canvas, LetterSpec letter, float y)
    {
        var red = new SKColor(215, 25, 32);
        using var text = new SKPaint { Color = red, IsAntialias = true };
        var x = BodyLeft;
        foreach (var mark in new[] { letter.Classification, letter.Urgency }.Where(m => m.Length > 0))
        {
            using var font = new SKFont(Bold, Px(16));
            var width = font.MeasureText(mark);
            canvas.DrawRect(x, y, width + 60, 105, Stroke(red, 5));
            canvas.DrawText(mark, x + 30, y + 80, SKTextAlign.Left, font, text);
            x += width + 140;
        }
        return y + 190;
    }

    private static void Footer(SKCanvas canvas, LetterSpec letter, float y, SKPaint ink)
    {
        var left = y;
        using (var font = new SKFont(BoldItalic, Px(12)))
            canvas.DrawText(letter.Recipients[0], 354, left + 45, SKTextAlign.Left, font, ink);
        left += 70;
        using (var font = new SKFont(Regular, Px(11)))
        {
            foreach (var entry in letter.Recipients.Skip(1))
            {
                canvas.DrawText(entry, 356, left + 40, SKTextAlign.Left, font, ink);
                left += 60;
            }
        }
        var right = y;
        foreach (var title in letter.SignerTitles)
            right = Centred(canvas, title, RightCentre, right, Bold, 13, ink);
        var nameY = right + 330;
        using (var signature = new SKPaint { Color = new SKColor(20, 40, 160), IsStroke = true, StrokeWidth = 5, IsAntialias = true })
        {
            using var path = new SKPath();
            path.MoveTo(RightCentre - 220, right + 150);
            path.CubicTo(RightCentre - 100, right + 20, RightCentre, right + 260, RightCentre + 120, right + 90);
            path.CubicTo(RightCentre + 200, right + 20, RightCentre + 240, right + 180, RightCentre + 300, right + 120);
            canvas.DrawPath(path, signature);
        }
        Seal(canvas, new SKPoint(RightCentre - 170, right + 225));
        Centred(canvas, letter.Signer, RightCentre, nameY, Bold, 13, ink);
    }

    private static void Seal(SKCanvas canvas, SKPoint centre)
    {
        var red = new SKColor(220, 30, 40, 230);
        canvas.DrawCircle(centre, 190, Stroke(red, 10));
        canvas.DrawCircle(centre, 148, Stroke(red, 4));
        using var star = new SKPaint { Color = red, IsAntialias = true };
        using var path = new SKPath();
        for (var i = 0; i < 5; i++)
        {
            var angle = Math.PI * (i * 0.4 - 0.5);
            var point = new SKPoint(centre.X + (float)(55 * Math.Cos(angle)), centre.Y + (float)(55 * Math.Sin(angle)));
            if (i == 0) path.MoveTo(point); else path.LineTo(point);
        }
        path.Close();
        canvas.DrawPath(path, star);
        using var font = new SKFont(Bold, Px(7));
        const string ring = "* CƠ QUAN BAN HÀNH *";
        for (var i = 0; i < ring.Length; i++)
        {
            var angle = Math.PI * (1.1 + 0.8 * i / ring.Length);
            canvas.Save();
            canvas.Translate(centre.X + (float)(168 * Math.Cos(angle)), centre.Y + (float)(168 * Math.Sin(angle)));
            canvas.RotateRadians((float)(angle + Math.PI / 2));
            canvas.DrawText(ring[i].ToString(), 0, 10, SKTextAlign.Center, font, star);
            canvas.Restore();
        }
    }

    private static float Centred(SKCanvas canvas, string text, float centre, float y, SKTypeface face, float points, SKPaint ink)
    {
        using var font = new SKFont(face, Px(points));
        canvas.DrawText(text, centre, y + Px(points), SKTextAlign.Center, font, ink);
        return y + Px(points) * 1.3f;
    }

    private static float Justified(SKCanvas canvas, string paragraph, float y, SKPaint ink)
    {
        using var font = new SKFont(Regular, Px(14));
        var lines = Wrap(paragraph, Regular, 14, BodyRight - BodyLeft);
        for (var i = 0; i < lines.Count; i++)
        {
            var words = lines[i].Split(' ');
            var gap = font.MeasureText(" ");
            if (i < lines.Count - 1 && words.Length > 1)
                gap = (BodyRight - BodyLeft - words.Sum(w => font.MeasureText(w))) / (words.Length - 1);
            var x = BodyLeft;
            foreach (var word in words)
            {
                canvas.DrawText(word, x, y + Px(14), SKTextAlign.Left, font, ink);
                x += font.MeasureText(word) + gap;
            }
            y += Px(14) * 1.25f;
        }
        return y;
    }

    private static List<string> Wrap(string text, SKTypeface face, float points, float width)
    {
        using var font = new SKFont(face, Px(points));
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }
        lines.Add(line);
        return lines;
    }

    private static SKPaint Stroke(SKColor colour, float width) =>
        new() { Color = colour, IsStroke = true, StrokeWidth = width, IsAntialias = true };
}
