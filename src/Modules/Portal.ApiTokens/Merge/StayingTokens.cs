using Microsoft.EntityFrameworkCore;
using Portal.ApiTokens.Models;
using Portal.Reorganisation;

namespace Portal.ApiTokens.Merge;

/// <summary>
/// API tokens still valid in a source: no transfer moves them (a token is the secret of one agency's address), so the
/// plan warns that the systems using them need new tokens from the successor.
/// </summary>
internal sealed class StayingTokens(ApiTokensDb db, TimeProvider clock) : IStayingData
{
    public async Task<IReadOnlyList<StayingCount>> CountAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return [new("Khóa API còn hiệu lực", await db.Tokens.CountAsync(t => t.RevokedUtc == null && t.ExpiresUtc > now, cancellationToken))];
    }
}
