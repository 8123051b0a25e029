using System.Globalization;
using System.Net;
using System.Text;

namespace Portal.Oversight.Board;

/// <summary>A horizontal bar chart drawn on the server as SVG: no script, no outside asset, readable without colour (values written).</summary>
public static class BarChart
{
    private const int RowHeight = 26;
    private const int LabelWidth = 190;
    private const int BarWidth = 300;

    public static string Svg(string title, IReadOnlyList<(string Label, long Value, string Colour)> bars)
    {
        var max = Math.Max(1, bars.Count == 0 ? 1 : bars.Max(b => b.Value));
        var height = bars.Count * RowHeight + 8;
        var width = LabelWidth + BarWidth + 70;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">");
        svg.Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, colour) = bars[i];
            var y = i * RowHeight + 4;
            var w = (int)Math.Round(BarWidth * (double)value / max);
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth - 6}\" y=\"{y + 16}\" text-anchor=\"end\" font-size=\"13\">{WebUtility.HtmlEncode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{w}\" height=\"{RowHeight - 8}\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{LabelWidth + w + 6}\" y=\"{y + 16}\" font-size=\"13\">{value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))}</text>");
        }
        return svg.Append("</svg>").ToString();
    }
}
