using System.Text.Json;

namespace Portal.Benchmarks;

/// <summary>The creation figures kept in the data folder, so a --reuse run still reports how long creating took.</summary>
public static class SavedCreation
{
    private const string FileName = ".portal-bench-create.json";

    public static CreateResult Save(string folder, CreateResult result)
    {
        if (result.Created > 0)
            File.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(result, ResultsFile.Json));
        return result;
    }

    public static CreateResult? Load(string folder)
    {
        var file = Path.Combine(folder, FileName);
        return File.Exists(file) ? JsonSerializer.Deserialize<CreateResult>(File.ReadAllText(file), ResultsFile.Json) : null;
    }
}
