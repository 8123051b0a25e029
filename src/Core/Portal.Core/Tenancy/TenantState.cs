namespace Portal.Core.Tenancy;

public enum TenantState
{
    Uninitialized = 0,
    Running = 1,
    Disabled = 2,
    /// <summary>
    /// A merged-away agency kept as a read-only archive (lưu trữ chỉ đọc): served to its security officers for reading
    /// only; no background work runs in it. The central office may then disable it.
    /// </summary>
    Archived = 3,
}
