using Portal.Access;

namespace Portal.Secrets.Models;

/// <summary>A decision on a secret (extension, downgrade, declassification, destruction, or the automatic end of its period), kept with the register entry; a destruction's row is its record.</summary>
public sealed class SecretDecision
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public string Action { get; set; } = "";
    public string Reason { get; set; } = "";
    public string DecisionNumber { get; set; } = "";
    public SecrecyLevel FromLevel { get; set; }
    public SecrecyLevel ToLevel { get; set; }
    public DateOnly EndsBefore { get; set; }
    public DateOnly EndsAfter { get; set; }
    public string DeciderId { get; set; } = "";
    public string DeciderName { get; set; } = "";
    public DateTime AtUtc { get; set; }
}
