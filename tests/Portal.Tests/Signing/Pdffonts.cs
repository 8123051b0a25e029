using System.Text.RegularExpressions;

namespace Portal.Tests.Signing;

/// <summary>Poppler's pdffonts: for each font of the file (every revision's), whether it is embedded.</summary>
public static partial class Pdffonts
{
    public static async Task<IReadOnlyList<(string Name, bool Embedded)>> ListAsync(byte[] pdf) =>
        (await PopplerTool.RunAsync("pdffonts", pdf)).Split('\n').Select(l => (Line: l, Match: Row().Match(l))).Where(r => r.Match.Success)
            .Select(r => (r.Line.Split(' ', 2)[0], r.Match.Groups[1].Value == "yes")).ToList();

    /// <summary>The emb, sub and uni columns, then the object number and generation, ending the line.</summary>
    [GeneratedRegex(@"\s(yes|no)\s+(?:yes|no)\s+(?:yes|no)\s+\d+\s+\d+\s*$")]
    private static partial Regex Row();
}
