using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Portal.Core.Tenancy;

namespace Portal.Theme;

/// <summary>
/// The theme's static files: the build copies them to <c>&lt;bin&gt;/wwwroot/theme/</c> of every
/// project that references the theme, and the host serves <c>&lt;bin&gt;/wwwroot</c> at <c>/static</c>
/// for the whole application (not under a tenant's prefix).
/// </summary>
public static class ThemeAssets
{
    /// <summary>The folder, relative to the application's base directory, that holds the files.</summary>
    public const string Folder = "wwwroot/theme";

    /// <summary>The URL path of the folder, relative to the application root.</summary>
    public const string UrlPath = "/static/theme/";

    private static readonly Lazy<string> LazyVersion = new(() => ComputeVersion(Path.Combine(AppContext.BaseDirectory, Folder)));

    /// <summary>
    /// A short hash of the files as deployed, appended to their URLs (<c>?v=</c>) so that browsers
    /// fetch them again after an upgrade and may cache them for long otherwise.
    /// </summary>
    public static string Version => LazyVersion.Value;

    /// <summary>The URL of a theme file, e.g. <c>Url(Context, "portal.css")</c>, from any tenant's page.</summary>
    public static string Url(HttpContext context, string file) =>
        ApplicationBase(context) + UrlPath + file.TrimStart('/') + "?v=" + Version;

    /// <summary>The application's own path base: the request's path base without the tenant's prefix.</summary>
    public static string ApplicationBase(HttpContext context)
    {
        var pathBase = context.Request.PathBase.Value ?? "";
        var prefix = context.Features.Get<TenantContext>()?.UrlPrefix ?? "";
        if (prefix.Length > 0 && pathBase.EndsWith(prefix, StringComparison.OrdinalIgnoreCase))
            pathBase = pathBase[..^prefix.Length];
        return pathBase.TrimEnd('/');
    }

    internal static string ComputeVersion(string folder)
    {
        if (!Directory.Exists(folder))
            return "0";
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Full: f, Relative: Path.GetRelativePath(folder, f).Replace('\\', '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal);
        foreach (var (full, relative) in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(relative + "\n"));
            hash.AppendData(File.ReadAllBytes(full));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
