using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Core.Data;
using Portal.Notifications.Models;

namespace Portal.Notifications.Migrations;

[DbContext(typeof(NotificationsDb))]
[Migration("20261203231000_NotificationsInitial")]
public sealed class NotificationsInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("Notifications", t => new
        {
            Id = t.Column<long>(nullable: false).Generated(),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            Kind = t.Column<string>(maxLength: 50, nullable: false),
            ResourceKind = t.Column<string>(maxLength: 50, nullable: false),
            ResourceId = t.Column<string>(maxLength: 100, nullable: false),
            SourceKey = t.Column<string>(maxLength: 200, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ReadUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_Notifications", x => x.Id));
        b.CreateIndex("IX_Notifications_UserId_SourceKey", "Notifications", ["UserId", "SourceKey"], unique: true);
        b.CreateIndex("IX_Notifications_UserId_Id", "Notifications", ["UserId", "Id"]);
        b.CreateTable("NotificationsMuted", t => new
        {
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            Kind = t.Column<string>(maxLength: 50, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_NotificationsMuted", x => new { x.UserId, x.Kind }));
    }
}
