namespace Portal.Access;

/// <summary>A person to put on a resource's access list; a grant needs its reason and grantor.</summary>
public sealed record AccessEntrySpec(ResourceRef Resource, string UserId, AccessPosition Position, string? Reason = null, string? GrantedBy = null);
