using System.Globalization;
using System.Text;

namespace Portal.Files.Checks;

/// <summary>
/// A name as the browser gave it, made safe to show and to offer on download: its last path part only,
/// NFC, without control characters, bidi controls (which make "exe.pdf" look like "fdp.exe") or
/// characters other systems refuse, not a reserved device name, at most 255 characters with the
/// extension kept. A name with nothing left gets a default Vietnamese name.
/// </summary>
internal static class SafeFileName
{
    public const int MaxLength = 255;
    public const string DefaultStem = "Tệp đính kèm";

    private const int MaxExtensionLength = 10;
    private static readonly HashSet<string> DeviceNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CLOCK$", "CONIN$", "CONOUT$",
        "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    /// <summary>The cleaned name split into stem and extension (with its dot, or "" when the name has none).</summary>
    public static (string Stem, string Extension) Clean(string? name)
    {
        var text = Strip(name ?? "");
        var last = text.Split('/', '\\')[^1];
        var normalized = Strip(last.Normalize(NormalizationForm.FormC)).Trim().Trim('.').Trim();
        var dot = normalized.LastIndexOf('.');
        var extension = dot > 0 ? normalized[dot..] : "";
        return extension.Length is > 1 and <= MaxExtensionLength && extension.Skip(1).All(char.IsAsciiLetterOrDigit)
            ? (normalized[..dot].TrimEnd('.', ' '), extension.ToLowerInvariant())
            : (normalized, "");
    }

    /// <summary>Stem and extension put together; the stem is cut (at a whole character) so the whole fits, never the extension.</summary>
    public static string Compose(string stem, string extension)
    {
        if (stem.Length == 0)
            stem = DefaultStem;
        if (DeviceNames.Contains(stem.Split('.')[0].TrimEnd()))
            stem = "_" + stem;
        var room = MaxLength - extension.Length;
        if (stem.Length > room)
        {
            var cut = new StringBuilder();
            foreach (var element in TextElements(stem))
            {
                if (cut.Length + element.Length > room)
                    break;
                cut.Append(element);
            }
            stem = cut.ToString().TrimEnd('.', ' ');
        }
        return stem + extension;
    }

    /// <summary>Drops control and bidi characters and lone surrogates (which NFC would refuse), and replaces characters file systems refuse.</summary>
    private static string Strip(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                kept.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c) || char.IsControl(c) || IsBidiControl(c) || c is '\uFEFF' or '\u200B')
                continue;
            kept.Append(c is '<' or '>' or ':' or '"' or '|' or '?' or '*' ? '_' : c);
        }
        return kept.ToString();
    }

    private static bool IsBidiControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    private static IEnumerable<string> TextElements(string text)
    {
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
            yield return elements.GetTextElement();
    }
}
