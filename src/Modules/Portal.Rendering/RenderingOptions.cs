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

    /// <summary>The largest PNG or JPEG scan shown as a marked copy (its bytes go into the printed HTML); larger ones are downloaded.</summary>
    public long MaxViewImageBytes { get; set; } = 25L << 20;

    /// <summary>The most pages of a PDF rasterised for a marked copy; the copy says when there are more.</summary>
    public int MaxViewPages { get; set; } = 30;

    /// <summary>Resolution of the rasterised pages (dots per inch).</summary>
    public int ViewResolution { get; set; } = 110;

    /// <summary>The longest pdftoppm may run on one file before it is killed.</summary>
    public TimeSpan RasterTimeLimit { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The address space pdftoppm may use (prlimit --as), in bytes.</summary>
    public long RasterMemoryBytes { get; set; } = 1L << 30;

    /// <summary>Poppler's rasteriser (apt-get install poppler-utils) and util-linux's prlimit.</summary>
    public string PdftoppmPath { get; set; } = "/usr/bin/pdftoppm";

    public string PrlimitPath { get; set; } = "/usr/bin/prlimit";
}
