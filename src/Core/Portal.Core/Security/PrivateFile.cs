namespace Portal.Core.Security;

/// <summary>Writes a secret file readable by the service account only, atomically (temporary name, fsync, rename).</summary>
public static class PrivateFile
{
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.Delete(temporary);
        using (var stream = new FileStream(temporary, options))
        {
            stream.Write(content);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
