namespace Portal.Access;

/// <summary>A protected thing by kind ("incoming-document", "file", …) and id, within the current tenant.</summary>
public sealed record ResourceRef(string Kind, string Id);
