namespace Portal.Ocr.Worker.Imaging;

/// <summary>A page ready for recognition: the text layer (8-bit) and, on colour pages with red marks, the red layer.</summary>
internal sealed class PreparedPage(Pix text, Pix? red) : IDisposable
{
    public Pix Text { get; } = text;

    public Pix? Red { get; } = red;

    public void Dispose()
    {
        Text.Dispose();
        Red?.Dispose();
    }
}
