using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Modules;
using Portal.Core.Mvc;
using Portal.Identity;
using Portal.Registers.Models;
using Portal.Registers.Services;

namespace Portal.Registers.Controllers;

/// <summary>The tenant admin's registers: list, create, edit the printed columns, stop and resume a book, and the subject rule.</summary>
[Feature(RegistersFeature.Id)]
[Authorize(Policy = PortalPolicies.TenantAdmin)]
[Route("admin/registers")]
public sealed class RegistersController(RegistersDb db, RegisterSubjectSettings subjects, RegisterAdministration administration) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new RegistersPage(await db.Books.AsNoTracking().OrderBy(b => b.Kind).ThenBy(b => b.Code).ToListAsync(cancellationToken),
            await subjects.GetAsync(cancellationToken)));

    [HttpPost("subjects")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Subjects(bool showMat, bool showToiMat, CancellationToken cancellationToken) =>
        this.RunAndReturnAsync(() => administration.SetSubjectsAsync(new RegisterSubjects(showMat, showToiMat), cancellationToken),
            "Đã lưu cách ghi trích yếu vào sổ.", () => RedirectToAction(nameof(Index)));

    [HttpGet("new")]
    public IActionResult Create() =>
        View(new BookForm { Kind = RegisterKind.Incoming, Positions = BookForm.PositionsOf(RegisterColumnCodes.DefaultFor(RegisterKind.Incoming)) });

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create(BookForm form, CancellationToken cancellationToken)
    {
        try
        {
            var id = await administration.CreateAsync(new BookSpec(form.Code, form.Name, form.Kind, form.ColumnPositions()), cancellationToken);
            TempData["Message"] = $"Đã tạo sổ '{form.Name?.Trim()}'.";
            return RedirectToAction(nameof(Edit), new { bookId = id });
        }
        catch (RequestRefusedException e)
        {
            form.Errors = e.Errors;
            return View(form);
        }
    }

    [HttpGet("{bookId:int}")]
    public async Task<IActionResult> Edit(int bookId, CancellationToken cancellationToken)
    {
        var book = await db.Books.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookId, cancellationToken);
        if (book is null)
            return NotFound();
        return View(new BookForm
        {
            Id = book.Id, Code = book.Code, Name = book.Name, Kind = book.Kind, IsActive = book.IsActive,
            Positions = BookForm.PositionsOf(RegisterColumnCodes.OfBook(book)),
        });
    }

    [HttpPost("{bookId:int}")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit(int bookId, BookForm form, CancellationToken cancellationToken)
    {
        var book = await db.Books.AsNoTracking().FirstOrDefaultAsync(b => b.Id == bookId, cancellationToken);
        if (book is null)
            return NotFound();
        try
        {
            await administration.UpdateAsync(bookId, form.Name, form.ColumnPositions(), cancellationToken);
            TempData["Message"] = "Đã lưu thay đổi của sổ.";
            return RedirectToAction(nameof(Edit), new { bookId });
        }
        catch (RequestRefusedException e)
        {
            form.Id = book.Id;
            form.Code = book.Code;
            form.Kind = book.Kind;
            form.IsActive = book.IsActive;
            form.Errors = e.Errors;
            return View(form);
        }
    }

    [HttpPost("{bookId:int}/deactivate")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Deactivate(int bookId, CancellationToken cancellationToken) =>
        this.RunAndReturnAsync(() => administration.SetActiveAsync(bookId, false, cancellationToken),
            "Đã ngừng sử dụng sổ; sổ giữ nguyên các số đã cấp nhưng không cấp số mới.", () => RedirectToAction(nameof(Edit), new { bookId }));

    [HttpPost("{bookId:int}/activate")]
    [ValidateAntiForgeryToken]
    public Task<IActionResult> Activate(int bookId, CancellationToken cancellationToken) =>
        this.RunAndReturnAsync(() => administration.SetActiveAsync(bookId, true, cancellationToken),
            "Đã dùng lại sổ.", () => RedirectToAction(nameof(Edit), new { bookId }));
}
