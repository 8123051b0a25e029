namespace Portal.Ocr.Worker.Input;

/// <summary>The pages of a file, counted and checked against the limits before the first is decoded.</summary>
internal interface IPageSource : IDisposable
{
    int Count { get; }

    /// <summary>Decodes page <paramref name="index"/> (from 0); the caller disposes it before asking for the next.</summary>
    SourcePage Page(int index);
}
