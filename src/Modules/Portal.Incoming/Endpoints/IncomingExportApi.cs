using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Incoming.Controllers;
using Portal.Incoming.Services;
using Portal.Rendering;

namespace Portal.Incoming.Endpoints;

/// <summary>
/// The API's printed registers, exports and viewed copies under /api/incoming, with the same rules as the
/// pages' buttons: the register for those who keep it (404 to others, as /api/incoming/register), a list with
/// what the caller may see, an attachment's marked copy and thumbnail through the access check (declared on the route).
/// </summary>
internal static class IncomingExportApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/incoming").RequireFeature(IncomingFeature.Id).RequireAuthorization(PortalPolicies.SignedIn)
            .WithTags("Văn bản đến");
        api.MapGet("/register/print", PrintRegister).WithName("PrintIncomingRegister")
            .WithSummary("In sổ trong khoảng ngày ra PDF (văn thư, cán bộ bảo vệ bí mật)")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").Produces<ApiRefusal>(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status404NotFound);
        api.MapGet("/register/export", ExportRegister).WithName("ExportIncomingRegister")
            .WithSummary("Xuất sổ trong khoảng ngày ra XLSX hoặc CSV (format=xlsx|csv; văn thư, cán bộ bảo vệ bí mật)")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), Xlsx, "text/csv").Produces<ApiRefusal>(StatusCodes.Status400BadRequest)
            .Produces(StatusCodes.Status404NotFound);
        api.MapGet("/export", ExportList).WithName("ExportIncomingList")
            .WithSummary("Xuất một danh sách văn bản đến của người gọi ra XLSX hoặc CSV (view=mine|overdue|due-soon|registered|directed|…; format=xlsx|csv)")
            .Produces(StatusCodes.Status200OK, typeof(byte[]), Xlsx, "text/csv").Produces<ApiRefusal>(StatusCodes.Status400BadRequest);
        api.MapGet("/files/{fileId}/view", ViewCopy).WithName("ViewIncomingAttachment")
            .WithSummary("Bản sao có số của tệp đính kèm để xem (PDF mang dấu độ mật, số bản, người xem, thời điểm)")
            .WithMetadata(new ProtectedResourceAttribute(IncomingFileLocator.FileKind, "fileId") { Operation = ResourceOperation.Download })
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf").Produces<ApiRefusal>(StatusCodes.Status422UnprocessableEntity)
            .Produces(StatusCodes.Status404NotFound);
        api.MapGet("/files/{fileId}/thumbnail", ShowThumbnail).WithName("IncomingAttachmentThumbnail")
            .WithSummary("Ảnh thu nhỏ (PNG) trang đầu của tệp đính kèm, do tiến trình cách ly làm; trang và danh sách dùng nó")
            .WithMetadata(new ProtectedResourceAttribute(IncomingFileLocator.FileKind, "fileId"))
            .Produces(StatusCodes.Status200OK, contentType: "image/png").Produces<ApiRefusal>(StatusCodes.Status422UnprocessableEntity)
            .Produces(StatusCodes.Status404NotFound);
    }

    private static Task<IResult> PrintRegister(string? book, DateOnly? from, DateOnly? to, ClaimsPrincipal user, HttpResponse response,
        IncomingExports exports, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            if (await exports.PrintRegisterAsync(user, book, from, to, cancellationToken) is not { } printed)
                return Results.NotFound();
            CopyHeaders.Set(response, "application/pdf", printed.FileName, inline: false);
            return Results.Bytes(printed.Pdf, "application/pdf");
        });

    private static Task<IResult> ExportRegister(string? book, DateOnly? from, DateOnly? to, string? format, ClaimsPrincipal user,
        HttpResponse response, IncomingExports exports, ITableExport tables, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            if (ExportFormats.Parse(format) is not { } chosen)
                return Refused(ExportFormats.Refused);
            return await exports.ExportRegisterAsync(user, book, from, to, chosen, cancellationToken) is { } download
                ? Send(download, response, tables)
                : Results.NotFound();
        });

    private static Task<IResult> ExportList(string? view, string? format, ClaimsPrincipal user, HttpResponse response, IncomingExports exports,
        ITableExport tables, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            var slug = string.IsNullOrEmpty(view) ? "mine" : view;
            if (!WorkViews.BySlug.TryGetValue(slug, out var kind))
                return Refused($"Không có mục '{slug}'. Chọn một trong: {string.Join(", ", WorkViews.BySlug.Keys)}.");
            if (ExportFormats.Parse(format) is not { } chosen)
                return Refused(ExportFormats.Refused);
            return Send(await exports.ExportListAsync(Actor.Of(user), kind, chosen, cancellationToken), response, tables);
        });

    private static Task<IResult> ViewCopy(Guid fileId, ClaimsPrincipal user, HttpResponse response, AttachmentViewing viewing,
        CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            try
            {
                if (await viewing.ViewAsync(Actor.Of(user), fileId, cancellationToken) is not { } copy)
                    return Results.NotFound();
                response.Headers["X-Copy-Number"] = copy.Number.ToString(CultureInfo.InvariantCulture);
                CopyHeaders.Set(response, "application/pdf", $"Ban-so-{copy.Number}-{Path.GetFileNameWithoutExtension(copy.FileName)}.pdf", inline: true);
                return Results.Bytes(copy.Pdf, "application/pdf");
            }
            catch (Exception e) when (e is CopyNotViewableException or PdfRenderException)
            {
                return Results.Json(new ApiRefusal("not-viewable", e.Message, [e.Message]), statusCode: StatusCodes.Status422UnprocessableEntity);
            }
        });

    private static async Task<IResult> ShowThumbnail(Guid fileId, ClaimsPrincipal user, HttpResponse response, AttachmentThumbnails thumbnails,
        CancellationToken cancellationToken)
    {
        if (await thumbnails.ShowAsync(Actor.Of(user), fileId, cancellationToken) is not { } thumbnail)
            return Results.NotFound();
        if (thumbnail.Png is null)
            return Results.Json(new ApiRefusal("no-thumbnail", thumbnail.Reason!, [thumbnail.Reason!]), statusCode: StatusCodes.Status422UnprocessableEntity);
        CopyHeaders.Set(response, "image/png", "anh-thu-nho.png", inline: true);
        return Results.Bytes(thumbnail.Png, "image/png");
    }

    private static IResult Send(TableDownload download, HttpResponse response, ITableExport tables)
    {
        CopyHeaders.Set(response, download.Format.ContentType(), download.FileName, inline: false);
        return Results.Stream(stream => tables.WriteAsync(download.Table, download.Format, stream, response.HttpContext.RequestAborted),
            download.Format.ContentType());
    }

    private static IResult Refused(string message) => Results.BadRequest(new ApiRefusal("refused", message, [message]));

    private static async Task<IResult> RunAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (StepUpNeededException e)
        {
            return Results.Json(new ApiRefusal("step-up", e.Message, [e.Message]), statusCode: StatusCodes.Status403Forbidden);
        }
        catch (RequestRefusedException e)
        {
            return Results.BadRequest(new ApiRefusal("refused", string.Join(" ", e.Errors), e.Errors));
        }
        catch (PdfRenderException e)
        {
            return Results.Json(new ApiRefusal("print-failed", e.Message, [e.Message]), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }
}
