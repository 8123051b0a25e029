namespace Portal.Audit;

/// <summary>
/// A document's step as its module's timeline and the audit trail note it: the facts (people, numbers, dates, counts) go to
/// both; the words a person wrote about the document (direction, result, reasons, remarks) stay on the
/// timeline, which the module can erase when a secret is destroyed, and never enter the append-only trail, which cannot.
/// </summary>
public sealed record StepNote(string Facts, string Written = "")
{
    public string Timeline => Joined(Facts, Written);

    public string Audited => Written.Length == 0 ? Facts : Joined(Facts, "Có lời ghi trên dòng thời gian của văn bản");

    public static string Joined(params string[] parts) => string.Join(". ", parts.Where(p => p.Length > 0));
}
