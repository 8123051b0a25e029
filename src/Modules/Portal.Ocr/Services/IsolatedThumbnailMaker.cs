using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Portal.Ocr.Services;

/// <summary>
/// Thumbnails made by the OCR worker in its thumbnail mode, under the same process limits as reading, one at a
/// time (they are small; the other cores stay with OCR and requests). The decrypted original is written only to
/// the run's private folder, erased afterwards whatever happened.
/// </summary>
internal sealed class IsolatedThumbnailMaker(IOptions<OcrOptions> options) : IThumbnailMaker, IDisposable
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _slot = new(1);

    public async Task<byte[]> MakeAsync(Stream original, string fileName, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await _slot.WaitAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory(OcrTempFolders.Prefix("thumb"));
        try
        {
            var path = Path.Combine(folder.FullName, "original" + Path.GetExtension(fileName));
            await using (var copy = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
                await original.CopyToAsync(copy, cancellationToken);
            var start = WorkerCommand.Build(settings, IsolatedOcrReader.WorkerPath(settings), path, fileName, folder.FullName, preprocess: true);
            start.ArgumentList.Add("--thumbnail");
            return await WorkerRun.RunAsync(start, TimeLimit, ReadAnswerAsync, "Không khởi động được bộ làm ảnh thu nhỏ.",
                $"Làm ảnh thu nhỏ quá {TimeLimit.TotalSeconds:0} giây cho phép: không có ảnh thu nhỏ.", cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
            _slot.Release();
        }
    }

    private static async Task<byte[]> ReadAnswerAsync(Process process, CancellationToken cancellationToken)
    {
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("thumbnail ", StringComparison.Ordinal))
                return Convert.FromBase64String(line["thumbnail ".Length..]);
            if (line.StartsWith("error ", StringComparison.Ordinal))
                throw new OcrFailedException(line["error ".Length..]);
        }
        throw new OcrFailedException("Bộ làm ảnh thu nhỏ dừng bất thường với tệp này (vượt giới hạn bộ nhớ hoặc tệp hỏng): không có ảnh thu nhỏ.");
    }

    public void Dispose() => _slot.Dispose();
}
