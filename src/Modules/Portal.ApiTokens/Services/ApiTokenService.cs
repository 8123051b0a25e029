using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.ApiTokens.Models;
using Portal.Audit;
using Portal.Core;
using Portal.Core.Data;
using Portal.Identity;

namespace Portal.ApiTokens.Services;

/// <summary>A person's own tokens: issue (the secret is returned once), list, revoke; issuing and revoking are audited.</summary>
public sealed class ApiTokenService(ApiTokensDb db, IAccountDirectory accounts, ITenantUnitOfWork unitOfWork, IAuditTrail audit)
{
    public async Task<IReadOnlyList<ApiToken>> ListAsync(string userId, CancellationToken cancellationToken = default) =>
        await db.Tokens.AsNoTracking().Where(t => t.UserId == userId)
            .OrderByDescending(t => t.CreatedUtc).ThenByDescending(t => t.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// Issues a token for the account's current security stamp. The expiry may not be more than
    /// <see cref="ApiTokenLimits.MaxDays"/> days away (the page also keeps it at least a day away).
    /// </summary>
    public async Task<IssuedToken> IssueAsync(string userId, string name, IReadOnlyCollection<string> scopes, DateTime expiresUtc,
        CancellationToken cancellationToken = default)
    {
        var now = DateTime.UtcNow;
        var errors = Check(name, scopes, expiresUtc, now).ToList();
        var account = await accounts.FindActiveAsync(userId, cancellationToken);
        if (account is null)
            errors.Add("Tài khoản không còn hoạt động.");
        else if (await db.Tokens.CountAsync(t => t.UserId == userId && t.RevokedUtc == null && t.ExpiresUtc > now, cancellationToken)
                 >= ApiTokenLimits.MaxLivePerUser)
            errors.Add($"Mỗi người có tối đa {ApiTokenLimits.MaxLivePerUser} khóa còn hiệu lực; hãy thu hồi khóa không dùng nữa.");
        if (errors.Count > 0)
            throw new RequestRefusedException(errors);

        var secret = ApiTokenSecret.New();
        var token = new ApiToken
        {
            UserId = userId,
            Name = name.Trim(),
            Scopes = string.Join(' ', ApiScopes.Names.Keys.Where(scopes.Contains)),
            SecretHash = ApiTokenSecret.Hash(secret),
            Prefix = ApiTokenSecret.Prefix(secret),
            SecurityStamp = account!.SecurityStamp,
            CreatedUtc = now,
            ExpiresUtc = expiresUtc,
        };
        await unitOfWork.InTransactionAsync(async () =>
        {
            db.Tokens.Add(token);
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(ApiTokenAuditActions.Created, AuditOutcome.Succeeded, ApiTokenAuditActions.TargetKind,
                token.Id.ToString(CultureInfo.InvariantCulture),
                $"{account.UserName}: \"{token.Name}\" ({token.Prefix}…); phạm vi {token.Scopes}; hết hạn {expiresUtc:yyyy-MM-dd HH:mm} UTC"),
                cancellationToken);
        }, cancellationToken);
        return new IssuedToken(token, secret);
    }

    /// <summary>Revokes one of the person's own tokens; false when they have no such token (another person's included).</summary>
    public async Task<bool> RevokeAsync(string userId, int tokenId, CancellationToken cancellationToken = default)
    {
        var token = await db.Tokens.FirstOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken);
        if (token is null)
            return false;
        if (token.RevokedUtc is not null)
            return true;
        await unitOfWork.InTransactionAsync(async () =>
        {
            token.RevokedUtc = DateTime.UtcNow;
            await db.SaveChangesAsync(cancellationToken);
            await audit.RecordAsync(new AuditRecord(ApiTokenAuditActions.Revoked, AuditOutcome.Succeeded, ApiTokenAuditActions.TargetKind,
                token.Id.ToString(CultureInfo.InvariantCulture), $"\"{token.Name}\" ({token.Prefix}…)"), cancellationToken);
        }, cancellationToken);
        return true;
    }

    private static IEnumerable<string> Check(string name, IReadOnlyCollection<string> scopes, DateTime expiresUtc, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(name))
            yield return "Tên khóa là bắt buộc (để nhận ra khóa dùng cho việc gì).";
        else if (name.Trim().Length > ApiTokenLimits.MaxNameLength)
            yield return $"Tên khóa dài tối đa {ApiTokenLimits.MaxNameLength} ký tự.";
        if (scopes.Count == 0)
            yield return "Chọn ít nhất một phạm vi sử dụng.";
        foreach (var scope in scopes.Where(s => !ApiScopes.Names.ContainsKey(s)))
            yield return $"Không có phạm vi '{scope}'.";
        if (expiresUtc > now.AddDays(ApiTokenLimits.MaxDays))
            yield return $"Thời hạn của khóa tối đa {ApiTokenLimits.MaxDays} ngày.";
    }
}
