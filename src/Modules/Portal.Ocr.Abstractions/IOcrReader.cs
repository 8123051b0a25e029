namespace Portal.Ocr;

/// <summary>Reads an untrusted scan or PDF in a separate, limited worker process.</summary>
public interface IOcrReader
{
    /// <summary>Throws <see cref="OcrFailedException"/> with a Vietnamese reason when the file is refused or breaks a limit.</summary>
    Task<OcrResult> ReadAsync(string path, string? fileName, IProgress<OcrProgress>? progress, CancellationToken cancellationToken);
}
