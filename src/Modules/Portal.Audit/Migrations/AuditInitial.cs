using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Audit.Models;

namespace Portal.Audit.Migrations;

[DbContext(typeof(AuditDb))]
[Migration("20261125003000_AuditInitial")]
public sealed class AuditInitial : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("AuditEntries", t => new
        {
            Position = t.Column<long>(nullable: false),
            TimestampUtc = t.Column<DateTime>(nullable: false),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            UserName = t.Column<string>(maxLength: 256, nullable: false),
            Action = t.Column<string>(maxLength: 100, nullable: false),
            Outcome = t.Column<int>(nullable: false),
            TargetKind = t.Column<string>(maxLength: 50, nullable: false),
            TargetId = t.Column<string>(maxLength: 100, nullable: false),
            RemoteAddress = t.Column<string>(maxLength: 64, nullable: false),
            Details = t.Column<string>(nullable: false),
            PreviousMac = t.Column<string>(maxLength: 64, nullable: false),
            Mac = t.Column<string>(maxLength: 64, nullable: false),
        }, constraints: t => t.PrimaryKey("PK_AuditEntries", x => x.Position));
        b.CreateIndex("IX_AuditEntries_TimestampUtc", "AuditEntries", "TimestampUtc");
        b.CreateIndex("IX_AuditEntries_TargetKind_TargetId", "AuditEntries", ["TargetKind", "TargetId"]);
    }
}
