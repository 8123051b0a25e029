using Microsoft.EntityFrameworkCore;
using Portal.Access;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Files;
using Portal.Incoming.Models;
using Portal.Registers;

namespace Portal.Incoming.Services;

/// <summary>
/// The clerk's registration: the arrival number is taken from the tenant's incoming register in the same
/// transaction as the document row, its access list and its audit entry, so a failure leaves no number
/// used and no half-registered document. A cancelled registration keeps its number.
/// </summary>
public sealed class IncomingRegistration(
    IncomingDb db, ITenantUnitOfWork unitOfWork, IRegisterNumbering numbering, IRegistrationBooks books, People people,
    Participants participants, IncomingJournal journal, ScanIntake scans, IFileVault vault, TimeProvider clock)
{
    public async Task<RegisteredDocument> RegisterAsync(Actor actor, RegistrationInput input, CancellationToken cancellationToken)
    {
        if (!actor.IsClerk)
            throw new NotYourStepException("Chỉ văn thư được vào sổ văn bản đến.");
        var registration = RegistrationRules.Check(input, clock.GetUtcNow().UtcDateTime);
        if (!actor.Covers(registration.Level))
            throw new RequestRefusedException($"Bạn chưa được tiếp cận tài liệu {LevelText.Of(registration.Level)}: không thể vào sổ văn bản này.");
        var book = await BookAsync(registration.Book, cancellationToken);
        var addressee = registration.AddresseeOnly
            ? await people.RequireAsync(registration.Addressee, registration.Level, "người có tên trên bì", cancellationToken)
            : null;
        var key = DuplicateKey.Of(registration.Sender, registration.NumberSymbol, registration.DocumentDate);
        var earlier = await db.Documents.AsNoTracking().Where(d => d.DuplicateKey == key && d.Status != IncomingStatus.Cancelled)
            .OrderBy(d => d.Id).Take(10)
            .Select(d => new DuplicateCandidate(d.Year, d.ArrivalNumber, d.ArrivedUtc, d.Sender, d.NumberSymbol, d.DocumentDate))
            .ToListAsync(cancellationToken);
        if (earlier.Count > 0 && registration.DuplicateReason.Length == 0)
            throw new DuplicateFoundException(earlier);

        var scanJob = ScanIntake.JobId(input.OcrJob);
        if (input.OcrJob is { Length: > 0 } && scanJob is null)
            throw new RequestRefusedException("Mã kết quả nhận dạng bản quét không hợp lệ.");
        RegisteredDocument? registered = null;
        await unitOfWork.InTransactionAsync(async () =>
        {
            var number = await numbering.NextAsync(book.Code, registration.ArrivedUtc, cancellationToken);
            var document = Document(actor, registration, number, key, addressee, earlier.Count > 0);
            db.Documents.Add(document);
            await db.SaveChangesAsync(cancellationToken);
            if (addressee is null)
                await participants.AddAsync(document.Id, actor.UserId, ParticipantRole.Clerk, cancellationToken);
            else
                await participants.AddAsync(document.Id, addressee.UserId, ParticipantRole.Addressee, cancellationToken);
            var scanNote = "";
            if (scanJob is { } jobId)
            {
                // In this transaction: the job is linked once (a second registration from it is refused and rolls back) and its scan is attached.
                var scan = await scans.LinkAsync(actor, jobId, document.Id, cancellationToken);
                var file = await vault.FindAsync(scan.FileId, cancellationToken)
                    ?? throw new RequestRefusedException("Không tìm thấy bản quét trong kho lưu trữ.");
                db.Attachments.Add(new IncomingAttachment
                {
                    DocumentId = document.Id, FileId = file.Id, FileName = file.FileName, Kind = file.Kind,
                    Length = file.Length, AddedUtc = StoredTime.UtcNow, AddedBy = actor.FullName,
                });
                await db.SaveChangesAsync(cancellationToken);
                scanNote = $"Vào sổ từ bản quét {scan.FileName}. ";
            }
            var facts = scanNote + (addressee is null ? "" : $"Chỉ người có tên mới được bóc bì: {addressee.FullName}. ") +
                        (earlier.Count > 0 ? $"Có thể trùng số đến {string.Join(", ", earlier.Select(e => $"{e.ArrivalNumber}/{e.Year}"))}" : "");
            var reason = earlier.Count > 0 ? $"Lý do vẫn vào sổ: {registration.DuplicateReason}" : "";
            await journal.RecordAsync(document, actor, IncomingAuditActions.Registered, null, new StepNote(facts.Trim(), reason), cancellationToken);
            registered = new RegisteredDocument(document.Id, number.BookCode, number.Year, number.Number, addressee?.FullName);
        }, cancellationToken);
        return registered!;
    }

    private async Task<RegistrationBookInfo> BookAsync(string? code, CancellationToken cancellationToken)
    {
        if (code is not null)
        {
            var named = await books.FindAsync(code, cancellationToken);
            if (named is null || named.Kind != RegisterKind.Incoming)
                throw new RequestRefusedException($"Không có sổ đăng ký văn bản đến mã '{code}'.");
            if (!named.IsActive)
                throw new RequestRefusedException($"Sổ '{named.Name}' đã ngừng sử dụng; chọn sổ khác.");
            return named;
        }
        return (await books.ListAsync(RegisterKind.Incoming, cancellationToken)).FirstOrDefault(b => b.IsActive)
            ?? throw new RequestRefusedException("Cơ quan chưa có sổ đăng ký bí mật nhà nước đến đang sử dụng; đề nghị quản trị hệ thống tạo sổ.");
    }

    private IncomingDocument Document(Actor actor, Registration r, RegisterNumber number, string key,
        Identity.AccountSummary? addressee, bool duplicate) => new()
    {
        BookId = number.BookId, BookCode = number.BookCode, Year = number.Year, ArrivalNumber = number.Number, ArrivedUtc = r.ArrivedUtc,
        Sender = r.Sender, NumberSymbol = r.NumberSymbol, DocumentDate = r.DocumentDate, DocumentType = r.DocumentType, Subject = r.Subject,
        Level = r.Level, Urgency = r.Urgency, PageCount = r.PageCount, CopyCount = r.CopyCount, ProtectionYears = r.ProtectionYears, Deadline = r.Deadline, Dossier = r.Dossier,
        Notes = r.Notes, AddresseeOnly = addressee is not null, AddresseeUserId = addressee?.UserId, AddresseeName = addressee?.FullName ?? "",
        DuplicateKey = key, DuplicateReason = duplicate ? r.DuplicateReason : "", Status = IncomingStatus.Registered,
        RegisteredBy = actor.UserId, RegisteredByName = actor.FullName, RegisteredUtc = StoredTime.Of(clock.GetUtcNow().UtcDateTime),
    };
}
