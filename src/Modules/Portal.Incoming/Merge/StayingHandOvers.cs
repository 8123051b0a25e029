using Microsoft.EntityFrameworkCore;
using Portal.Incoming.Models;
using Portal.Reorganisation;

namespace Portal.Incoming.Merge;

/// <summary>The hand-over book's lines, which no transfer moves yet: the plan warns they stay in the closed source.</summary>
internal sealed class StayingHandOvers(IncomingDb db) : IStayingData
{
    public async Task<IReadOnlyList<StayingCount>> CountAsync(CancellationToken cancellationToken) =>
        [new("Sổ chuyển giao văn bản đến", await db.HandOvers.CountAsync(cancellationToken))];
}
