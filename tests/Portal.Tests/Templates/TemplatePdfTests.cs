using System.Diagnostics;
using Portal.Rendering;
using Portal.Templates;
using Portal.Templates.Services;
using Portal.Tests.Rendering;
using Xunit.Abstractions;

namespace Portal.Tests.Templates;

/// <summary>
/// Each shipped template printed by the real renderer (Chromium) and read back with PdfPig: A4, the
/// decree's margins and font, the parts in reading order, and the marks where the composer puts them
/// from the document's fields.
/// </summary>
[Collection(RenderingCollection.Name)]
public sealed class TemplatePdfTests(RenderingFixture fixture, ITestOutputHelper output)
{
    private const double Millimetre = 72 / 25.4;

    public static TheoryData<string> Types => new(DocumentTypes.All.Select(t => t.Code));

    [Theory]
    [MemberData(nameof(Types))]
    public async Task A_default_template_prints_on_A4_with_its_parts_in_order_and_the_marks_in_their_places(string code)
    {
        var type = DocumentTypes.Find(code)!;
        var html = TemplateRules.Compose(DefaultTemplates.For(type), type, SampleDocument.Fields, SampleDocument.Marks, SandboxLimits.Default);

        var clock = Stopwatch.StartNew();
        var pdf = await fixture.Renderer.RenderAsync(new PdfRequest(html), CancellationToken.None);
        var text = PdfText.Read(pdf);
        output.WriteLine($"{type.Name}: {text.Pages.Count} page(s) in {clock.ElapsedMilliseconds} ms");
        var words = PlacedWords.FirstPage(pdf);

        Assert.InRange(words.Width, 594, 597);
        Assert.InRange(words.Height, 841, 843);
        // Every glyph from an embedded subset ("ABCDEF+" before the name) of Liberation Serif, Times New Roman's metrics:
        // the page reads the same on a machine without the font.
        Assert.All(text.Fonts, f => Assert.Matches("^[A-Z]{6}\\+LiberationSerif", f));
        // Decree 30's margins, measured on the ink: top 20–25 mm, left 30–35, right 15–20 (justified lines reach it),
        // and nothing of the document's own in the bottom 20 mm (only the renderer's "Trang x/y").
        var footer = words.FindPhrase("Trang 1/1");
        var page = words.All.Where(w => Math.Abs(w.BoundingBox.Bottom - footer.BoundingBox.Bottom) > 1).ToList();
        Assert.InRange(page.Min(w => w.BoundingBox.Left) / Millimetre, 29.5, 35);
        Assert.InRange((words.Width - page.Max(w => w.BoundingBox.Right)) / Millimetre, 14.5, 20);
        Assert.InRange((words.Height - page.Max(w => w.BoundingBox.Top)) / Millimetre, 19.5, 25);
        Assert.All(page, w => Assert.True(w.BoundingBox.Bottom >= 20 * Millimetre, $"'{w.Text}' is above the bottom margin."));

        var agency = words.FindPhrase("SỞ NỘI VỤ");
        var nationalName = words.FindPhrase("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        var number = words.FindPhrase("Số: 05/SNV-VP");
        var date = words.FindPhrase("Nghệ An, ngày 05 tháng 01 năm 2026");
        var body = words.FindPhrase("Thực hiện chỉ đạo");
        var recipients = words.FindPhrase("Nơi nhận:");
        var title = words.FindPhrase("PHÓ GIÁM ĐỐC");
        var signer = words.FindPhrase("Nguyễn Văn Hùng");
        Assert.True(agency.BoundingBox.Right < words.Width / 2 && nationalName.BoundingBox.Left > words.Width / 2 - 40,
            "The issuer is on the left and the national name on the right.");
        Assert.True(number.BoundingBox.Top < agency.BoundingBox.Bottom, "The number is under the issuer.");
        Assert.True(date.BoundingBox.Top < nationalName.BoundingBox.Bottom, "Place and date are under the national name.");
        Assert.True(body.BoundingBox.Top < number.BoundingBox.Bottom, "The body follows the header.");
        if (!type.IsCongVan)
            Assert.True(words.Find(type.Name.ToUpperInvariant().Split(' ')[0]).BoundingBox.Top > body.BoundingBox.Top, "The type's name precedes the body.");
        Assert.True(recipients.BoundingBox.Top < body.BoundingBox.Bottom && recipients.BoundingBox.Right < words.Width / 2, "Nơi nhận is under the body, on the left.");
        Assert.True(signer.BoundingBox.Top < title.BoundingBox.Bottom - 40, "The signer's name is under the title, with room to sign.");

        var level = words.Find("MẬT");
        var urgency = words.Find("KHẨN");
        Assert.True(level.BoundingBox.Right < words.Width / 2 && level.BoundingBox.Top < number.BoundingBox.Bottom
            && level.BoundingBox.Bottom > body.BoundingBox.Top, "The classification stamp is under the number, above the body, on the left.");
        Assert.True(Math.Abs(urgency.BoundingBox.Bottom - level.BoundingBox.Bottom) < 2 && urgency.BoundingBox.Left > level.BoundingBox.Right,
            "The urgency stamp is beside the classification.");
        var copy = words.FindPhrase("Bản số: 01");
        Assert.True(copy.BoundingBox.Left > words.Width / 2 && copy.BoundingBox.Bottom > nationalName.BoundingBox.Top, "The copy number is at the top right.");
        Assert.True(words.FindPhrase("Thời hạn bảo vệ: 10 năm").BoundingBox.Bottom > agency.BoundingBox.Top, "The protection period is above the header.");
    }

    [Fact]
    public async Task The_marks_follow_the_fields_not_the_template()
    {
        var type = DocumentTypes.Find("quyet-dinh")!;
        var marks = new DocumentMarks(Portal.Access.SecrecyLevel.ToiMat) { Urgency = "Hỏa tốc", CopyNumber = 12, ProtectionPeriod = "20 năm" };
        var html = TemplateRules.Compose(DefaultTemplates.For(type), type, SampleDocument.Fields, marks, SandboxLimits.Default);

        var words = PlacedWords.FirstPage(await fixture.Renderer.RenderAsync(new PdfRequest(html), CancellationToken.None));

        Assert.Equal("TỐI", words.FindPhrase("TỐI MẬT").Text);
        words.FindPhrase("HỎA TỐC");
        words.FindPhrase("Bản số: 12");
        words.FindPhrase("Thời hạn bảo vệ: 20 năm");
        Assert.DoesNotContain(words.All, w => w.Text == "KHẨN");
    }
}
