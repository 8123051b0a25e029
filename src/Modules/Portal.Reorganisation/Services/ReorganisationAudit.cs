namespace Portal.Reorganisation.Services;

/// <summary>The reorganisation's words in the central office's audit trail.</summary>
public static class ReorganisationAudit
{
    public const string Planned = "reorganisation.planned";
    public const string Approved = "reorganisation.approved";
    public const string Stopped = "reorganisation.stopped";
    public const string Resumed = "reorganisation.resumed";
    public const string Finished = "reorganisation.finished";
    public const string Failed = "reorganisation.failed";
    public const string TargetKind = "reorganisation";
}
