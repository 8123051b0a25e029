using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Portal.Files.Services;

/// <summary>Reads a multipart form as a stream (see <see cref="IUploadReader"/>): the token first, then fields and files in order.</summary>
internal sealed class UploadReader(IFileVault vault, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions,
    IOptions<FilesOptions> options) : IUploadReader
{
    private const int MaxFields = 200;
    private const int MaxFieldCharacters = 64 * 1024;
    private const string Expired = "Biểu mẫu đã hết hạn hoặc không hợp lệ; hãy tải lại trang rồi gửi lại.";

    public async Task<UploadForm> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var boundary = Boundary(context.Request.ContentType);
        // The server's per-request limit is lifted for this body only: the vault counts each file against its own limit.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            limit.MaxRequestBodySize = null;
        var reader = new MultipartReader(boundary, context.Request.Body);
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        var files = new List<UploadedFile>();
        try
        {
            await CheckTokenAsync(context, reader, cancellationToken);
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                var disposition = section.GetContentDispositionHeader() ?? throw new FileRejectedException(Expired);
                var name = disposition.Name.Value ?? "";
                if (disposition.IsFileDisposition())
                {
                    var fileName = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
                    // A browser sends a file input left empty as a nameless, empty file.
                    if (string.IsNullOrEmpty(fileName) && await IsEmptyAsync(section, cancellationToken))
                        continue;
                    if (files.Count == options.Value.MaxFilesPerForm)
                        throw new FileRejectedException($"Mỗi lần gửi chỉ được đính kèm tối đa {options.Value.MaxFilesPerForm} tệp.");
                    files.Add(new UploadedFile(name, await vault.StoreAsync(section.Body, fileName, cancellationToken)));
                }
                else
                {
                    if (fields.Count == MaxFields)
                        throw new FileRejectedException("Biểu mẫu có quá nhiều trường.");
                    fields[name] = StringValues.Concat(fields.GetValueOrDefault(name), await ReadFieldAsync(section, cancellationToken));
                }
            }
        }
        catch
        {
            foreach (var file in files)
                vault.Discard(file.File);
            throw;
        }
        return new UploadForm(fields, files);
    }

    private static string Boundary(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) ||
            !string.Equals(type.MediaType.Value, "multipart/form-data", StringComparison.OrdinalIgnoreCase))
            throw new FileRejectedException("Yêu cầu không phải biểu mẫu gửi tệp (multipart/form-data).");
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        return boundary is { Length: > 0 and <= 70 } ? boundary : throw new FileRejectedException("Biểu mẫu gửi tệp không có ranh giới hợp lệ.");
    }

    /// <summary>
    /// The first field must be the antiforgery token, checked before any file is accepted; it is handed to
    /// the antiforgery check as its header, so the check never reads (and buffers) the form itself.
    /// </summary>
    private async Task CheckTokenAsync(HttpContext context, MultipartReader reader, CancellationToken cancellationToken)
    {
        var settings = antiforgeryOptions.Value;
        var first = await reader.ReadNextSectionAsync(cancellationToken);
        var disposition = first?.GetContentDispositionHeader();
        if (first is null || disposition is null || !disposition.IsFormDisposition() || disposition.Name.Value != settings.FormFieldName ||
            settings.HeaderName is null)
            throw new FileRejectedException(Expired);
        context.Request.Headers[settings.HeaderName] = await ReadFieldAsync(first, cancellationToken);
        try
        {
            await antiforgery.ValidateRequestAsync(context);
        }
        catch (AntiforgeryValidationException)
        {
            throw new FileRejectedException(Expired);
        }
    }

    private static async Task<string> ReadFieldAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        using var text = new StreamReader(section.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true);
        var buffer = new char[MaxFieldCharacters + 1];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await text.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
            filled += read;
        if (filled > MaxFieldCharacters)
            throw new FileRejectedException($"Một trường của biểu mẫu dài quá {MaxFieldCharacters} ký tự.");
        return new string(buffer, 0, filled);
    }

    private static async Task<bool> IsEmptyAsync(MultipartSection section, CancellationToken cancellationToken)
    {
        var probe = new byte[1];
        return await section.Body.ReadAsync(probe, cancellationToken) == 0;
    }
}
