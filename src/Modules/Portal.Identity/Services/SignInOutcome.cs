namespace Portal.Identity.Services;

public enum SignInOutcome
{
    Failed,
    SignedIn,
    /// <summary>Password right; the one-time code comes next.</summary>
    NeedsCode,
    /// <summary>Password right; the account must enrol an authenticator before it can go on.</summary>
    NeedsEnrolment,
    /// <summary>Password right, but the agency is a read-only archive and the account is not its security officer's.</summary>
    ArchiveClosed,
}
