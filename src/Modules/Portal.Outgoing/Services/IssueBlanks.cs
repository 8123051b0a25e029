using System.Globalization;
using System.Text;
using Portal.Core;
using Portal.Signing;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Portal.Outgoing.Services;

/// <summary>
/// Where the signed page left room for the clerk (Decree 30: the number after "Số:" under the issuer's
/// name; the day, month and year after "ngày", "tháng", "năm" on the place and date line on the right),
/// found on page 1 by its words, and the number and date written into those blanks, centred as a clerk
/// would write them. Checked before signing too, so no one signs a page that cannot be numbered.
/// </summary>
internal sealed record IssueBlanks(Blank Number, Blank Day, Blank Month, Blank Year)
{
    private const string Missing = "Mẫu văn bản không để chỗ trống cho số (sau \"Số:\") và ngày tháng năm ở trang đầu, nên văn thư không cấp số được; hãy sửa mẫu.";

    public static IssueBlanks Find(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPage(1).GetWords().Select(w => (Text: w.Text.Normalize(NormalizationForm.FormC), Word: w)).ToList();
        Word? After(Word word) => words.Select(w => w.Word)
            .Where(w => SameLine(w, word) && w.BoundingBox.Left > word.BoundingBox.Right - 0.5)
            .MinBy(w => w.BoundingBox.Left);
        Word? Named(string text, Func<Word, bool> where) => words.Where(w => w.Text == text && where(w.Word)).Select(w => w.Word).FirstOrDefault();

        var so = Named("Số:", _ => true);
        var day = Named("ngày", w => After(w) is { } next && next.Text.Normalize(NormalizationForm.FormC) == "tháng");
        var month = day is null ? null : After(day);
        var year = month is null ? null : After(month);
        if (so is null || After(so) is not { } slash || day is null || month is null || year is null)
            throw new RequestRefusedException(Missing);
        var monthBlank = Between(month, year);
        return new IssueBlanks(Between(so, slash), Between(day, month), monthBlank,
            monthBlank with { Left = year.BoundingBox.Right, Right = year.BoundingBox.Right + monthBlank.Width });
    }

    public IReadOnlyList<FilledText> Fill(int number, DateOnly date) =>
    [
        Number.Write(number.ToString("00", CultureInfo.InvariantCulture), italic: false),
        Day.Write(date.Day.ToString("00", CultureInfo.InvariantCulture), italic: true),
        // Decree 30: a leading zero for months 1 and 2 only (so "tháng 01", "tháng 12", "tháng 3").
        Month.Write(date.Month < 3 ? date.Month.ToString("00", CultureInfo.InvariantCulture) : date.Month.ToString(CultureInfo.InvariantCulture), italic: true),
        Year.Write(date.Year.ToString(CultureInfo.InvariantCulture), italic: true),
    ];

    private static Blank Between(Word before, Word after)
    {
        var letter = before.Letters[0];
        return new Blank(before.BoundingBox.Right, after.BoundingBox.Left, letter.StartBaseLine.Y, letter.PointSize);
    }

    private static bool SameLine(Word a, Word b) => Math.Abs(a.Letters[0].StartBaseLine.Y - b.Letters[0].StartBaseLine.Y) < 1;
}
