using Portal.Files;
using Portal.Ocr.Worker.Imaging;
using Portal.Ocr.Worker.Interop;

namespace Portal.Ocr.Worker.Input;

/// <summary>PNG, JPEG (one page) and TIFF (one or more): every page's header read and checked first.</summary>
internal sealed unsafe class ImagePages : IPageSource
{
    private const string Broken = "Ảnh hỏng hoặc không giải mã được: hãy quét lại.";
    private readonly UntrustedFile _file;

    public ImagePages(UntrustedFile file, WorkerLimits limits)
    {
        _file = file;
        Count = file.Kind == StoredFileKind.Tiff ? CheckTiff(limits) : CheckSingle(limits);
    }

    public int Count { get; }

    public SourcePage Page(int index)
    {
        fixed (byte* data = _file.Bytes)
        {
            var handle = _file.Kind == StoredFileKind.Tiff
                ? Leptonica.pixReadMemTiff(data, (nuint)_file.Bytes.Length, index)
                : Leptonica.pixReadMem(data, (nuint)_file.Bytes.Length);
            // The header was sound, so a failed decode is a damaged body or a page past the memory limit.
            return SourcePage.FromImage(Pix.Own(handle, "Không giải mã được ảnh: tệp hỏng, hoặc ảnh cần nhiều bộ nhớ hơn giới hạn cho phép."));
        }
    }

    private int CheckSingle(WorkerLimits limits)
    {
        fixed (byte* data = _file.Bytes)
        {
            if (Leptonica.pixReadHeaderMem(data, (nuint)_file.Bytes.Length, out _, out var width, out var height, out _, out _, out _) != 0)
                throw new OcrRefusal(Broken);
            PixelBudget.Check(width, height, limits);
        }
        return 1;
    }

    private int CheckTiff(WorkerLimits limits)
    {
        var pages = 0;
        fixed (byte* data = _file.Bytes)
        {
            while (Leptonica.readHeaderMemTiff(data, (nuint)_file.Bytes.Length, pages,
                       out var width, out var height, out _, out _, out _, out _, out _) == 0)
            {
                if (pages == limits.MaxPages)
                    throw new OcrRefusal($"Tệp TIFF có hơn {limits.MaxPages} trang, quá giới hạn: hãy chia nhỏ.");
                PixelBudget.Check(width, height, limits);
                pages++;
            }
        }
        return pages > 0 ? pages : throw new OcrRefusal(Broken);
    }

    public void Dispose()
    {
    }
}
