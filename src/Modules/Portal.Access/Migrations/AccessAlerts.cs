using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Access.Models;
using Portal.Core.Data;

namespace Portal.Access.Migrations;

[DbContext(typeof(AccessDb))]
[Migration("20261125004100_AccessAlerts")]
public sealed class AccessAlerts : Migration
{
    protected override void Up(MigrationBuilder b)
    {
        b.CreateTable("AccessAlerts", t => new
        {
            Id = t.Column<long>(nullable: false).Generated(),
            UserId = t.Column<string>(maxLength: 100, nullable: false),
            ResourceKind = t.Column<string>(maxLength: 50, nullable: false),
            ResourceId = t.Column<string>(maxLength: 100, nullable: false),
            Message = t.Column<string>(maxLength: 1000, nullable: false),
            CreatedUtc = t.Column<DateTime>(nullable: false),
            ReadUtc = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_AccessAlerts", x => x.Id));
        b.CreateIndex("IX_AccessAlerts_UserId_ReadUtc", "AccessAlerts", ["UserId", "ReadUtc"]);
    }
}
