namespace Portal.Reorganisation;

/// <summary>A file copied from the source: what the target made of it, and the hash of the source's decrypted content.</summary>
public sealed record SourceFileCopy<T>(T Stored, string Sha256);
