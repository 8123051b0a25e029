using Portal.Access;

namespace Portal.Secrets;

/// <summary>
/// A decision on a secret as its holders elsewhere are told of it (DOMAIN.md §2.10): the document (kind and id in the
/// deciding agency), the decision ("gia-han", "giam-mat", "giai-mat", "tieu-huy", or "het-thoi-han" at the end of the
/// period), the level and last day of protection after it, the decision's number, day and reason. Never any content.
/// </summary>
public sealed record SecretDecisionNotice(string Kind, int DocumentId, string Action, SecrecyLevel Level, DateOnly EndsOn, string DecisionNumber,
    DateOnly DecidedOn, string Reason)
{
    /// <summary>The decisions a notice may carry, with the names their records show.</summary>
    public static readonly IReadOnlyDictionary<string, string> Actions = new Dictionary<string, string>
    {
        ["gia-han"] = "Gia hạn",
        ["giam-mat"] = "Giảm độ mật",
        ["giai-mat"] = "Giải mật",
        ["tieu-huy"] = "Tiêu hủy",
        ["het-thoi-han"] = "Tự động giải mật khi hết thời hạn",
    };
}
