using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Core.Tenancy;
using Portal.Files;
using Portal.Ocr.Models;

namespace Portal.Ocr.Services;

/// <summary>
/// The OCR text of a registered document, decrypted from the vault. Resolvable in every tenant: the job table
/// is touched only where the OCR feature is on.
/// </summary>
internal sealed class OcrTextSource(ITenantAccessor tenants, IServiceProvider services) : IOcrTextSource
{
    public async Task<string> TextAsync(string documentKind, string documentId, int maxCharacters, CancellationToken cancellationToken)
    {
        if (tenants.Current?.HasFeature(OcrFeature.Id) != true)
            return "";
        var db = services.GetRequiredService<OcrDb>();
        var vault = services.GetRequiredService<IFileVault>();
        var files = await db.Jobs.AsNoTracking()
            .Where(j => j.DocumentKind == documentKind && j.DocumentId == documentId && j.TextFileId != null)
            .OrderBy(j => j.CreatedUtc).Select(j => j.TextFileId!.Value).ToListAsync(cancellationToken);
        var texts = new List<string>();
        var left = maxCharacters;
        foreach (var file in files)
        {
            if (left <= 0)
                break;
            var text = await vault.ExtractTextAsync(file, left, cancellationToken) ?? "";
            texts.Add(text);
            left -= text.Length + 1;
        }
        return string.Join('\n', texts);
    }

}
