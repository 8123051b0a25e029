namespace Portal.Dossiers.Services;

/// <summary>A file of a filed document (an incoming scan, an outgoing document's issued PDF): the vault's id and a name to show.</summary>
public sealed record FiledFile(Guid FileId, string Name);
