using System.Security.Claims;
using Portal.Files;

namespace Portal.Incoming;

/// <summary>
/// Registration from outside the registration form (an electronic incoming document): the clerk's pre-filled
/// values and the files already stored in the vault, registered as the form would (same rules, number, access
/// list, timeline and audit), in the caller's transaction when there is one.
/// </summary>
public interface IIncomingIntake
{
    /// <summary>Throws RequestRefusedException (Portal.Core) with the Vietnamese reasons when the values are refused; nothing stays.</summary>
    Task<IncomingRegistered> RegisterAsync(ClaimsPrincipal clerk, IncomingDraft draft, IReadOnlyList<StoredFile> files, CancellationToken cancellationToken);

    /// <summary>
    /// The sender recalled the document: its files are deleted and everyone but the registering clerk taken off
    /// its access list, while the register entry stays, marked recalled, with the reason on its timeline.
    /// </summary>
    Task RecallAsync(int documentId, string reason, CancellationToken cancellationToken);
}
