namespace Portal.Secrets;

/// <summary>The register of state secrets (sổ quản lý bí mật nhà nước) and the decisions on a secret's life.</summary>
public static class SecretsFeature
{
    public const string Id = "Portal.Secrets";

    /// <summary>The audit target of a register entry (its id is the document's kind and id, "incoming:12").</summary>
    public const string Kind = "secret";
}
