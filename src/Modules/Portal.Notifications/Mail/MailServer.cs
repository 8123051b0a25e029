namespace Portal.Notifications.Mail;

/// <summary>
/// The tenant's internal mail server for the notices' mail: where it is, whether the connection is upgraded with
/// STARTTLS, the sender, optional credentials, and Portal's own address for the link the mail carries.
/// </summary>
public sealed record MailServer(string Host, int Port, bool StartTls, string Sender, string UserName, string Password, string PortalAddress);
