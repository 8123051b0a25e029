using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Notifications.Models;

namespace Portal.Notifications.Migrations;

/// <summary>Whether a notice's mail is still to be sent, and when it was.</summary>
[DbContext(typeof(NotificationsDb))]
[Migration("20261205011500_NotificationsMail")]
public sealed class NotificationsMail : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<bool>("MailPending", "Notifications", nullable: false, defaultValue: false);
        b.AddColumn<DateTime>("MailedUtc", "Notifications", nullable: true);
        b.CreateIndex("IX_Notifications_MailPending_SourceKey", "Notifications", ["MailPending", "SourceKey"]);
    }
}
