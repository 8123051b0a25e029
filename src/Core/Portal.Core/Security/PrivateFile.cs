namespace Portal.Core.Security;

/// <summary>Writes a secret file readable by the service account only, atomically (temporary name, fsync, rename).</summary>
public static class PrivateFile
{
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        // A name of its own: two writers of the same file (a server and a CLI command, or two services) must not
        // rename each other's temporary file away; the last rename wins whole.
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
