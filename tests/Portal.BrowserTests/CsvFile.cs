using System.Text;

namespace Portal.BrowserTests;

/// <summary>A downloaded CSV file: its bytes, and its rows read as a spreadsheet would (quoted cells, "" for a quote).</summary>
public sealed class CsvFile(byte[] bytes)
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    public bool StartsWithUtf8Bom => bytes.AsSpan().StartsWith(Utf8Bom);

    public IReadOnlyList<IReadOnlyList<string>> Rows =>
        Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Cells(line.TrimEnd('\r')))
            .ToList();

    private static IReadOnlyList<string> Cells(string line)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
                cell.Append(c);
        }
        cells.Add(cell.ToString());
        return cells;
    }
}
