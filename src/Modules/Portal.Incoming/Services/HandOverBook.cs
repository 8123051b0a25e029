using Microsoft.EntityFrameworkCore;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Incoming.Models;
using Portal.Registers;

namespace Portal.Incoming.Services;

/// <summary>
/// Records a hand-over of the paper original in the hand-over book (sổ chuyển giao), numbered in that
/// book in the same transaction as the entry and its audit; the paper is signed for on the printed book.
/// </summary>
public sealed class HandOverBook(
    IncomingDb db, ITenantUnitOfWork unitOfWork, IRegisterNumbering numbering, IRegistrationBooks books, Participants participants,
    IncomingJournal journal)
{
    public async Task<int> RecordAsync(Actor actor, int id, string? recipient, string? notes, CancellationToken cancellationToken)
    {
        var to = recipient?.Trim() ?? "";
        var remark = notes?.Trim() ?? "";
        if (to.Length is 0 or > 300)
            throw new RequestRefusedException("Ghi người hoặc đơn vị nhận bản giấy (không quá 300 ký tự).");
        if (remark.Length > 1000)
            throw new RequestRefusedException("Ghi chú chuyển giao không quá 1000 ký tự.");
        var book = (await books.ListAsync(RegisterKind.HandOver, cancellationToken)).FirstOrDefault(b => b.IsActive)
            ?? throw new RequestRefusedException("Cơ quan chưa có sổ chuyển giao bí mật nhà nước đang sử dụng; đề nghị quản trị hệ thống tạo sổ.");
        var number = 0;
        await unitOfWork.InTransactionAsync(async () =>
        {
            var document = await db.Documents.FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
                ?? throw new RequestRefusedException("Không tìm thấy văn bản.");
            if (!await participants.HasAsync(id, actor.UserId, ParticipantRole.Clerk, cancellationToken))
                throw new NotYourStepException("Chỉ văn thư giữ bản giấy được ghi sổ chuyển giao.");
            if (document.Status == IncomingStatus.Cancelled)
                throw new RequestRefusedException("Văn bản đã hủy vào sổ: không chuyển giao.");
            var at = StoredTime.UtcNow;
            var taken = await numbering.NextAsync(book.Code, at, cancellationToken);
            db.HandOvers.Add(new IncomingHandOver
            {
                DocumentId = id, BookId = taken.BookId, BookCode = taken.BookCode, Year = taken.Year, Number = taken.Number,
                HandedOverUtc = at, HandedOverBy = actor.FullName, Recipient = to, Notes = remark,
            });
            await db.SaveChangesAsync(cancellationToken);
            await journal.RecordAsync(document, actor, IncomingAuditActions.HandedOver, document.Status,
                new StepNote($"Số chuyển giao {taken.Number}/{taken.Year} ({taken.BookCode}): giao {to}", remark), cancellationToken);
            number = taken.Number;
        }, cancellationToken);
        return number;
    }
}
