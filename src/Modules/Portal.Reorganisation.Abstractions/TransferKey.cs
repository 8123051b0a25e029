namespace Portal.Reorganisation;

/// <summary>A key two tenants must not both hold (a user name, a register's code and year), and how the plan names it.</summary>
public sealed record TransferKey(string Key, string Text);
