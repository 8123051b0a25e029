namespace Portal.Audit.Services;

/// <summary>The Vietnamese names of action codes and target kinds: the audit module's own and every module's <see cref="AuditTerm"/>s. A code not named shows as recorded.</summary>
public sealed class AuditVocabulary : IAuditVocabulary
{
    private static readonly Dictionary<string, string> BuiltInTargets = new(StringComparer.Ordinal)
    {
        ["user"] = "Tài khoản",
        ["tenant"] = "Cơ quan",
        ["unit"] = "Đơn vị",
        ["api-token"] = "Khóa truy cập API",
        ["certificate-authority"] = "Tổ chức cấp chứng thư",
    };

    private readonly Dictionary<string, string> _targets;

    public AuditVocabulary(IEnumerable<AuditTerm> terms)
    {
        var list = terms.ToList();
        Actions = AuditActions.Names
            .Concat(list.Where(t => t.Kind == AuditTermKind.Action).Select(t => KeyValuePair.Create(t.Code, t.Name)))
            .ToDictionary(StringComparer.Ordinal);
        _targets = BuiltInTargets
            .Concat(list.Where(t => t.Kind == AuditTermKind.Target).Select(t => KeyValuePair.Create(t.Code, t.Name)))
            .ToDictionary(StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, string> Actions { get; }

    public string Action(string code) => Actions.GetValueOrDefault(code, code);

    public string Target(string kind) => _targets.GetValueOrDefault(kind, kind);
}
