namespace Portal.Exchange.Sending;

/// <summary>The register fields sealed with the content, for pre-filling the recipient's incoming form.</summary>
internal sealed record PackageFields(string Subject, string SignerName, int CopyCount, string FileName);
