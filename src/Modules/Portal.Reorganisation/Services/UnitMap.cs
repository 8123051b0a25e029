using Portal.Core;

namespace Portal.Reorganisation.Services;

/// <summary>
/// A split's map of units to successors as typed ("xa-b:VP,TTr;xa-c:TCCB"): each unit with its sub-units goes to the
/// successor named for it or for its nearest parent.
/// </summary>
public static class UnitMap
{
    public static IReadOnlyDictionary<string, string> Parse(string? text)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var share in (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = share.Split(':', 2, StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0)
                throw new RequestRefusedException($"Không hiểu phần '{share}': viết cơ-quan:ĐƠNVỊ,ĐƠNVỊ;cơ-quan:ĐƠNVỊ.");
            foreach (var code in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                if (!map.TryAdd(code, parts[0]))
                    throw new RequestRefusedException($"Đơn vị {code} được giao cho hai cơ quan kế thừa.");
        }
        return map;
    }

    /// <summary>The successor of each unit of the chart, by its own entry or its nearest parent's; null when none is named.</summary>
    public static IReadOnlyDictionary<string, string?> Resolve(OrganisationChart chart, IReadOnlyDictionary<string, string> map)
    {
        var parents = chart.Units.ToDictionary(u => u.Code, u => u.ParentCode, StringComparer.Ordinal);
        var resolved = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var unit in chart.Units)
        {
            string? code = unit.Code, successor = null;
            for (var depth = 0; code is not null && depth <= parents.Count && !map.TryGetValue(code, out successor); depth++)
                code = parents.GetValueOrDefault(code);
            resolved[unit.Code] = successor;
        }
        return resolved;
    }
}
