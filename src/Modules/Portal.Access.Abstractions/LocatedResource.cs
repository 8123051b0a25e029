namespace Portal.Access;

/// <summary>What the access check needs to know of a resource that exists: its classification, and the resource it inherits its access list from (a file → its document).</summary>
public sealed record LocatedResource(SecrecyLevel Level, ResourceRef AccessListOf);
