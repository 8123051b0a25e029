namespace Portal.Files;

/// <summary>One file section of a multipart form: the form field it came in, and the stored file.</summary>
public sealed record UploadedFile(string FieldName, StoredFile File);
