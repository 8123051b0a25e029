namespace Portal.Benchmarks;

/// <summary>The calls the access scenario times inside a tenant scope, without HTTP.</summary>
public enum InProcessCall
{
    DecideAllowed,
    DecideForbidden,
    DecideMissing,
    /// <summary>IAuditTrail.RecordAsync of an entry like the check's, alone: the share of the check that is the audit append.</summary>
    AuditAppendAlone,
}
