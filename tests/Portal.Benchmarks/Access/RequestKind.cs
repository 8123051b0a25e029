namespace Portal.Benchmarks;

/// <summary>The kinds of GET the access scenario interleaves.</summary>
public enum RequestKind
{
    /// <summary>The equivalent route without the check, on a document the user may read.</summary>
    Unprotected,
    /// <summary>The protected route, on a document the user may read.</summary>
    Allowed,
    /// <summary>The protected route, on an existing Mật document whose access list does not name the (Mật-cleared) user.</summary>
    Forbidden,
    /// <summary>The protected route, on an id that does not exist (same length as the real ones).</summary>
    Missing,
}
