using Portal.Ocr.Worker.Interop;

namespace Portal.Ocr.Worker.Imaging;

/// <summary>An owned Leptonica image; disposing it frees the native pixels.</summary>
internal sealed class Pix : IDisposable
{
    /// <summary>Why a Leptonica call that makes an image returned nothing.</summary>
    public const string OutOfMemory = "Không đủ bộ nhớ trong giới hạn cho phép để xử lý trang ảnh.";

    private IntPtr _handle;

    private Pix(IntPtr handle) => _handle = handle;

    public IntPtr Handle => _handle != IntPtr.Zero ? _handle : throw new ObjectDisposedException(nameof(Pix));

    public int Width => Leptonica.pixGetWidth(Handle);

    public int Height => Leptonica.pixGetHeight(Handle);

    public int Depth => Leptonica.pixGetDepth(Handle);

    public int Wpl => Leptonica.pixGetWpl(Handle);

    public int Resolution => Leptonica.pixGetXRes(Handle);

    /// <summary>Takes ownership of a handle a Leptonica call returned; a null handle means the call failed (often: out of memory).</summary>
    public static Pix Own(IntPtr handle, string failure) =>
        handle != IntPtr.Zero ? new Pix(handle) : throw new OcrRefusal(failure);

    public static Pix Blank(int width, int height) =>
        Own(Leptonica.pixCreate(width, height, 8), OutOfMemory);

    /// <summary>Owns the image a Leptonica call made from this one, and frees this one.</summary>
    public Pix ReplacedBy(IntPtr handle)
    {
        var next = Own(handle, OutOfMemory);
        Dispose();
        return next;
    }

    public unsafe uint* Data => Leptonica.pixGetData(Handle);

    public void Dispose()
    {
        if (_handle != IntPtr.Zero)
            Leptonica.pixDestroy(ref _handle);
    }
}
