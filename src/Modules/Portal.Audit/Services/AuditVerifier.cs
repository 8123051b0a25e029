using Microsoft.EntityFrameworkCore;
using Portal.Audit.Models;

namespace Portal.Audit.Services;

/// <summary>
/// Walks a tenant's chain from the first entry: positions without gaps, each entry's MAC recomputed
/// with the tenant's key and linked to the previous one, and the chain reaching the head recorded
/// outside the store. Names the first broken entry.
/// </summary>
public sealed class AuditVerifier(AuditDb db, AuditKeyRing keys, AuditHeadStore heads)
{
    public async Task<AuditVerification> VerifyAsync(string tenant, CancellationToken cancellationToken)
    {
        var key = keys.For(tenant);
        var expectedPrevious = AuditChain.Genesis;
        long count = 0;
        await foreach (var entry in db.Entries.AsNoTracking().OrderBy(e => e.Position).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            count++;
            if (entry.Position != count)
                return AuditVerification.Broken(tenant, count, count, $"thiếu mục số {count} (mục kế tiếp là {entry.Position}).");
            if (entry.PreviousMac != expectedPrevious)
                return AuditVerification.Broken(tenant, count, count, $"mục số {count} không nối với mục trước (bị xóa, chèn hoặc đổi thứ tự).");
            if (AuditChain.Mac(key, entry) != entry.Mac)
                return AuditVerification.Broken(tenant, count, count, $"nội dung mục số {count} đã bị sửa.");
            expectedPrevious = entry.Mac;
        }
        var head = heads.Read(tenant);
        if (head is null)
            return count == 0
                ? AuditVerification.Ok(tenant, 0)
                : AuditVerification.Broken(tenant, count, 1, "không tìm thấy bản ghi đầu chuỗi lưu ngoài cơ sở dữ liệu.");
        if (head.Position > count)
            return AuditVerification.Broken(tenant, count, count + 1,
                $"nhật ký chỉ còn {count} mục nhưng đã ghi tới mục số {head.Position}: các mục mới nhất đã bị xóa.");
        // Entries past the head are allowed: the head is written just after the commit, and a crash can fall between.
        var atHead = head.Position == 0 ? null : await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Position == head.Position, cancellationToken);
        if (head.Position > 0 && atHead?.Mac != head.Mac)
            return AuditVerification.Broken(tenant, count, head.Position, $"mục số {head.Position} không khớp với bản ghi đầu chuỗi: nhật ký đã bị viết lại.");
        return AuditVerification.Ok(tenant, count);
    }
}
