using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.Access;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Identity;
using Portal.Incoming.Services;
using Portal.Registers;

namespace Portal.Incoming.Controllers;

/// <summary>The pages of incoming documents: registering, the lists, the register, and each document with its steps and timeline.</summary>
[Feature(IncomingFeature.Id)]
[Authorize(Policy = PortalPolicies.SignedIn)]
[Route("incoming")]
public sealed class IncomingController(IncomingRegistration registration, IncomingQueries queries, IncomingDetails details, People people,
    IRegistrationBooks books, RegisterViewing viewing, ScanIntake scans, AttachmentThumbnails thumbnails) : Controller
{
    /// <summary>The form, empty, or pre-filled from a finished OCR job of this clerk (<paramref name="ocr"/>), its scan beside it.</summary>
    [HttpGet("new")]
    public async Task<IActionResult> New(Guid? ocr, CancellationToken cancellationToken)
    {
        var actor = Actor.Of(User);
        if (!actor.IsClerk)
            return Forbidden();
        if (ocr is null)
            return View(await PageAsync(new RegistrationInput(), [], [], cancellationToken));
        var job = await scans.FindAsync(actor, ocr, cancellationToken);
        if (job is null)
            return NotFound();
        // Still reading, failed, TUYỆT MẬT or already registered: the job's own page says so.
        if (job.State != Portal.Ocr.OcrJobState.Done || job.IsTopSecret || job.IsRegistered)
            return Redirect(Url.Content("~" + Portal.Ocr.OcrRoutes.Job(job.Id)));
        var page = await PageAsync(ScanIntake.Prefill(job, Now()), [], [], cancellationToken);
        return View(new RegisterPage
        {
            Input = page.Input, Books = page.Books, Addressees = page.Addressees, Now = page.Now, Scan = job,
        });
    }

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> New(RegistrationInput input, bool next, CancellationToken cancellationToken)
    {
        try
        {
            var registered = await registration.RegisterAsync(Actor.Of(User), input, cancellationToken);
            TempData["Message"] = $"Đã vào sổ: số đến {registered.ArrivalNumber}/{registered.Year} (sổ {registered.Book})." +
                (registered.SealedFor is { } name ? $" Bì chuyển {name}: chỉ người có tên mới được bóc bì và xem nội dung." : "");
            // The clerk may not open a sealed envelope's document: back to the form rather than to a page that answers 404.
            return next || registered.SealedFor is not null ? RedirectToAction(nameof(New)) : RedirectToAction(nameof(Show), new { documentId = registered.Id });
        }
        catch (DuplicateFoundException e)
        {
            return View(await PageAsync(input, [e.Message], e.Candidates, cancellationToken));
        }
        catch (RequestRefusedException e)
        {
            return View(await PageAsync(input, e.Errors, [], cancellationToken));
        }
        catch (NotYourStepException)
        {
            return Forbidden();
        }
    }

    [HttpGet("register")]
    public async Task<IActionResult> Register(string? book, DateOnly? from, DateOnly? to, CancellationToken cancellationToken)
    {
        if (!Actor.Of(User).KeepsRegister)
            return Forbidden();
        var kept = (await books.ListAsync(null, cancellationToken)).Where(b => b.Kind != RegisterKind.Outgoing).ToList();
        try
        {
            var sheet = await viewing.OpenAsync(User, book, from, to, "xem trên trang", cancellationToken);
            return View(new RegisterSheetPage(kept, sheet?.Book.Code ?? book, sheet?.From ?? from, sheet?.To ?? to, sheet, []));
        }
        catch (RequestRefusedException e)
        {
            return View(new RegisterSheetPage(kept, book, from, to, null, e.Errors));
        }
    }

    [HttpGet("{view}")]
    public async Task<IActionResult> List(string view, int page, CancellationToken cancellationToken)
    {
        if (!WorkViews.BySlug.TryGetValue(view, out var kind))
            return NotFound();
        var actor = Actor.Of(User);
        var (rows, total) = await queries.PageAsync(actor, kind, page, cancellationToken);
        return View(new ListPage(kind, rows, total, Math.Max(page, 1), await queries.CountsAsync(actor, cancellationToken),
            await thumbnails.ForListAsync(rows, cancellationToken)));
    }

    [HttpGet("{documentId:int}")]
    [ProtectedResource(IncomingFeature.Kind, "documentId")]
    public async Task<IActionResult> Show(int documentId, CancellationToken cancellationToken)
    {
        if (await details.LoadAsync(Actor.Of(User), documentId, cancellationToken) is not { } found)
            return NotFound();
        if (found.Document.ErasedUtc is not null)
            return View("Destroyed", found.Document);
        await thumbnails.PrepareAsync(found.Attachments, cancellationToken);
        return View(found);
    }

    private async Task<RegisterPage> PageAsync(RegistrationInput input, IReadOnlyList<string> errors, IReadOnlyList<DuplicateCandidate> duplicates,
        CancellationToken cancellationToken) => new()
    {
        Input = input,
        Errors = errors,
        Duplicates = duplicates,
        Books = (await books.ListAsync(RegisterKind.Incoming, cancellationToken)).Where(b => b.IsActive).ToList(),
        Addressees = (await people.ClearedAsync(SecrecyLevel.Mat, cancellationToken)).Select(a => new Person(a.UserName, a.FullName, a.Position)).ToList(),
        Now = Now(),
        Scan = await scans.FindAsync(Actor.Of(User), ScanIntake.JobId(input.OcrJob), cancellationToken),
    };

    private static string Now() => VietnamClock.Local(DateTime.UtcNow).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);

    private StatusCodeResult Forbidden() => StatusCode(StatusCodes.Status403Forbidden);
}
