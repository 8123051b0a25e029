using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Portal.Tests.Signing;

/// <summary>PDFs to sign: one written with a classic cross-reference table, and one whose last section is a cross-reference stream.</summary>
public static class SamplePdfs
{
    public static byte[] WithTable(int pages = 2)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var i = 1; i <= pages; i++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText($"CONG VAN so 12/UBND-VP trang {i}", 12, new PdfPoint(72, 750), font);
        }
        return builder.Build();
    }

    public static byte[] WithXrefStream()
    {
        var output = new MemoryStream();
        var offsets = new List<long>();
        void Write(string text) => output.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(output.Position);
            Write($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
        Write("%PDF-1.7\n");
        Object("<</Type /Catalog /Pages 2 0 R>>");
        Object("<</Type /Pages /Kids [3 0 R] /Count 1>>");
        Object("<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources <</Font <</F1 5 0 R>>>>>>");
        const string content = "BT /F1 12 Tf 72 750 Td (BAO CAO xref stream) Tj ET";
        Object($"<</Length {content.Length}>>\nstream\n{content}\nendstream");
        Object("<</Type /Font /Subtype /Type1 /BaseFont /Helvetica>>");
        var xref = output.Position;
        offsets.Add(xref);
        var rows = new MemoryStream();
        rows.Write([0, 0, 0, 0, 0, 0xFF, 0xFF]);
        foreach (var offset in offsets)
            rows.Write([1, (byte)(offset >> 24), (byte)(offset >> 16), (byte)(offset >> 8), (byte)offset, 0, 0]);
        Write($"{offsets.Count} 0 obj\n<</Type /XRef /Size {offsets.Count + 1} /Root 1 0 R /W [1 4 2] /Length {rows.Length}>>\nstream\n");
        output.Write(rows.ToArray());
        Write($"\nendstream\nendobj\nstartxref\n{xref}\n%%EOF\n");
        return output.ToArray();
    }
}
