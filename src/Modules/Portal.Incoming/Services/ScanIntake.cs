using Microsoft.Extensions.DependencyInjection;
using Portal.Core;
using Portal.Core.Tenancy;
using Portal.Ocr;

namespace Portal.Incoming.Services;

/// <summary>
/// The registration form's side of OCR intake (Portal.Ocr, through its abstractions): a finished job's fields
/// as the form's values, and the link from the registered document back to the job, in the registration's
/// transaction, so one scan is registered once. Nothing here when the tenant has no OCR feature.
/// </summary>
public sealed class ScanIntake(ITenantAccessor tenants, IServiceProvider services)
{
    private bool Enabled => tenants.Current?.HasFeature(OcrFeature.Id) == true;

    public static Guid? JobId(string? value) => Guid.TryParse(value, out var id) ? id : null;

    public async Task<OcrJobInfo?> FindAsync(Actor actor, Guid? jobId, CancellationToken cancellationToken) =>
        jobId is { } id && Enabled ? await services.GetRequiredService<IOcrJobs>().FindAsync(id, actor.UserId, cancellationToken) : null;

    /// <summary>Links the job to the document; throws <see cref="RequestRefusedException"/> (rolling the registration back) when it cannot.</summary>
    public async Task<OcrJobInfo> LinkAsync(Actor actor, Guid jobId, int documentId, CancellationToken cancellationToken)
    {
        if (!Enabled)
            throw new RequestRefusedException("Cơ quan chưa bật tính năng nhận dạng bản quét.");
        try
        {
            return await services.GetRequiredService<IOcrJobs>().LinkAsync(jobId, actor.UserId, IncomingFeature.Kind,
                documentId.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
        }
        catch (OcrRegistrationRefusedException e)
        {
            throw new RequestRefusedException(e.Message);
        }
    }

    /// <summary>The form's values from the fields read; the clerk checks them (the highlighted ones first) before saving.</summary>
    public static RegistrationInput Prefill(OcrJobInfo job, string now) => new()
    {
        Sender = job.Field(OcrFields.Agency),
        NumberSymbol = job.Field(OcrFields.Number),
        DocumentDate = job.Field(OcrFields.Date),
        DocumentType = job.Field(OcrFields.Type),
        Subject = job.Field(OcrFields.Subject),
        Level = OcrMarks.Level(job.Field(OcrFields.Classification)) is "toi-mat" ? "toi-mat" : "mat",
        Urgency = OcrMarks.Urgency(job.Field(OcrFields.Urgency)),
        PageCount = Math.Max(job.Pages, 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ArrivedAt = now,
        OcrJob = job.Id.ToString(),
    };

    /// <summary>The OCR field each form field came from, for highlighting the ones read with low confidence.</summary>
    public static readonly IReadOnlyDictionary<string, string> Sources = new Dictionary<string, string>
    {
        ["Sender"] = OcrFields.Agency,
        ["NumberSymbol"] = OcrFields.Number,
        ["DocumentDate"] = OcrFields.Date,
        ["DocumentType"] = OcrFields.Type,
        ["Subject"] = OcrFields.Subject,
        ["Level"] = OcrFields.Classification,
        ["Urgency"] = OcrFields.Urgency,
    };
}
