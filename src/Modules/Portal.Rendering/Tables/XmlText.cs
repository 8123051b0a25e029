using System.Text;

namespace Portal.Rendering.Tables;

/// <summary>Text made writable in XML 1.0: control characters (other than tab, LF, CR) and lone surrogates dropped.</summary>
internal static class XmlText
{
    public static string Clean(string text)
    {
        if (!text.Any(IsSuspect))
            return text;
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                clean.Append(c).Append(text[++i]);
            else if (!IsSuspect(c))
                clean.Append(c);
        }
        return clean.ToString();
    }

    private static bool IsSuspect(char c) =>
        (c < ' ' && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF' || char.IsSurrogate(c);
}
