namespace Portal.Audit;

/// <summary>
/// A module's own audit word: the Vietnamese name of an action code it records, or of a target kind.
/// Register one singleton per word; the audit page and its export show the name instead of the code.
/// </summary>
public sealed record AuditTerm(AuditTermKind Kind, string Code, string Name)
{
    public static AuditTerm Action(string code, string name) => new(AuditTermKind.Action, code, name);

    public static AuditTerm Target(string kind, string name) => new(AuditTermKind.Target, kind, name);
}
