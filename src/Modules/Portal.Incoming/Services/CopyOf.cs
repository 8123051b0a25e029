using Portal.Incoming.Models;
using Portal.Registers;

namespace Portal.Incoming.Services;

/// <summary>How an incoming attachment's copy is named in the shared copy log: the arrival number, the sender's number and the file.</summary>
internal static class CopyOf
{
    public static CopyRequest Attachment(IncomingDocument document, IncomingAttachment attachment, string form, Actor actor) =>
        new(IncomingFeature.Kind, document.Id, $"Số đến {document.ArrivalNumber}/{document.Year} ({document.DocumentType} {document.NumberSymbol}".TrimEnd() + $"): {attachment.FileName}",
            document.Level, form, actor.UserId, actor.FullName) { FileId = attachment.FileId };
}
