namespace Portal.Tests.Support;

/// <summary>A copy of a server's data folder, as a restarted server (or a restored backup) finds it.</summary>
public static class DataFolders
{
    public static void Copy(string from, string to)
    {
        foreach (var path in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(path, target);
        }
    }
}
