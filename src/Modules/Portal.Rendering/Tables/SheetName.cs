namespace Portal.Rendering.Tables;

/// <summary>A worksheet name Excel accepts: at most 31 characters, none of : \ / ? * [ ].</summary>
internal static class SheetName
{
    public static string From(string title)
    {
        var name = new string(title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']') && !char.IsControl(c)).ToArray())
            .Trim().Trim('\'');
        name = name.Length > 31 ? name[..31].TrimEnd() : name;
        return name.Length == 0 ? "Bảng" : name;
    }
}
