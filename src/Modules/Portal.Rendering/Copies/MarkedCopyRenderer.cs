using System.Globalization;
using Microsoft.Extensions.Options;

namespace Portal.Rendering.Copies;

/// <summary>
/// PNG and JPEG scans go as they are (read, never decoded here) into the HTML Chromium prints; PDFs are
/// rasterised by <see cref="PdfRaster"/> first. Other kinds (TIFF, DOCX) are refused with a message that
/// offers the numbered download instead.
/// </summary>
internal sealed class MarkedCopyRenderer(IPdfRenderer renderer, PdfRaster raster, IOptions<RenderingOptions> options) : IMarkedCopyRenderer
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public async Task<CopyPages> PrepareAsync(Stream original, string contentType, CancellationToken cancellationToken)
    {
        switch (contentType)
        {
            case "image/png":
            case "image/jpeg":
                var limit = options.Value.MaxViewImageBytes;
                using (var buffer = new MemoryStream())
                {
                    var chunk = new byte[81920];
                    int read;
                    while ((read = await original.ReadAsync(chunk, cancellationToken)) > 0)
                    {
                        if (buffer.Length + read > limit)
                            throw new CopyNotViewableException($"Ảnh quét lớn hơn {(limit >> 20).ToString("N0", Vietnamese)} MB nên không xem được trên trình duyệt. "
                                + "Xin tải về bản sao có số.");
                        buffer.Write(chunk, 0, read);
                    }
                    if (buffer.Length == 0)
                        throw new CopyNotViewableException("Tệp ảnh rỗng: không có gì để hiển thị.");
                    return new CopyPages([new CopyPage(contentType, buffer.ToArray())], Truncated: false);
                }
            case "application/pdf":
                return await raster.RasteriseAsync(original, cancellationToken);
            default:
                throw new CopyNotViewableException($"Tệp định dạng {KindName(contentType)} chưa xem được trên trình duyệt. "
                    + "Xin tải về bản sao có số để mở bằng phần mềm phù hợp.");
        }
    }

    public Task<byte[]> RenderAsync(CopyPages pages, CopyMarks marks, CancellationToken cancellationToken) =>
        renderer.RenderAsync(new PdfRequest(CopyDocument.Build(pages, marks))
        {
            Mark = marks.Classification,
            Declassified = marks.Declassified,
            FooterNote = $"Bản số {marks.CopyNumber.ToString(CultureInfo.InvariantCulture)} — {marks.ViewerName}, {CopyDocument.Local(marks.AtUtc)}",
        }, cancellationToken);

    private static string KindName(string contentType) => contentType switch
    {
        "image/tiff" => "TIFF",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document" => "DOCX",
        _ => contentType,
    };
}
