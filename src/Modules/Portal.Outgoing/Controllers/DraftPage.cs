namespace Portal.Outgoing.Controllers;

/// <summary>The draft form with what was typed, why it was refused, and the page it makes (after "Xem trước").</summary>
public sealed record DraftPage(DraftForm Form, IReadOnlyList<string> Errors, string? Preview = null);
