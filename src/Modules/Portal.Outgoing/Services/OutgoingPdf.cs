using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Core.Tenancy;
using Portal.Outgoing.Models;
using Portal.Rendering;
using Portal.Templates;

namespace Portal.Outgoing.Services;

/// <summary>
/// The document as the signer signs it: the tenant's template for its type filled from the row and its
/// latest version, the symbol set at the format check, number and date left blank for the clerk, the marks from the row (GIẢI MẬT
/// from the register once declassified), printed by Chromium.
/// </summary>
public sealed class OutgoingPdf(OutgoingDb db, IDocumentComposer composer, IPdfRenderer renderer, ITenantAccessor tenants, OutgoingCopies copies)
{
    public async Task<byte[]> RenderAsync(OutgoingDocument document, CancellationToken cancellationToken)
    {
        var (type, fields, marks) = await PartsAsync(document, cancellationToken);
        return await renderer.RenderAsync(new PdfRequest(await composer.ComposeAsync(type, fields, marks, cancellationToken)), cancellationToken);
    }

    /// <summary>The same page as HTML for the document's page: what will be signed, as it stands now.</summary>
    public async Task<string> PreviewAsync(OutgoingDocument document, CancellationToken cancellationToken)
    {
        var (type, fields, marks) = await PartsAsync(document, cancellationToken);
        return await composer.ComposeBodyAsync(type, fields, marks, cancellationToken);
    }

    /// <summary>A page for a document not saved yet (the draft form's preview), with the body as typed.</summary>
    public Task<string> PreviewAsync(OutgoingDocument document, string body, CancellationToken cancellationToken)
    {
        var (type, fields, marks) = Parts(document, body);
        return composer.ComposeBodyAsync(type, fields, marks, cancellationToken);
    }

    /// <summary>The type's code, the fields and the marks the document is composed from (number and date once issued).</summary>
    internal async Task<(string Type, DocumentFields Fields, DocumentMarks Marks)> PartsAsync(OutgoingDocument document, CancellationToken cancellationToken)
    {
        var (type, fields, marks) = Parts(document, await LatestBodyAsync(document, cancellationToken));
        return (type, fields, marks with { Declassified = await copies.DeclassifiedAsync(document, cancellationToken) });
    }

    private Task<string> LatestBodyAsync(OutgoingDocument document, CancellationToken cancellationToken) =>
        db.Versions.AsNoTracking().Where(v => v.DocumentId == document.Id).OrderByDescending(v => v.Number).Select(v => v.Body).FirstAsync(cancellationToken);

    private (string Type, DocumentFields Fields, DocumentMarks Marks) Parts(OutgoingDocument document, string body)
    {
        var type = DocumentTypes.Find(document.TypeCode)!;
        var fields = new DocumentFields
        {
            Agency = tenants.Current!.Record.DisplayName,
            NumberAndSymbol = document.NumberSymbol.Length > 0
                ? document.NumberSymbol
                : $"{DocumentFields.Blank}/{(type.IsCongVan ? "" : type.Abbreviation + "-")}{document.Symbol}",
            Date = document.IssuedOn,
            Place = document.Place,
            Subject = document.Subject,
            Body = body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            Authority = document.Authority,
            SignerTitle = document.SignerTitle,
            SignerName = document.SignerName,
            Recipients = document.Recipients.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            Filing = $"Lưu: VT, {document.CopyCount}b.",
        };
        var marks = new DocumentMarks(document.Level)
        {
            Urgency = document.Urgency.Length == 0 ? null : document.Urgency,
            ProtectionPeriod = document.Level switch { SecrecyLevel.ToiMat => "20 năm", SecrecyLevel.Mat => "10 năm", _ => null },
        };
        return (type.Code, fields, marks);
    }
}
