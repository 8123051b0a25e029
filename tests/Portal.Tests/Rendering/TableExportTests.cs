using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;
using Portal.Rendering;

namespace Portal.Tests.Rendering;

/// <summary>A register exported as XLSX, CSV, PDF and DOCX, as the spreadsheet or the reader who opens it sees it.</summary>
[Collection(RenderingCollection.Name)]
public sealed class TableExportTests(RenderingFixture fixture)
{
    private const string Title = "Sổ đăng ký văn bản mật đến năm 2026";
    private const string Note = "Xuất bởi Nguyễn Văn An (vanthu) lúc 25/11/2026 10:15";
    private const string Hyperlink = "=HYPERLINK(\"http://example.invalid/\",\"Bấm vào đây\")";
    private static readonly string[] Columns = ["Số đến", "Ngày đến", "Nơi gửi", "Trích yếu", "Độ mật"];

    private static readonly string?[][] Hostile =
    [
        ["1", "03/01/2026", "Bộ Công an", Hyperlink, "Mật"],
        ["2", "04/01/2026", "+84 912 345 678", "-5 cộng 3", "@SUM(A1:A2)"],
        ["3", "05/01/2026", "\tTab đầu", "\rXuống dòng đầu", null],
        ["4", "06/01/2026", "Ký tự\u0001lạ", "  khoảng trắng hai đầu  ", "Tối mật"],
    ];

    [Fact]
    public async Task Xlsx_holds_every_cell_as_text_and_a_formula_stays_plain_text()
    {
        var sheet = SheetRows.Read(await ExportAsync(Table(Hostile), TableFormat.Xlsx));

        Assert.Equal("Sổ đăng ký văn bản mật đến năm", sheet.Name);
        Assert.Equal(["MẬT"], sheet.Texts(1));
        Assert.Equal([Title], sheet.Texts(2));
        Assert.Equal([Note], sheet.Texts(3));
        Assert.False(sheet.Rows.ContainsKey(4));
        Assert.Equal(Columns, sheet.Texts(5));
        Assert.Equal(["1", "03/01/2026", "Bộ Công an", "'" + Hyperlink, "Mật"], sheet.Texts(6));
        Assert.Equal(["2", "04/01/2026", "'+84 912 345 678", "'-5 cộng 3", "'@SUM(A1:A2)"], sheet.Texts(7));
        // An XML reader (Excel too) reads a carriage return in text as a line feed.
        Assert.Equal(["3", "05/01/2026", "'\tTab đầu", "'\nXuống dòng đầu", ""], sheet.Texts(8));
        Assert.Equal(["4", "06/01/2026", "Ký tựlạ", "  khoảng trắng hai đầu  ", "Tối mật"], sheet.Texts(9));
        var cells = sheet.Rows.Values.SelectMany(r => r).ToList();
        Assert.All(cells, c => Assert.Equal(CellValues.InlineString, c.DataType!.Value));
        Assert.All(cells, c => Assert.Null(c.CellFormula));
    }

    [Fact]
    public async Task Csv_starts_with_a_byte_order_mark_and_neutralises_formulas()
    {
        var bytes = await ExportAsync(Table(Hostile), TableFormat.Csv);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal(["\"MẬT\"", $"\"{Title}\"", $"\"{Note}\"", ""], lines[..4]);
        Assert.Equal("\"Số đến\",\"Ngày đến\",\"Nơi gửi\",\"Trích yếu\",\"Độ mật\"", lines[4]);
        Assert.Equal("\"1\",\"03/01/2026\",\"Bộ Công an\",\"'=HYPERLINK(\"\"http://example.invalid/\"\",\"\"Bấm vào đây\"\")\",\"Mật\"", lines[5]);
        Assert.Equal("\"2\",\"04/01/2026\",\"'+84 912 345 678\",\"'-5 cộng 3\",\"'@SUM(A1:A2)\"", lines[6]);
    }

    [Fact]
    public async Task Pdf_repeats_the_headings_mark_and_note_on_every_page()
    {
        var rows = Enumerable.Range(1, 150).Select(i => new string?[]
            { i.ToString(), "03/01/2026", "Ủy ban nhân dân tỉnh Nghệ An", $"Văn bản {i} về việc bảo vệ bí mật nhà nước", "Mật" }).ToArray();

        var text = PdfText.Read(await ExportAsync(Table(rows), TableFormat.Pdf));

        Assert.True(text.Pages.Count > 1, $"{text.Pages.Count} page(s)");
        for (var i = 0; i < text.Pages.Count; i++)
        {
            // A heading may wrap in its cell, so its words are looked for one by one; on later pages only the repeated headings hold them.
            Assert.Superset(Columns.SelectMany(c => c.Split(' ')).ToHashSet(), text.Pages[i].Split(' ').ToHashSet());
            Assert.Contains("MẬT", text.Pages[i]);
            Assert.Contains(Note, text.Pages[i]);
            Assert.Contains($"Trang {i + 1}/{text.Pages.Count}", text.Pages[i]);
        }
        Assert.Contains(Title, text.Pages[0]);
        Assert.All(Enumerable.Range(1, 150), i => Assert.Contains($"Văn bản {i} về việc", text.All));
        Assert.Contains("Văn bản 150 về việc", text.Pages[^1]);
    }

