namespace Portal.Access;

public sealed record AccessAlertView(long Id, ResourceRef Resource, string Message, DateTime CreatedUtc);
