using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Notifications.Models;

namespace Portal.Notifications.Migrations;

/// <summary>The digest page's last visits, and a notice's own words (the exchange status and its recipient).</summary>
[DbContext(typeof(NotificationsDb))]
[Migration("20261204233000_NotificationsDigest")]
public sealed class NotificationsDigest : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.AddColumn<string>("Detail", "Notifications", maxLength: 300, nullable: false, defaultValue: "");
        b.CreateTable("NotificationsDigestVisits", t => new
        {
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            VisitedUtc = t.Column<DateTime>(nullable: false),
        }, constraints: t => t.PrimaryKey("PK_NotificationsDigestVisits", x => x.UserId));
    }
}
