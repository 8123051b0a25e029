namespace Portal.Registers;

/// <summary>The registers of state secrets an agency keeps (DOMAIN.md §2.5), separate from any ordinary register.</summary>
public enum RegisterKind
{
    /// <summary>Sổ đăng ký bí mật nhà nước đến.</summary>
    Incoming = 1,
    /// <summary>Sổ đăng ký bí mật nhà nước đi.</summary>
    Outgoing = 2,
    /// <summary>Sổ chuyển giao bí mật nhà nước.</summary>
    HandOver = 3,
}
