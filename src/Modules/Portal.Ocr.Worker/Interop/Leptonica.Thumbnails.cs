namespace Portal.Ocr.Worker.Interop;

/// <summary>The Leptonica calls only thumbnails need: encoding a scaled page to PNG in memory.</summary>
internal static unsafe partial class Leptonica
{
    public const int FormatPng = 3;

    [System.Runtime.InteropServices.LibraryImport(Library)]
    public static partial int pixWriteMem(out byte* data, out nuint size, IntPtr pix, int format);

    [System.Runtime.InteropServices.LibraryImport(Library)]
    public static partial void lept_free(void* data);
}
