using Portal.Outgoing;

namespace Portal.Exchange.Edxml;

/// <summary>An issued document about to be written as an edXML package, with the receiving agencies (code, name) from the directory.</summary>
public sealed record EdxmlPackage(IssuedDocument Document, IReadOnlyList<(string Code, string Name)> To);
