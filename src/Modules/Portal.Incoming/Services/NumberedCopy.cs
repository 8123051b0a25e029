namespace Portal.Incoming.Services;

/// <summary>A copy about to leave the system: its number, its name and type, and the decrypted content.</summary>
public sealed record NumberedCopy(long Number, string FileName, string ContentType, Stream Content);
