using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Outgoing.Models;
using Portal.Rendering;
using Portal.Templates;

namespace Portal.Outgoing.Services;

/// <summary>
/// The document as DOCX for editing: the same fields the template composes (agency, number and symbol,
/// place and date, type and subject, body, recipients, authority, title and signer), the classification
/// and urgency marks, and — as a copy like any other, taken in the copy log — "Bản số", the person and the
/// time in the header of every page.
/// </summary>
public sealed class OutgoingDocx(OutgoingDb db, OutgoingPdf parts, OutgoingCopies copies, IDocxWriter writer)
{
    public async Task<OutgoingCopy> WriteAsync(Person person, int documentId, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstAsync(d => d.Id == documentId, cancellationToken);
        var (typeCode, fields, marks) = await parts.PartsAsync(document, cancellationToken);
        var copy = await copies.TakeAsync(person, document, "DOCX để chỉnh sửa", cancellationToken);
        var type = DocumentTypes.Find(typeCode)!;
        var mark = ClassificationMark.Of(marks.Level);
        var header = new List<DocxLine> { new(mark, Mark: true, Size: 24) };
        if (marks.Declassified is { } declassified)
            header.Add(new DocxLine($"{declassified.From} — {declassified.Decision}", Mark: true, Size: 20));
        header.AddRange(OutgoingCopies.Lines(copy, person).Select(l => new DocxLine(l, DocxAlign.Right, Size: 20)));

        var lines = new List<DocxLine>
        {
            new(fields.Agency.ToUpperInvariant(), DocxAlign.Center, Bold: true),
            new($"Số: {fields.NumberAndSymbol}", DocxAlign.Center),
            new(mark, Mark: true),
        };
        if (marks.Urgency is { } urgency)
            lines.Add(new DocxLine(urgency.ToUpperInvariant(), Bold: true));
        lines.Add(new DocxLine("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", DocxAlign.Center, Bold: true, Size: 24));
        lines.Add(new DocxLine("Độc lập - Tự do - Hạnh phúc", DocxAlign.Center, Bold: true));
        lines.Add(new DocxLine($"{fields.Place}, {DateText(fields.Date)}", DocxAlign.Right, Italic: true));
        if (type.IsCongVan)
            lines.Add(new DocxLine($"V/v {fields.Subject}", DocxAlign.Center, Size: 24));
        else
        {
            lines.Add(new DocxLine(type.Name.ToUpperInvariant(), DocxAlign.Center, Bold: true));
            lines.Add(new DocxLine(fields.Subject, DocxAlign.Center, Bold: true));
        }
        lines.AddRange(fields.Body.Select(p => new DocxLine(p, DocxAlign.Justify, Size: 28)));
        lines.Add(new DocxLine("Nơi nhận:", Bold: true, Italic: true, Size: 24));
        lines.AddRange(fields.Recipients.Select(r => new DocxLine($"- {r};", Size: 22)));
        lines.Add(new DocxLine($"- {fields.Filing}", Size: 22));
        if (fields.Authority.Length > 0)
            lines.Add(new DocxLine(fields.Authority, DocxAlign.Right, Bold: true));
        lines.Add(new DocxLine(fields.SignerTitle.ToUpperInvariant(), DocxAlign.Right, Bold: true));
        lines.Add(new DocxLine(fields.SignerName, DocxAlign.Right, Bold: true));
        if (marks.ProtectionPeriod is { } period)
            lines.Add(new DocxLine($"Thời hạn bảo vệ: {period}", Italic: true, Size: 22));

        var name = document.NumberSymbol.Length > 0 ? document.NumberSymbol.Replace('/', '-') : $"du-thao-{document.Id}";
        return new OutgoingCopy(copy.Number, $"van-ban-di-{name}-ban-so-{copy.Number}.docx",
            writer.Write(new DocxDocument(fields.Subject, header, lines)));
    }

    private static string DateText(DateOnly? date) => date is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"ngày {d.Day:00} tháng {(d.Month < 3 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}")
        : "ngày    tháng    năm";
}
