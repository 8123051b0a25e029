using Microsoft.Extensions.Primitives;

namespace Portal.Files;

/// <summary>A multipart form as read by <see cref="IUploadReader"/>: its fields, and its files stored in the vault (not yet recorded).</summary>
public sealed record UploadForm(IReadOnlyDictionary<string, StringValues> Fields, IReadOnlyList<UploadedFile> Files);