    [Fact]
    public async Task A_pdf_of_more_than_six_columns_is_landscape_and_of_six_portrait()
    {
        string?[][] wide = [["1", "2", "3", "4", "5", "6", "7"]];
        var sideways = PdfText.Read(await ExportAsync(new ExportTable(Title, ["A", "B", "C", "D", "E", "F", "G"],
            wide.Select(r => (IReadOnlyList<string?>)r).ToAsyncEnumerable()), TableFormat.Pdf));
        var upright = PdfText.Read(await ExportAsync(Table(Hostile), TableFormat.Pdf));

        Assert.All(sideways.Sizes, s => Assert.True(s.Width > s.Height, $"{s.Width}x{s.Height}"));
        Assert.All(upright.Sizes, s => Assert.True(s.Width < s.Height, $"{s.Width}x{s.Height}"));
    }

    [Fact]
    public async Task Docx_is_a_word_table_with_the_mark_on_every_page_and_every_cell_plain_neutralised_text()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(await ExportAsync(Table(Hostile), TableFormat.Docx)), false);
        var main = document.MainDocumentPart!;
        var body = main.Document!.Body!;
        var rows = body.Descendants<Word.TableRow>().Select(r => r.Elements<Word.TableCell>().Select(c => c.InnerText).ToList()).ToList();

        Assert.Equal(["MẬT", Title, Note], body.Elements<Word.Paragraph>().Take(3).Select(p => p.InnerText));
        Assert.Equal("MẬT", Assert.Single(main.HeaderParts).Header!.InnerText);
        Assert.Equal(Columns, rows[0]);
        Assert.NotNull(body.Descendants<Word.TableRow>().First().Descendants<Word.TableHeader>().SingleOrDefault());
        Assert.Equal(["1", "03/01/2026", "Bộ Công an", "'" + Hyperlink, "Mật"], rows[1]);
        Assert.Equal(["2", "04/01/2026", "'+84 912 345 678", "'-5 cộng 3", "'@SUM(A1:A2)"], rows[2]);
        Assert.Equal(["4", "06/01/2026", "Ký tựlạ", "  khoảng trắng hai đầu  ", "Tối mật"], rows[4]);
        Assert.Empty(body.Descendants<Word.SimpleField>());
        Assert.Empty(body.Descendants<Word.FieldCode>());
        Assert.Empty(body.Descendants<Word.Hyperlink>());
        var size = body.Descendants<Word.PageSize>().Single();
        Assert.True(size.Width!.Value < size.Height!.Value);
    }

    [Fact]
    public async Task A_failure_while_reading_the_rows_reaches_the_caller()
    {
        var table = new ExportTable(Title, Columns, FailingRows());

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            fixture.Export.WriteAsync(table, TableFormat.Xlsx, new AsyncOnlyStream(new MemoryStream()), CancellationToken.None));

        Assert.Equal("Mất kết nối cơ sở dữ liệu", failure.Message);
    }

    [Fact]
    public async Task A_download_cut_off_midway_stops_the_export()
    {
        var rows = Enumerable.Range(1, 20_000).Select(i => (IReadOnlyList<string?>)[$"{i}", $"Văn bản {i}"]).ToAsyncEnumerable();
        var cut = new CutOffStream(after: 64 << 10);

        await Assert.ThrowsAsync<IOException>(() =>
            fixture.Export.WriteAsync(new ExportTable(Title, ["Số", "Trích yếu"], rows), TableFormat.Xlsx, cut, CancellationToken.None));
    }

    private static async IAsyncEnumerable<IReadOnlyList<string?>> FailingRows()
    {
        for (var i = 1; i <= 10; i++)
        {
            await Task.Yield();
            yield return [$"{i}", "03/01/2026", "Bộ Công an", "Văn bản", "Mật"];
        }
        throw new InvalidOperationException("Mất kết nối cơ sở dữ liệu");
    }

    private async Task<byte[]> ExportAsync(ExportTable table, TableFormat format)
    {
        using var output = new MemoryStream();
        await fixture.Export.WriteAsync(table, format, new AsyncOnlyStream(output), CancellationToken.None);
        return output.ToArray();
    }

    private static ExportTable Table(string?[][] rows) =>
        new(Title, Columns, rows.Select(r => (IReadOnlyList<string?>)r).ToAsyncEnumerable()) { Mark = "MẬT", Note = Note };
}
