using System.Runtime.InteropServices;

namespace Portal.Ocr.Worker.Interop;

/// <summary>The C API of libtesseract5 (capi.h) as far as the worker uses it.</summary>
internal static partial class Tesseract
{
    private const string Library = "libtesseract.so.5";

    public const int PageSegAuto = 3;
    public const int PageSegSingleBlock = 6;
    public const int PageSegSingleLine = 7;
    public const int PageSegSparse = 11;

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPICreate();

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPIInit3(IntPtr api, string? dataPath, string language);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.I4)]
    public static partial int TessBaseAPISetVariable(IntPtr api, string name, string value);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetPageSegMode(IntPtr api, int mode);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetImage2(IntPtr api, IntPtr pix);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetSourceResolution(IntPtr api, int ppi);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetRectangle(IntPtr api, int left, int top, int width, int height);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIRecognize(IntPtr api, IntPtr monitor);

    [LibraryImport(Library)]
    public static partial IntPtr TessBaseAPIGetTsvText(IntPtr api, int pageNumber);

    [LibraryImport(Library)]
    public static partial void TessDeleteText(IntPtr text);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIEnd(IntPtr api);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIDelete(IntPtr api);
}
