using System.Text.Json;

namespace Portal.Tests.Ocr;

/// <summary>The shared sample scans (../shared/samples/scans beside the repository) with their true fields and text.</summary>
internal static class OcrSamples
{
    public static string Folder { get; } = Locate();

    public static string[] Letters { get; } = ["sample1", "sample2", "sample3", "sample4", "sample4-fax", "sample5-photo"];

    public static string Image(string name) =>
        Directory.GetFiles(Folder, name + ".*").Single(f => f.EndsWith(".jpg", StringComparison.Ordinal) || f.EndsWith(".png", StringComparison.Ordinal));

    public static Dictionary<string, string> Meta(string name) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Folder, name + ".meta.json")))!;

    public static string Truth(string name) => File.ReadAllText(Path.Combine(Folder, name + ".gt.txt")).Trim();

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("PORTAL_OCR_SAMPLES");
        if (configured is { Length: > 0 })
            return configured;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "samples", "scans"));
        }
        throw new InvalidOperationException("Portal.sln not found above the test folder.");
    }
}
