using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Portal.Incoming.Controllers;

/// <summary>The headers of a file leaving the system: shown in the browser (inline) or saved (attachment), never cached.</summary>
internal static class CopyHeaders
{
    public static void Set(HttpResponse response, string contentType, string fileName, bool inline)
    {
        response.ContentType = contentType;
        response.Headers.ContentDisposition = new ContentDispositionHeaderValue(inline ? "inline" : "attachment")
        {
            FileName = Ascii(fileName),
            FileNameStar = fileName,
        }.ToString();
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
    }

    /// <summary>The name without marks or characters a header cannot carry, for clients that ignore filename*.</summary>
    private static string Ascii(string name)
    {
        var plain = new string(name.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            .Select(c => c switch { 'đ' => 'd', 'Đ' => 'D', _ => c })
            .Select(c => c is >= ' ' and < (char)127 and not '"' and not '\\' ? c : '_').ToArray());
        return plain.Length == 0 ? "tep" : plain;
    }
}
