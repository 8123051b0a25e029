using Microsoft.EntityFrameworkCore;
using Portal.Ocr.Models;
using Portal.Oversight;

namespace Portal.Ocr.Services;

/// <summary>The OCR queue (waiting or being read) for the central office.</summary>
internal sealed class OcrFigures(OcrDb db) : IFigureSource
{
    public string FeatureId => OcrFeature.Id;

    public async Task AddToAsync(FigureSheet sheet, CancellationToken cancellationToken) =>
        sheet.Counts[FigureKeys.OcrQueue] = await db.Jobs.LongCountAsync(
            j => j.State == OcrJobState.Queued || j.State == OcrJobState.Running, cancellationToken);
}
