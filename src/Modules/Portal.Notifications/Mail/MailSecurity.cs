namespace Portal.Notifications.Mail;

/// <summary>How the connection to the mail server is protected: not at all, upgraded with STARTTLS, or TLS from the first byte (SMTPS, port 465).</summary>
public enum MailSecurity
{
    None,
    StartTls,
    Tls,
}
