namespace Portal.Ocr;

/// <summary>
/// The OCR jobs of the current tenant as a module that registers documents sees them. A job belongs to the
/// person who started it: for anyone else it does not exist (null, as for an unknown id).
/// </summary>
public interface IOcrJobs
{
    Task<OcrJobInfo?> FindAsync(Guid jobId, string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Marks a finished job as registered as the document <paramref name="documentKind"/>:<paramref name="documentId"/>,
    /// inside the caller's open transaction, with its audit entry. Throws <see cref="OcrRegistrationRefusedException"/>
    /// (Vietnamese) when the job is not the user's, not finished, already registered, or read as TUYỆT MẬT — so one
    /// scan never becomes two registrations, whatever restarts and retries happened. Returns the job (its scan file).
    /// </summary>
    Task<OcrJobInfo> LinkAsync(Guid jobId, string userId, string documentKind, string documentId, CancellationToken cancellationToken);
}
