namespace Portal.Incoming;

/// <summary>A file attached to an incoming document (its scan or electronic original): the vault's id and the name it came with.</summary>
public sealed record IncomingFile(Guid FileId, string FileName);
