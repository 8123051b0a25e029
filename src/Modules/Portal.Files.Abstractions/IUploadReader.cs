using Microsoft.AspNetCore.Http;

namespace Portal.Files;

/// <summary>
/// Reads a multipart/form-data request body as a stream: file sections go straight into the vault
/// (stored, not yet recorded), form fields are collected. The request's size limit is lifted for the
/// request being read and replaced by the vault's own limit per file and small limits on fields.
/// The antiforgery token must be the form's first field (render it first, with asp-antiforgery="false"),
/// and the action must carry <see cref="StreamedUploadAttribute"/> so MVC does not buffer the form to
/// check it. Throws <see cref="FileRejectedException"/> after discarding the files it stored.
/// </summary>
public interface IUploadReader
{
    Task<UploadForm> ReadAsync(HttpContext context, CancellationToken cancellationToken);
}
