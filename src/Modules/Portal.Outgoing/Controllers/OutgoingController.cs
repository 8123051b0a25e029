using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Portal.Access;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Security;
using Portal.Identity;
using Portal.Outgoing.Models;
using Portal.Outgoing.Services;
using Portal.Templates;

namespace Portal.Outgoing.Controllers;

/// <summary>The pages of outgoing documents: the person's list, the draft form, and each document with its preview, timeline and step.</summary>
[Feature(OutgoingFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("outgoing")]
public sealed class OutgoingController(OutgoingDb db, OutgoingDrafting drafting, OutgoingPdf pdf, IAuditTrail audit, IAccountDirectory directory,
    IConfiguration configuration) : Controller
{
    private static readonly Dictionary<OutgoingStep, string[]> NextRoles = new()
    {
        [OutgoingStep.Submit] = [Roles.UnitLeader, Roles.Head, Roles.Deputy],
        [OutgoingStep.Approve] = [Roles.Clerk],
        [OutgoingStep.Check] = [Roles.Signer, Roles.Head, Roles.Deputy],
    };

    [HttpGet("")]
    public async Task<IActionResult> List(CancellationToken cancellationToken)
    {
        var me = Person.Of(User).UserId;
        var rows = await db.Documents.AsNoTracking()
            .Where(d => d.DrafterId == me || d.ReviewerId == me || d.ClerkId == me || d.SignerId == me)
            .OrderByDescending(d => d.Id).Take(200).ToListAsync(cancellationToken);
        return View(rows);
    }

    [HttpGet("new")]
    public IActionResult New() => View(new DraftPage(new DraftForm(), []));

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(DraftForm form, string? intent, CancellationToken cancellationToken)
    {
        if (intent == "preview")
            return View(await DraftPreviewAsync(form, cancellationToken));
        try
        {
            var id = await drafting.CreateAsync(Person.Of(User), form.Input(), cancellationToken);
            TempData["Message"] = "Đã tạo dự thảo.";
            return Redirect(Url.Content($"~/outgoing/{id}"));
        }
        catch (RequestRefusedException e)
        {
            return View(new DraftPage(form, e.Errors));
        }
    }

    private async Task<DraftPage> DraftPreviewAsync(DraftForm form, CancellationToken cancellationToken)
    {
        if (DocumentTypes.Find(form.Type) is null)
            return new DraftPage(form, ["Chọn loại văn bản."]);
        try
        {
            return new DraftPage(form, [], await pdf.PreviewAsync(form.Unsaved(), form.Body, cancellationToken));
        }
        catch (TemplateRefusedException e)
        {
            return new DraftPage(form, [e.Message]);
        }
    }

    [HttpGet("{documentId:int}")]
    [ProtectedResource(OutgoingFeature.Kind, "documentId")]
    public async Task<IActionResult> Show(int documentId, CancellationToken cancellationToken)
    {
        await audit.RecordAsync(new AuditRecord(OutgoingAuditActions.Read, AuditOutcome.Succeeded, OutgoingFeature.Kind,
            documentId.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        var document = await db.Documents.AsNoTracking().FirstAsync(d => d.Id == documentId, cancellationToken);
        var timeline = await db.Events.AsNoTracking().Where(e => e.DocumentId == documentId).OrderBy(e => e.Id).ToListAsync(cancellationToken);
        string? preview = null, previewError = null;
        try
        {
            preview = await pdf.PreviewAsync(document, cancellationToken);
        }
        catch (TemplateRefusedException e)
        {
            previewError = e.Message;
        }
        var step = StepOf(document, Person.Of(User));
        var next = NextRoles.TryGetValue(step, out var roles)
            ? (await directory.ListAsync(cancellationToken))
                .Where(a => !a.IsDisabled && a.Roles.Any(roles.Contains) && (int)a.Clearance >= (int)document.Level).ToList()
            : [];
        return View(new OutgoingPage(document, timeline, preview, previewError, step, next,
            StrongAuthentication.IsFresh(User, StrongAuthentication.Freshness(configuration))));
    }

    /// <summary>The page offers only the person's own step; the flow checks it again when it is taken.</summary>
    private OutgoingStep StepOf(OutgoingDocument document, Person person) => document.Status switch
    {
        OutgoingStatus.Draft when document.DrafterId == person.UserId => OutgoingStep.Submit,
        OutgoingStatus.UnitReview when document.ReviewerId == person.UserId => OutgoingStep.Approve,
        OutgoingStatus.FormatCheck when document.ClerkId == person.UserId && User.IsInRole(Roles.Clerk) => OutgoingStep.Check,
        OutgoingStatus.AwaitingSignature when document.SignerId == person.UserId => OutgoingStep.Sign,
        OutgoingStatus.Signed when document.ClerkId == person.UserId && User.IsInRole(Roles.Clerk) => OutgoingStep.Issue,
        _ => OutgoingStep.None,
    };
}
