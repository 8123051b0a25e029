namespace Portal.Incoming.Controllers;

/// <summary>Why an attachment cannot be viewed in the browser, and the numbered download offered instead.</summary>
public sealed record ViewUnavailablePage(int DocumentId, Guid FileId, string FileName, string Reason);
