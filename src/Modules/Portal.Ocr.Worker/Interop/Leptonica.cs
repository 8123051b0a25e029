using System.Runtime.InteropServices;

namespace Portal.Ocr.Worker.Interop;

/// <summary>The few Leptonica calls the worker needs (Debian's liblept.so.5), declared by hand.</summary>
internal static unsafe partial class Leptonica
{
    private const string Library = "liblept.so.5";

    public const int SeverityNone = 6;

    [LibraryImport(Library)]
    public static partial int setMsgSeverity(int severity);

    [LibraryImport(Library)]
    public static partial int pixReadHeaderMem(byte* data, nuint size, out int format, out int width, out int height,
        out int bitsPerSample, out int samplesPerPixel, out int colormapped);

    [LibraryImport(Library)]
    public static partial int readHeaderMemTiff(byte* data, nuint size, int page, out int width, out int height,
        out int bitsPerSample, out int samplesPerPixel, out int resolution, out int colormapped, out int format);

    [LibraryImport(Library)]
    public static partial IntPtr pixReadMem(byte* data, nuint size);

    [LibraryImport(Library)]
    public static partial IntPtr pixReadMemTiff(byte* data, nuint size, int page);

    [LibraryImport(Library)]
    public static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetWidth(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetHeight(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetDepth(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetWpl(IntPtr pix);

    [LibraryImport(Library)]
    public static partial int pixGetXRes(IntPtr pix);

    [LibraryImport(Library)]
    public static partial uint* pixGetData(IntPtr pix);

    [LibraryImport(Library)]
    public static partial IntPtr pixCreate(int width, int height, int depth);

    [LibraryImport(Library)]
    public static partial IntPtr pixConvertTo8(IntPtr pix, int colormap);

    [LibraryImport(Library)]
    public static partial IntPtr pixScale(IntPtr pix, float scaleX, float scaleY);

    [LibraryImport(Library)]
    public static partial IntPtr pixDeskew(IntPtr pix, int reductionSearch);

    [LibraryImport(Library)]
    public static partial int pixSetResolution(IntPtr pix, int xRes, int yRes);

}
