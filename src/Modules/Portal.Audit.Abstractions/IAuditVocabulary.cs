namespace Portal.Audit;

/// <summary>The Vietnamese names of audit action codes and target kinds, every module's included.</summary>
public interface IAuditVocabulary
{
    IReadOnlyDictionary<string, string> Actions { get; }

    /// <summary>The action's name, or the code itself when no module named it.</summary>
    string Action(string code);

    /// <summary>The target kind's name, or the kind itself when no module named it.</summary>
    string Target(string kind);
}
