using Microsoft.EntityFrameworkCore;
using Portal.Identity.Models;
using Portal.Oversight;

namespace Portal.Identity.Services;

/// <summary>Accounts counted for the central office: active people and those with a second factor set up.</summary>
internal sealed class AccountFigures(IdentityDb db) : IFigureSource
{
    public string FeatureId => IdentityFeature.Id;

    public async Task AddToAsync(FigureSheet sheet, CancellationToken cancellationToken)
    {
        var active = db.Users.AsNoTracking().Where(u => !u.IsDisabled);
        sheet.Counts[FigureKeys.Users] = await active.LongCountAsync(cancellationToken);
        sheet.Counts[FigureKeys.UsersWithTwoFactor] = await active.LongCountAsync(u => u.TwoFactorEnabled, cancellationToken);
    }
}
