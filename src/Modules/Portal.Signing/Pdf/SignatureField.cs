namespace Portal.Signing.Pdf;

/// <summary>A signature as found in a document's form: its field name, /ByteRange, /Contents and claimed time.</summary>
internal sealed record SignatureField(string Name, long[] ByteRange, byte[] Contents, DateTimeOffset? ClaimedTime);
