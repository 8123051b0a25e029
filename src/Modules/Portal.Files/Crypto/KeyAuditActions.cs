namespace Portal.Files.Crypto;

/// <summary>
/// The audit entries of key rotation, one in each tenant whose keys were re-wrapped. They name the key
/// versions and master-key ids (hashes, stored beside the wrapped keys anyway) and counts, never a key.
/// </summary>
public static class KeyAuditActions
{
    public const string MasterKeyRewrapped = "keys.master-rewrapped";
    public const string DataKeyRotated = "keys.data-key-rotated";
    public const string TargetKind = "keys";

    public static readonly IReadOnlyList<(string Code, string Name)> All =
        [(MasterKeyRewrapped, "Bọc lại khóa dữ liệu bằng khóa chủ mới"), (DataKeyRotated, "Đổi khóa dữ liệu của cơ quan")];
}
