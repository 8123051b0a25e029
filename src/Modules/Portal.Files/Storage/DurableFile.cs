using System.Runtime.InteropServices;

namespace Portal.Files.Storage;

/// <summary>
/// Files that survive a crash once written: created readable by the service account only, flushed to
/// disk, renamed into place, and the directory flushed so the rename itself is on disk.
/// </summary>
internal static partial class DurableFile
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
        FlushDirectory(folder);
        if (created)
            FlushDirectory(Path.GetDirectoryName(folder)!);
    }

    private static void FlushDirectory(string folder)
    {
        if (OperatingSystem.IsWindows())
            return;
        var handle = open(folder, 0);
        if (handle < 0)
            throw new IOException($"Cannot open {folder} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        try
        {
            if (fsync(handle) != 0)
                throw new IOException($"Cannot flush {folder} (errno {Marshal.GetLastPInvokeError()}).");
        }
        finally
        {
            _ = close(handle);
        }
    }

    // .NET opens no directory handle, so the directory's fsync goes to libc.
    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int fsync(int handle);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int close(int handle);
}
