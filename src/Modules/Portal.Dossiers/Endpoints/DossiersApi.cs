using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Dossiers.Models;
using Portal.Dossiers.Services;
using Portal.Identity;
using Portal.Rendering;

namespace Portal.Dossiers.Endpoints;

/// <summary>
/// The JSON API of dossiers under /api/dossiers. Every route with a dossier id is declared to the access check
/// (unseen = 404); an action that is not the caller's answers 403 with the reason; every read and change is audited.
/// </summary>
internal static class DossiersApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/dossiers").RequireFeature(DossiersFeature.Id).RequireAuthorization(PortalPolicies.SignedIn)
            .WithTags("Hồ sơ công việc");
        api.MapGet("", List).WithName("ListDossiers").WithSummary("Hồ sơ của tôi, với cảnh báo hạn nộp lưu");
        api.MapGet("/catalogue", Catalogue).WithName("DossierCatalogue").WithSummary("Danh mục hồ sơ của năm");
        api.MapPost("/catalogue", AddToCatalogue).WithName("AddDossierCatalogueEntry");
        api.MapPost("", Open).WithName("OpenDossier").WithSummary("Mở hồ sơ từ danh mục");
        Protected(api.MapGet("/{dossierId}", Show), ResourceOperation.Read).WithName("GetDossier");
        Change(api, "documents", "FileDocumentInDossier",
            (services, person, dossier, body, c) => services.GetRequiredService<DossierFiling>().AddAsync(person, dossier, body.Kind, body.DocumentId ?? 0, c));
        Change(api, "close", "CloseDossier",
            (services, person, dossier, body, c) => services.GetRequiredService<DossierClosing>().CloseAsync(person, dossier, body.EndDate, c));
        Change(api, "hand-over", "HandOverDossier",
            (services, person, dossier, body, c) => services.GetRequiredService<DossierClosing>().HandOverAsync(person, dossier, body.Archivist, c));
        Protected(api.MapGet("/{dossierId}/contents.pdf", ContentsPdf), ResourceOperation.Print).WithName("DossierContentsPdf")
            .WithSummary("Mục lục văn bản của hồ sơ (PDF)");
        Protected(api.MapGet("/{dossierId}/hand-over.pdf", HandOverPdf), ResourceOperation.Print).WithName("DossierHandOverPdf")
            .WithSummary("Biên bản giao nhận hồ sơ (PDF)");
        Protected(api.MapGet("/{dossierId}/dossier.pdf", BookPdf), ResourceOperation.Export).WithName("DossierPdf")
            .WithSummary("Toàn bộ hồ sơ ra một tệp PDF: bìa, mục lục, rồi các văn bản người xem được theo ngày");
        Protected(api.MapGet("/{dossierId}/export.xml", ExportXml), ResourceOperation.Export).WithName("DossierXml")
            .WithSummary("Hồ sơ và các văn bản người xem được, theo ngày, ra XML (Phụ lục VI Nghị định 30)");
    }

    private static RouteHandlerBuilder Protected(RouteHandlerBuilder route, ResourceOperation operation) =>
        route.WithMetadata(new ProtectedResourceAttribute(DossiersFeature.Kind, "dossierId") { Operation = operation });

    /// <summary>A change to one dossier: it runs on the tracked row, and the answer is the dossier's facts as they now stand.</summary>
    private static void Change(RouteGroupBuilder api, string path, string name,
        Func<IServiceProvider, Person, Dossier, DossierInputs, CancellationToken, Task> action) =>
        Protected(api.MapPost("/{dossierId}/" + path, (int dossierId, DossierInputs body, HttpContext http, DossiersDb db, TimeProvider clock,
            CancellationToken cancellationToken) => RunAsync(async () =>
        {
            var dossier = await FindAsync(db, dossierId, cancellationToken);
            await action(http.RequestServices, Person.Of(http.User), dossier, body, cancellationToken);
            return Results.Ok(DossierResponse.Of(dossier, HandOverDeadline.Warning(dossier, DossierClock.Today(clock)), null));
        })), ResourceOperation.Change).WithName(name);

    private static async Task<IResult> List(ClaimsPrincipal user, DossierViews views, CancellationToken cancellationToken) =>
        Results.Ok((await views.ListAsync(Person.Of(user), cancellationToken)).Select(r => DossierResponse.Of(r.Dossier, r.Warning, [])));

    private static async Task<IResult> Catalogue(int? year, DossierCatalogue catalogue, TimeProvider clock, CancellationToken cancellationToken) =>
        Results.Ok(await catalogue.ListAsync(year ?? DossierClock.Today(clock).Year, cancellationToken));

    private static Task<IResult> AddToCatalogue(CatalogueInput body, ClaimsPrincipal user, DossierCatalogue catalogue, TimeProvider clock,
        CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var id = await catalogue.AddAsync(Person.Of(user), body, DossierClock.Today(clock).Year, cancellationToken);
        return Results.Created($"dossiers/catalogue/{id}", new { id });
    });

    private static Task<IResult> Open(DossierInputs body, ClaimsPrincipal user, DossierFiling filing, DossiersDb db, DossierViews views,
        DossierJournal journal, TimeProvider clock, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var id = await filing.OpenAsync(Person.Of(user), body.CatalogueEntryId ?? 0, cancellationToken);
        return Results.Created($"dossiers/{id}", (await ShowAsync(db, views, journal, clock, user, id, cancellationToken) as IValueHttpResult)?.Value);
    });

    private static Task<IResult> Show(int dossierId, ClaimsPrincipal user, DossiersDb db, DossierViews views, DossierJournal journal, TimeProvider clock,
        CancellationToken cancellationToken) => ShowAsync(db, views, journal, clock, user, dossierId, cancellationToken);

    private static async Task<IResult> ContentsPdf(int dossierId, ClaimsPrincipal user, DossiersDb db, DossierViews views, DossierPrints prints,
        DossierJournal journal, CancellationToken cancellationToken)
    {
        var person = Person.Of(user);
        var dossier = await FindAsync(db, dossierId, cancellationToken);
        var contents = await views.ContentsAsync(person, dossierId, cancellationToken);
        await journal.RecordAsync(dossier, DossierAuditActions.ContentsPrinted, $"{contents.Count} văn bản", cancellationToken);
        return Results.File(await prints.ContentsAsync(dossier, contents, person, cancellationToken), "application/pdf",
            $"muc-luc-ho-so-{Safe(dossier.Code)}.pdf");
    }

    private static async Task<IResult> HandOverPdf(int dossierId, ClaimsPrincipal user, DossiersDb db, DossierViews views, DossierPrints prints,
        DossierJournal journal, CancellationToken cancellationToken)
    {
        var person = Person.Of(user);
        var dossier = await FindAsync(db, dossierId, cancellationToken);
        if (dossier.Status != DossierStatus.HandedOver)
            return Results.BadRequest(new DossierRefusal("refused", "Hồ sơ chưa nộp lưu: chưa có biên bản giao nhận.", ["Hồ sơ chưa nộp lưu: chưa có biên bản giao nhận."]));
        // Filter, not refuse: like the page and the contents PDF, a reader who may see the dossier gets it without what they may not see.
        var contents = await views.ContentsAsync(person, dossierId, cancellationToken);
        await journal.RecordAsync(dossier, DossierAuditActions.HandOverPrinted, $"{contents.Count} văn bản", cancellationToken);
        return Results.File(await prints.HandOverAsync(dossier, contents, person, cancellationToken), "application/pdf",
            $"bien-ban-giao-nhan-{Safe(dossier.Code)}.pdf");
    }

    private static async Task<IResult> BookPdf(int dossierId, ClaimsPrincipal user, DossiersDb db, DossierViews views, DossierBook book,
        DossierJournal journal, CancellationToken cancellationToken) => await RunAsync(async () =>
    {
        var person = Person.Of(user);
        var dossier = await FindAsync(db, dossierId, cancellationToken);
        var contents = await views.ContentsAsync(person, dossierId, cancellationToken);
        await journal.RecordAsync(dossier, DossierAuditActions.PdfExported, $"{contents.Count} văn bản, xuất ra PDF", cancellationToken);
        return Results.File(await book.WriteAsync(dossier, contents, person, cancellationToken), "application/pdf", $"ho-so-{Safe(dossier.Code)}.pdf");
    });

    private static async Task<IResult> ExportXml(int dossierId, ClaimsPrincipal user, DossiersDb db, DossierViews views, DossierXml xml,
        DossierJournal journal, CancellationToken cancellationToken)
    {
        var dossier = await FindAsync(db, dossierId, cancellationToken);
        var contents = await views.ContentsAsync(Person.Of(user), dossierId, cancellationToken);
        await journal.RecordAsync(dossier, DossierAuditActions.Exported, $"{contents.Count} văn bản, xuất ra XML", cancellationToken);
        return Results.File(xml.Write(dossier, contents), "application/xml", $"ho-so-{Safe(dossier.Code)}.xml");
    }

    /// <summary>Reading a dossier is audited, then the page shows only the documents the reader may see.</summary>
    private static async Task<IResult> ShowAsync(DossiersDb db, DossierViews views, DossierJournal journal, TimeProvider clock, ClaimsPrincipal user,
        int dossierId, CancellationToken cancellationToken)
    {
        var dossier = await db.Dossiers.AsNoTracking().FirstAsync(d => d.Id == dossierId, cancellationToken);
        await journal.RecordAsync(dossier, DossierAuditActions.Read, "", cancellationToken);
        var contents = await views.ContentsAsync(Person.Of(user), dossierId, cancellationToken);
        return Results.Ok(DossierResponse.Of(dossier, HandOverDeadline.Warning(dossier, DossierClock.Today(clock)), contents));
    }

    private static Task<Dossier> FindAsync(DossiersDb db, int dossierId, CancellationToken cancellationToken) =>
        db.Dossiers.FirstAsync(d => d.Id == dossierId, cancellationToken);

    private static string Safe(string code) => string.Concat(code.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));

    private static async Task<IResult> RunAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (DocumentNotFoundException)
        {
            return Results.NotFound();
        }
        catch (DossierForbiddenException e)
        {
            return Results.Json(new DossierRefusal("forbidden", e.Message, [e.Message]), statusCode: StatusCodes.Status403Forbidden);
        }
        catch (RequestRefusedException e)
        {
            return Results.BadRequest(new DossierRefusal("refused", string.Join(" ", e.Errors), e.Errors));
        }
        catch (PdfRenderException e)
        {
            return Results.BadRequest(new DossierRefusal("refused", e.Message, [e.Message]));
        }
        catch (DbUpdateException)
        {
            const string message = "Hồ sơ vừa được người khác thay đổi; hãy tải lại.";
            return Results.Conflict(new DossierRefusal("conflict", message, [message]));
        }
    }
}
