namespace Portal.Ocr;

/// <summary>
/// Makes a small PNG of an untrusted file's first page (scan or PDF) in the isolated OCR worker, never in the server
/// process. It decides nothing about who may see what: the caller checks access, stores and audits.
/// </summary>
public interface IThumbnailMaker
{
    /// <summary>The PNG's bytes; throws <see cref="OcrFailedException"/> with a Vietnamese reason (a bomb, a damaged file, a limit).</summary>
    Task<byte[]> MakeAsync(Stream original, string fileName, CancellationToken cancellationToken);
}
