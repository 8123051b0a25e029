namespace Portal.Outgoing.Controllers;

/// <summary>The draft form with what was typed and why it was refused.</summary>
public sealed record DraftPage(DraftForm Form, IReadOnlyList<string> Errors);
