using Portal.Access;

namespace Portal.Secrets.Models;

/// <summary>One line of the register of state secrets: a secret document, its level and its protection period.</summary>
public sealed class SecretEntry
{
    public int Id { get; set; }
    public string DocumentKind { get; set; } = "";
    public int DocumentId { get; set; }
    public string NumberSymbol { get; set; } = "";
    public SecrecyLevel OriginalLevel { get; set; }
    public SecrecyLevel Level { get; set; }
    public DateOnly LevelSetOn { get; set; }
    public int PeriodYears { get; set; }

    /// <summary>The period is the shorter one written on the document (DOMAIN.md §2.2), not the tenant's for its level.</summary>
    public bool PeriodStated { get; set; }

    /// <summary>The last day of protection, extensions included.</summary>
    public DateOnly EndsOn { get; set; }

    public SecretStatus Status { get; set; }
    public DateOnly? DeclassifiedOn { get; set; }
    public DateOnly? DestroyedOn { get; set; }

    /// <summary>The document's erasure key in the vault's live key store: its files are sealed to it, and destroying the document erases it.</summary>
    public Guid? ErasureKeyId { get; set; }

    /// <summary>The day the sweep first found the end of the period near and recorded the reminder.</summary>
    public DateOnly? RemindedOn { get; set; }

    public DateTime EnteredUtc { get; set; }
}
