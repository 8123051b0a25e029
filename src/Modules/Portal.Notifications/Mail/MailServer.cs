namespace Portal.Notifications.Mail;

/// <summary>
/// The tenant's internal mail server for the notices' mail: where it is, how the connection is protected, the CA
/// certificate (PEM) of an internal server trusted for this server only, the sender, optional credentials, and
/// Portal's own address for the link the mail carries.
/// </summary>
public sealed record MailServer(string Host, int Port, MailSecurity Security, string Sender, string UserName, string Password, string PortalAddress,
    string CaCertificate = "");
