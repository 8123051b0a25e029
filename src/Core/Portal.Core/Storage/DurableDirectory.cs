using System.Runtime.InteropServices;

namespace Portal.Core.Storage;

/// <summary>
/// Flushes a directory, so a rename into it is on disk (.NET opens no directory handle: libc does). Backups and
/// the file vault both rename finished files into place.
/// </summary>
public static partial class DurableDirectory
{
    public static void Flush(string folder)
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

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int fsync(int fd);

    [LibraryImport("libc", EntryPoint = "close", SetLastError = true)]
    private static partial int close(int fd);
}
