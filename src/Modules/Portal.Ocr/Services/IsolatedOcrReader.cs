using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace Portal.Ocr.Services;

/// <summary>
/// Reads files in worker processes, at most <see cref="OcrOptions.MaxWorkers"/> at once. Whatever the
/// worker does — refuses the file, runs out of memory, crashes, hangs — this process only sees a
/// Vietnamese message; the job's private folder is deleted afterwards in every case.
/// </summary>
internal sealed class IsolatedOcrReader(IOptions<OcrOptions> options) : IOcrReader, IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxWorkers);

    public Task<OcrResult> ReadAsync(string path, string? fileName, IProgress<OcrProgress>? progress, CancellationToken cancellationToken) =>
        ReadAsync(path, fileName, progress, preprocess: true, cancellationToken);

    public async Task<OcrResult> ReadAsync(string path, string? fileName, IProgress<OcrProgress>? progress, bool preprocess, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        await _slots.WaitAsync(cancellationToken);
        var folder = Directory.CreateTempSubdirectory(OcrTempFolders.Prefix("job"));
        try
        {
            var start = WorkerCommand.Build(settings, WorkerPath(settings), Path.GetFullPath(path), fileName ?? Path.GetFileName(path), folder.FullName, preprocess);
            return await WorkerRun.RunAsync(start, settings.TimeLimit, async (process, token) =>
                {
                    var answer = await ReadAnswerAsync(process, progress, token);
                    await process.WaitForExitAsync(token);
                    return answer;
                },
                "Không khởi động được bộ nhận dạng chữ.", $"Đọc tệp quá {settings.TimeLimit.TotalSeconds:0} giây cho phép: tệp bị dừng và từ chối.",
                cancellationToken);
        }
        finally
        {
            folder.Delete(recursive: true);
            _slots.Release();
        }
    }

    private static async Task<OcrResult> ReadAnswerAsync(Process process, IProgress<OcrProgress>? progress, CancellationToken cancellationToken)
    {
        while (await process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith("progress ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                progress?.Report(new OcrProgress(int.Parse(parts[1], CultureInfo.InvariantCulture), int.Parse(parts[2], CultureInfo.InvariantCulture)));
            }
            else if (line.StartsWith("result ", StringComparison.Ordinal))
            {
                return OcrResultJson.Deserialize(line["result ".Length..]);
            }
            else if (line.StartsWith("error ", StringComparison.Ordinal))
            {
                throw new OcrFailedException(line["error ".Length..]);
            }
        }
        throw new OcrFailedException("Bộ nhận dạng dừng bất thường khi đọc tệp này (vượt giới hạn bộ nhớ hoặc tệp hỏng): tệp bị từ chối.");
    }

    internal static string WorkerPath(OcrOptions settings) =>
        settings.WorkerPath is { Length: > 0 } configured ? configured : Path.Combine(AppContext.BaseDirectory, "Portal.Ocr.Worker");

    public void Dispose() => _slots.Dispose();
}
