namespace Portal.Core.Cli;

/// <summary>"--name value" options and positional words of a CLI verb.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);
    private readonly List<string> _words = [];

    public CommandArguments(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = list[i][2..];
                var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
                _options[name] = hasValue ? list[++i] : "true";
            }
            else
            {
                _words.Add(list[i]);
            }
        }
    }

    public IReadOnlyList<string> Words => _words;

    public string? Option(string name) => _options.GetValueOrDefault(name);

    public bool Flag(string name) => _options.ContainsKey(name);

    /// <summary>A required path option; a relative path is taken from the folder `./portal` was called in.</summary>
    public string PathOption(string name) =>
        Path.GetFullPath(Required(name), Environment.GetEnvironmentVariable("PORTAL_CWD") ?? Directory.GetCurrentDirectory());

    public string Required(string name) =>
        Option(name) is { Length: > 0 } value ? value : throw new CommandException($"Thiếu tham số --{name}.");
}
