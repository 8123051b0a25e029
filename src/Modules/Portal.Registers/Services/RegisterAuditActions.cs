namespace Portal.Registers.Services;

/// <summary>The audit codes of register configuration; target kind "register", target id the book's code.</summary>
public static class RegisterAuditActions
{
    public const string TargetKind = "register";
    public const string Created = "register.created";
    public const string Updated = "register.updated";
    public const string Deactivated = "register.deactivated";
    public const string Activated = "register.activated";
    public const string SubjectsChanged = "register.subjects";
}
