namespace Portal.Outgoing.Services;

/// <summary>A numbered copy of an outgoing document ready to send: its number, its file name and its bytes.</summary>
public sealed record OutgoingCopy(long Number, string FileName, byte[] Content);
