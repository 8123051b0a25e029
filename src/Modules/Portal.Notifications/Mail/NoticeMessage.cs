using MimeKit;
using Portal.Core.Tenancy;

namespace Portal.Notifications.Mail;

/// <summary>
/// The mail of a notice: that there is one, and the link to the person's notices in Portal. Never the document's
/// number, subject, sender or kind of event: the mail server and the mailbox are outside the access check.
/// </summary>
public static class NoticeMessage
{
    public const string Subject = "Portal: bạn có thông báo mới";

    /// <summary>The mail of one notice, or, with a count, the day's one mail telling how many notices wait.</summary>
    public static MimeMessage For(MailServer server, string address, TenantContext tenant, int? count = null)
    {
        var message = new MimeMessage { Subject = Subject };
        message.From.Add(MailboxAddress.Parse(server.Sender));
        message.To.Add(MailboxAddress.Parse(address));
        message.Body = new TextPart("plain")
        {
            Text = $"""
                Bạn có {(count is { } n ? $"{n} " : "")}thông báo mới trong Portal của {tenant.Record.DisplayName}.

                Đăng nhập Portal để xem: {server.PortalAddress.TrimEnd('/')}{tenant.UrlPrefix}/notifications

                Thư này không chứa nội dung văn bản nào. Không trả lời thư này.
                """,
        };
        return message;
    }
}
