using Portal.Ocr.Worker.Imaging;
using Portal.Ocr.Worker.Reading;

namespace Portal.Ocr.Worker.Input;

/// <summary>One page to read: a decoded image, or the words of a PDF's text layer in 300 dpi page pixels.</summary>
internal sealed class SourcePage : IDisposable
{
    private SourcePage(Pix? image, IReadOnlyList<OcrWord>? words, int width, int height)
    {
        Image = image;
        Words = words;
        Width = width;
        Height = height;
    }

    public Pix? Image { get; }

    public IReadOnlyList<OcrWord>? Words { get; }

    public int Width { get; }

    public int Height { get; }

    public static SourcePage FromImage(Pix image) => new(image, null, image.Width, image.Height);

    public static SourcePage FromText(IReadOnlyList<OcrWord> words, int width, int height) => new(null, words, width, height);

    public void Dispose() => Image?.Dispose();
}
