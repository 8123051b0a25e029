namespace Portal.Ocr.Worker.Imaging;

/// <summary>
/// A page ready for recognition: the text layer (8-bit) and, on colour pages with red marks, the red
/// layer. <see cref="SealFaded"/>: the text layer came from a colour split, so a red seal is not in it.
/// </summary>
internal sealed class PreparedPage(Pix text, Pix? red, bool sealFaded) : IDisposable
{
    public bool SealFaded { get; } = sealFaded;

    public Pix Text { get; } = text;

    public Pix? Red { get; } = red;

    public void Dispose()
    {
        Text.Dispose();
        Red?.Dispose();
    }
}
