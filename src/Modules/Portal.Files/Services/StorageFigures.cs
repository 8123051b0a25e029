using Microsoft.EntityFrameworkCore;
using Portal.Files.Models;
using Portal.Oversight;

namespace Portal.Files.Services;

/// <summary>Storage used by the tenant's files (plain lengths), for the central office.</summary>
internal sealed class StorageFigures(FilesDb db) : IFigureSource
{
    public string FeatureId => FilesFeature.Id;

    public async Task AddToAsync(FigureSheet sheet, CancellationToken cancellationToken) =>
        sheet.Counts[FigureKeys.StorageBytes] = await db.Files.SumAsync(f => (long?)f.Length, cancellationToken) ?? 0;
}
