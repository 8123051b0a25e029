namespace Portal.Rendering;

/// <summary>Configuration section <c>Portal:Rendering</c>.</summary>
public sealed class RenderingOptions
{
    public const string Section = "Portal:Rendering";

    /// <summary>Debian's Chromium: Playwright cannot download a browser here.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>The longest one print may take, waiting for its turn included.</summary>
    public TimeSpan TimeLimit { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>Prints at once; the rest wait their turn. Two, for the two cores of a small server.</summary>
    public int MaxConcurrentJobs { get; set; } = 2;

    /// <summary>The most rows a table printed to PDF may have: its HTML is built whole, and a longer register belongs in XLSX.</summary>
    public int MaxPdfTableRows { get; set; } = 5_000;
}
