using Portal.Core.Storage;

namespace Portal.Files.Storage;

/// <summary>
/// Files that survive a crash once written: created readable by the service account only, flushed to
/// disk, renamed into place, and the directory flushed so the rename itself is on disk.
/// </summary>
internal static class DurableFile
{
    public static FileStream CreateNew(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            Options = FileOptions.Asynchronous | FileOptions.SequentialScan,
            BufferSize = 0,
        };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new FileStream(path, options);
    }

    /// <summary>Moves a flushed file to its final name and makes the move durable.</summary>
    public static void MoveIntoPlace(string temporary, string final)
    {
        var folder = Path.GetDirectoryName(final)!;
        var created = !Directory.Exists(folder);
        Directory.CreateDirectory(folder);
        File.Move(temporary, final);
        DurableDirectory.Flush(folder);
        if (created)
            DurableDirectory.Flush(Path.GetDirectoryName(folder)!);
    }

    /// <summary>
    /// Overwrites a file with zeros where it lies, flushes that to disk, then removes it and flushes the folder (an erased key, a
    /// destroyed blob). Where the device or file system moves writes elsewhere (SSD, copy-on-write) the old blocks may stay
    /// readable below the file system, which is why what this erases is ciphertext or a key, never the only protection.
    /// </summary>
    public static void Overwrite(string path)
    {
        if (!File.Exists(path))
            return;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            var zeros = new byte[64 * 1024];
            for (var left = file.Length; left > 0; left -= zeros.Length)
                file.Write(zeros, 0, (int)Math.Min(left, zeros.Length));
            file.Flush(flushToDisk: true);
        }
        File.Delete(path);
        DurableDirectory.Flush(Path.GetDirectoryName(path)!);
    }
}
