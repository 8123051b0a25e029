namespace Portal.Tests.Resilience;

/// <summary>An attachment the server answered with its redirect to: it must be attached, and decrypt to these bytes, after any crash.</summary>
public sealed record ConfirmedUpload(int DocumentId, string FileName, string Sha256, int Length);
