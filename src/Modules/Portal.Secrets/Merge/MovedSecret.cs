using Portal.Secrets.Models;

namespace Portal.Secrets.Merge;

/// <summary>A register line as a merge carries it: the entry and the decisions taken on it.</summary>
internal sealed record MovedSecret(SecretEntry Entry, IReadOnlyList<SecretDecision> Decisions);
