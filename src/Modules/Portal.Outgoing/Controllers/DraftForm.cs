using Portal.Access;
using Portal.Outgoing.Models;
using Portal.Outgoing.Services;

namespace Portal.Outgoing.Controllers;

/// <summary>The draft form as posted: recipients one a line; the rest as the API takes it.</summary>
public sealed class DraftForm
{
    public string Type { get; set; } = "cong-van";
    public string Subject { get; set; } = "";
    public string Body { get; set; } = "";
    public string Level { get; set; } = "mat";
    public string Urgency { get; set; } = "";
    public string Recipients { get; set; } = "";
    public int CopyCount { get; set; } = 1;
    public bool CopyingAllowed { get; set; }
    public string ProtectionYears { get; set; } = "";

    /// <summary>The draft as a row not saved, for the preview: the drafter's proposals as the template will show them.</summary>
    public OutgoingDocument Unsaved() => new()
    {
        TypeCode = Type,
        Subject = Subject.Trim(),
        DrafterId = "",
        Level = Level == "toi-mat" ? SecrecyLevel.ToiMat : SecrecyLevel.Mat,
        Urgency = Urgency,
        Recipients = Recipients.Trim(),
        CopyCount = CopyCount,
    };

    public DraftInput Input() => new(Type, Subject, Body, Level, Urgency,
        Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), CopyCount, CopyingAllowed, ProtectionYears);
}
