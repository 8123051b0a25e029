using System.Text.Encodings.Web;
using System.Text.Json;

namespace Portal.Benchmarks;

/// <summary>TestResults/benchmarks/ at the repository root (found by walking up to Portal.sln).</summary>
public static class ResultsFile
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions Indented = new(Json) { WriteIndented = true };

    public static string Write(string name, object report)
    {
        var folder = Path.Combine(RepositoryRoot(), "TestResults", "benchmarks");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, name);
        File.WriteAllText(file, JsonSerializer.Serialize(report, Indented) + Environment.NewLine);
        return file;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Portal.sln")))
                return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}
