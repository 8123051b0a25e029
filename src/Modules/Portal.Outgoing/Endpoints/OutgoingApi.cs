using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Files;
using Portal.Identity;
using Portal.Outgoing.Keys;
using Portal.Outgoing.Models;
using Portal.Outgoing.Services;

namespace Portal.Outgoing.Endpoints;

/// <summary>
/// The JSON API of outgoing documents under /api/outgoing. Every route with a document id is declared to
/// the access check (unseen = 404); a step that is not the caller's answers 403 with the reason.
/// </summary>
internal static class OutgoingApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/outgoing").RequireFeature(OutgoingFeature.Id).RequireAuthorization(PortalPolicies.SignedIn)
            .WithTags("Văn bản đi");
        api.MapPost("", Create).WithName("CreateOutgoing").WithSummary("Tạo dự thảo văn bản đi");
        api.MapGet("/register/print", PrintRegister).WithName("PrintOutgoingRegister").WithSummary("In sổ đăng ký bí mật nhà nước đi");
        Protected(api.MapGet("/{documentId}", Show), ResourceOperation.Read).WithName("GetOutgoing");
        Protected(api.MapPut("/{documentId}", Revise), ResourceOperation.Change).WithName("ReviseOutgoing");
        Protected(api.MapGet("/{documentId}/pdf", Pdf), ResourceOperation.Download).WithName("OutgoingPdf");
        Protected(api.MapGet("/{documentId}/docx", Docx), ResourceOperation.Download).WithName("OutgoingDocx")
            .WithSummary("Tải bản DOCX để chỉnh sửa (một bản sao có số)");
        Protected(api.MapGet("/{documentId}/signatures", Signatures), ResourceOperation.Read).WithName("VerifyOutgoing")
            .WithSummary("Kiểm tra các chữ ký số của văn bản");
        Step(api, "submit", (f, p, d, i, c) => f.SubmitAsync(p, d, i, c));
        Step(api, "approve", (f, p, d, i, c) => f.ApproveAsync(p, d, i, c));
        Step(api, "check", (f, p, d, i, c) => f.CheckAsync(p, d, i, c));
        Step(api, "sign", (f, p, d, _, c) => f.SignAsync(p, d, c));
        Step(api, "issue", (f, p, d, _, c) => f.IssueAsync(p, d, c));
        Step(api, "return", (f, p, d, i, c) => f.ReturnAsync(p, d, i, c));
    }

    private static RouteHandlerBuilder Protected(RouteHandlerBuilder route, ResourceOperation operation) =>
        route.WithMetadata(new ProtectedResourceAttribute(OutgoingFeature.Kind, "documentId") { Operation = operation });

    private static void Step(RouteGroupBuilder api, string name, Func<OutgoingFlow, Person, OutgoingDocument, StepInput, CancellationToken, Task> step) =>
        Protected(api.MapPost("/{documentId}/" + name, (int documentId, StepInput? body, ClaimsPrincipal user, OutgoingFlow flow, OutgoingDb db,
            CancellationToken cancellationToken) => RunAsync(async () =>
            {
                var document = await db.Documents.FirstAsync(d => d.Id == documentId, cancellationToken);
                await step(flow, Person.Of(user), document, body ?? new StepInput(), cancellationToken);
                return await ShowAsync(db, documentId, cancellationToken);
            })), ResourceOperation.Change).WithName("Outgoing" + char.ToUpperInvariant(name[0]) + name[1..]);

    private static Task<IResult> Create(DraftInput body, ClaimsPrincipal user, OutgoingDrafting drafting, OutgoingDb db, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var id = await drafting.CreateAsync(Person.Of(user), body, cancellationToken);
            return Results.Created($"outgoing/{id}", (await ShowAsync(db, id, cancellationToken) as IValueHttpResult)?.Value);
        });

    private static Task<IResult> Revise(int documentId, DraftInput body, ClaimsPrincipal user, OutgoingDrafting drafting, OutgoingDb db,
        CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await drafting.ReviseAsync(Person.Of(user), await db.Documents.FirstAsync(d => d.Id == documentId, cancellationToken), body, cancellationToken);
            return await ShowAsync(db, documentId, cancellationToken);
        });

    private static async Task<IResult> Show(int documentId, OutgoingDb db, IAuditTrail audit, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(new AuditRecord(OutgoingAuditActions.Read, AuditOutcome.Succeeded, OutgoingFeature.Kind,
            documentId.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        return await ShowAsync(db, documentId, cancellationToken);
    }

    /// <summary>
    /// A numbered copy of the issued original once there is one, else of the signed file: the stored bytes with
    /// the copy's block appended, sent as an attachment, never cached; refused past the copies the document allows.
    /// </summary>
    private static Task<IResult> Pdf(int documentId, ClaimsPrincipal user, OutgoingCopies copies, HttpResponse response,
        CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            if (await copies.PdfAsync(Person.Of(user), documentId, cancellationToken) is not { } copy)
                return Results.NotFound();
            CopyResponse.Headers(response, copy);
            return Results.File(copy.Content, "application/pdf", copy.FileName);
        });

    /// <summary>The document as DOCX for editing: a numbered copy like the PDF, refused past the copies the document allows.</summary>
    private static Task<IResult> Docx(int documentId, ClaimsPrincipal user, OutgoingDocx docx, HttpResponse response, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var copy = await docx.WriteAsync(Person.Of(user), documentId, cancellationToken);
            CopyResponse.Headers(response, copy);
            return Results.File(copy.Content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", copy.FileName);
        });

    /// <summary>The outgoing register for a range of issue days as PDF: 403 for anyone but the clerks and the security officer.</summary>
    private static Task<IResult> PrintRegister(string? book, DateOnly? from, DateOnly? to, ClaimsPrincipal user, OutgoingRegister register,
        HttpResponse response, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            if (!user.IsInRole(Roles.Clerk) && !user.IsInRole(Roles.SecurityOfficer))
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            if (await register.PrintAsync(user, book, from, to, cancellationToken) is not { } pdf)
                return Results.NotFound();
            response.Headers.CacheControl = "no-store";
            return Results.File(pdf, "application/pdf", "so-di.pdf");
        });

    /// <summary>Every signature of the stored file verified against the tenant's keystore CA: signer, time, state and message.</summary>
    private static async Task<IResult> Signatures(int documentId, OutgoingDb db, IFileVault vault, SoftwareKeystore keystore,
        Signing.IPdfSignatureVerifier verifier, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstAsync(d => d.Id == documentId, cancellationToken);
        if ((document.IssuedFileId ?? document.SignedFileId) is not { } fileId)
            return Results.Ok(Array.Empty<Signing.SignatureVerdict>());
        await using var stream = await vault.OpenReadAsync(fileId, cancellationToken);
        using var bytes = new MemoryStream();
        await stream.CopyToAsync(bytes, cancellationToken);
        return Results.Ok(verifier.Verify(bytes.ToArray(), await keystore.TrustAsync(cancellationToken)));
    }

    private static async Task<IResult> ShowAsync(OutgoingDb db, int documentId, CancellationToken cancellationToken)
    {
        var document = await db.Documents.AsNoTracking().FirstAsync(d => d.Id == documentId, cancellationToken);
        var events = await db.Events.AsNoTracking().Where(e => e.DocumentId == documentId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        return Results.Ok(OutgoingResponse.Of(document, events));
    }

    private static async Task<IResult> RunAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (OutgoingForbiddenException e)
        {
            return Results.Json(new OutgoingRefusal("forbidden", e.Message, [e.Message]), statusCode: StatusCodes.Status403Forbidden);
        }
        catch (RequestRefusedException e)
        {
            return Results.BadRequest(new OutgoingRefusal("refused", string.Join(" ", e.Errors), e.Errors));
        }
        catch (Exception e) when (e is Signing.SigningException or Templates.TemplateRefusedException or Rendering.PdfRenderException)
        {
            return Results.BadRequest(new OutgoingRefusal("refused", e.Message, [e.Message]));
        }
        catch (DbUpdateConcurrencyException)
        {
            const string message = "Văn bản vừa được người khác xử lý ở bước này; hãy tải lại.";
            return Results.Conflict(new OutgoingRefusal("conflict", message, [message]));
        }
    }
}
