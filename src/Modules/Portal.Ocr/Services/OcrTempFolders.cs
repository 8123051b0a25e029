using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Portal.Ocr.Services;

/// <summary>
/// The private temporary folders of OCR jobs (the decrypted scan, the worker's page images) carry their process's id,
/// so a process killed in the middle of a job leaves folders the next start can recognise and erase.
/// </summary>
internal static class OcrTempFolders
{
    private const string Stem = "portal-ocr-";

    public static string Prefix(string kind) => $"{Stem}{kind}-{Environment.ProcessId}-";

    /// <summary>Erases the folders of OCR processes that are no longer running (killed mid-job).</summary>
    public static int DeleteAbandoned(ILogger logger)
    {
        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Stem + "*"))
        {
            var parts = Path.GetFileName(folder).Split('-');
            if (parts.Length < 5 || !int.TryParse(parts[3], out var pid) || pid == Environment.ProcessId || IsRunning(pid))
                continue;
            try
            {
                Directory.Delete(folder, recursive: true);
                deleted++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning("An abandoned OCR folder {Folder} could not be erased: {Reason}", folder, e.Message);
            }
        }
        return deleted;
    }

    public static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
