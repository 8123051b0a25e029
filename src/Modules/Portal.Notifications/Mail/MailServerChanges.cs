namespace Portal.Notifications.Mail;

/// <summary>
/// Which settings of the mail server a save changed, by their Vietnamese names, for the audit trail: the values of the
/// server's address and options, but only the fact of a password change, never the password.
/// </summary>
public static class MailServerChanges
{
    public const string Action = "notifications.mail-server-changed";
    public const string TargetKind = "mail-server";

    public static IReadOnlyList<string> Between(MailServer? before, MailServer after, bool passwordChanged)
    {
        var changes = new List<string>();
        void Compare<T>(string name, T? old, T now)
        {
            if (!EqualityComparer<T>.Default.Equals(old, now))
                changes.Add($"{name}: {old?.ToString() ?? "(chưa có)"} → {now}");
        }
        Compare("máy chủ", before?.Host, after.Host);
        Compare("cổng", before?.Port, after.Port);
        Compare("mã hóa", before?.Security, after.Security);
        Compare("người gửi", before?.Sender, after.Sender);
        Compare("tài khoản", before?.UserName, after.UserName);
        Compare("địa chỉ Portal", before?.PortalAddress, after.PortalAddress);
        if ((before?.CaCertificate ?? "") != after.CaCertificate)
            changes.Add(after.CaCertificate.Length == 0 ? "chứng thư CA: xóa" : "chứng thư CA: thay");
        if (passwordChanged)
            changes.Add(after.Password.Length == 0 ? "mật khẩu: xóa" : "mật khẩu: thay");
        return changes;
    }
}
