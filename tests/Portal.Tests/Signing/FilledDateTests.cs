using Portal.Rendering;
using Portal.Signing;
using Portal.Templates;
using Portal.Tests.Rendering;
using UglyToad.PdfPig;

namespace Portal.Tests.Signing;

/// <summary>
/// The date line of a page printed with blanks and then filled (as the clerk's number and date are, after
/// the signature): the place and the words with diacritics are the printed page's own text, from its
/// embedded Liberation Serif subset, and the filler adds only digits; a reader gets the whole line back.
/// The filler refuses text it has no embedded glyphs for ("Hà Nội") instead of writing it wrong.
/// </summary>
[Collection(RenderingCollection.Name)]
public sealed class FilledDateTests(RenderingFixture fixture)
{
    [Fact]
    public async Task The_filled_date_reads_back_whole_with_its_diacritics_from_an_embedded_subset()
    {
        var blank = DocumentFields.Blank;
        var html = "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><style>body{margin:0;font-family:'Liberation Serif';font-size:14pt;font-style:italic}</style></head>"
            + $"<body><p>Hà Nội, ngày {blank} tháng {blank} năm {blank}</p></body></html>";
        var pdf = await fixture.Renderer.RenderAsync(new PdfRequest(html), CancellationToken.None);
        var (day, month, year) = Places(pdf);

        var filled = new PdfFiller().Fill(pdf, 1,
            [new FilledText(day.X, day.Y, 14, true, "05"), new FilledText(month.X, month.Y, 14, true, "01"), new FilledText(year.X, year.Y, 14, true, "2027")]);

        using var document = PdfDocument.Open(filled);
        var page = document.GetPage(1);
        var words = page.GetWords().ToList();
        var baseline = words.First(w => w.Text == "ngày").BoundingBox.Bottom;
        var line = string.Join(" ", words.Where(w => Math.Abs(w.BoundingBox.Bottom - baseline) < 4).OrderBy(w => w.BoundingBox.Left).Select(w => w.Text));
        Assert.Equal("Hà Nội, ngày 05 tháng 01 năm 2027", line);
        Assert.All(page.Letters.Where(l => l.Value.Any(c => c > '~')), l => Assert.Matches("^[A-Z]{6}\\+LiberationSerif", l.FontName));
    }

    [Fact]
    public async Task Text_with_diacritics_is_refused_by_the_filler_with_a_reason()
    {
        var pdf = await fixture.Renderer.RenderAsync(new PdfRequest("<!DOCTYPE html><html><body><p>ngày</p></body></html>"), CancellationToken.None);

        var refusal = Assert.Throws<SigningException>(() => new PdfFiller().Fill(pdf, 1, [new FilledText(100, 700, 14, true, "Hà Nội")]));

        Assert.Contains("chữ số", refusal.Message);
    }

    /// <summary>Where each blank starts: just after the words "ngày", "tháng" and "năm", on their baseline.</summary>
    private static ((double X, double Y) Day, (double X, double Y) Month, (double X, double Y) Year) Places(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().ToList();
        (double, double) After(string word)
        {
            var found = words.First(w => w.Text == word);
            return (found.BoundingBox.Right + 4, found.Letters[0].StartBaseLine.Y);
        }
        return (After("ngày"), After("tháng"), After("năm"));
    }
}
