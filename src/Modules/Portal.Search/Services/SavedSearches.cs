using Microsoft.EntityFrameworkCore;
using Portal.Core;
using Portal.Core.Data;
using Portal.Search.Models;

namespace Portal.Search.Services;

/// <summary>A user's saved searches (at most 50), each only ever listed, opened or deleted by its owner.</summary>
public sealed class SavedSearches(SearchDb db)
{
    public const int MaxPerUser = 50;

    public async Task<IReadOnlyList<SavedSearch>> ListAsync(string userId, CancellationToken cancellationToken) =>
        await db.SavedSearches.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name).ThenBy(s => s.Id).ToListAsync(cancellationToken);

    public async Task<SavedSearch> SaveAsync(string userId, string? name, string query, CancellationToken cancellationToken)
    {
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length is 0 or > 200)
            throw new RequestRefusedException("Đặt tên cho lần tra cứu cần lưu (tối đa 200 ký tự).");
        if (query.Length > 0 && !query.StartsWith('?'))
            throw new RequestRefusedException("Điều kiện tra cứu không hợp lệ.");
        if (query.Length > 2000)
            throw new RequestRefusedException("Điều kiện tra cứu quá dài để lưu.");
        if (await db.SavedSearches.CountAsync(s => s.UserId == userId, cancellationToken) >= MaxPerUser)
            throw new RequestRefusedException($"Mỗi người lưu tối đa {MaxPerUser} lần tra cứu; xóa bớt trước khi lưu thêm.");
        var saved = new SavedSearch { UserId = userId, Name = trimmed, Query = query, CreatedUtc = StoredTime.UtcNow };
        db.SavedSearches.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        return saved;
    }

    public async Task<bool> DeleteAsync(string userId, int id, CancellationToken cancellationToken) =>
        await db.SavedSearches.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;
}
